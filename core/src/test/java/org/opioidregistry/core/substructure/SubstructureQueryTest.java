package org.opioidregistry.core.substructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.opioidregistry.core.testing.TestMolecules;

class SubstructureQueryTest {
  /** 4-anilidopiperidine: acyl on an N that carries a benzene ring and piperidin-4-yl. */
  static final String ANILIDOPIPERIDINE = "O=C-N(-c1ccccc1)-C1CCNCC1";

  private static final Duration SECOND = Duration.ofSeconds(1);

  /** The fentanyl family of controlled.tsv, plus norfentanyl (a precursor with the same core). */
  private static final Set<String> EXPECTED_CORE_HITS =
      Set.of(
          "Fentanyl",
          "Alfentanil",
          "Sufentanil",
          "Remifentanil",
          "Acetyl-alpha-methylfentanyl",
          "alpha-Methylfentanyl",
          "alpha-Methylthiofentanyl",
          "beta-Hydroxyfentanyl",
          "beta-Hydroxy-3-methylfentanyl",
          "3-Methylfentanyl",
          "3-Methylthiofentanyl",
          "para-Fluorofentanyl",
          "Thiofentanyl",
          "Acetylfentanyl",
          "Butyrfentanyl",
          "Carfentanil",
          "Ocfentanil",
          "Furanylfentanyl",
          "Acryloylfentanyl",
          "4-Fluoroisobutyrfentanyl",
          "Tetrahydrofuranylfentanyl",
          "Cyclopropylfentanyl",
          "Methoxyacetylfentanyl",
          "ortho-Fluorofentanyl",
          "para-Fluorobutyrfentanyl",
          "Crotonylfentanyl",
          "Valerylfentanyl",
          "Norfentanyl");

  @Test
  void anilidopiperidineCoreFindsExactlyTheFentanylFamily() {
    SubstructureQuery core = SubstructureQuery.smarts(ANILIDOPIPERIDINE);
    Set<String> found = new TreeSet<>();
    for (Map.Entry<String, String> e : TestMolecules.controlled().entrySet()) {
      if (core.matches(TestMolecules.parse(e.getValue()), SECOND)) {
        found.add(e.getKey());
      }
    }
    assertEquals(new TreeSet<>(EXPECTED_CORE_HITS), found);
    assertFalse(
        found.stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("nitaz")));
  }

  @Test
  void searcherWithAndWithoutScreeningAgreeAndScreenRejectsNitazenes() {
    List<SearchTarget> targets = new ArrayList<>();
    TestMolecules.controlled()
        .forEach((name, smiles) -> targets.add(SearchTarget.ofSmiles(name, smiles)));
    SubstructureSearcher searcher = SubstructureSearcher.of(targets);
    SubstructureQuery core = SubstructureQuery.smarts(ANILIDOPIPERIDINE);

    SubstructureSearchResult screened = searcher.search(core, 1000, Duration.ofSeconds(30));
    SubstructureSearchResult unscreened =
        searcher.search(core, 1000, Duration.ofSeconds(30), Screening.OFF);

    assertEquals(unscreened.hits(), screened.hits());
    assertEquals(EXPECTED_CORE_HITS.size(), screened.hits().size());
    assertEquals(targets.size(), screened.examined());
    assertEquals(0, unscreened.screenedOut());
    assertTrue(screened.screenedOut() > 0, "the screen should reject something");
    // Nitazenes have no piperidine path features: the screen alone must reject them.
    for (SearchTarget t : targets) {
      if (t.id().contains("nitazene") && !t.id().startsWith("N-Desethyl")) {
        assertFalse(t.screen().containsAll(core.screen()), t.id());
      }
    }
  }

  /** The screen must never reject a true match: screened and unscreened hits are identical. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "c1ccsc1",
        "c1ccccc1",
        "C1CCNCC1",
        "[N+](=O)[O-]",
        "C(=O)OC",
        "CCN(CC)CC",
        "c1nc2ccccc2n1",
        "[#6]~[#7]~[#6]~[#6]~[#7]",
        "[$(C=O)]N",
        "[C,N]C(=O)",
        "Fc1ccccc1",
        "O=C-N(-c1ccccc1)-C1CCN(-CC-c2ccccc2)CC1",
        "C#N",
        "[Br]",
        "c1ccc2OCOc2c1",
        "C1CC1",
        "[R2]",
        "S"
      })
  void screeningNeverLosesAHit(String smarts) {
    SubstructureSearcher searcher = controlledSearcher();
    SubstructureQuery q = SubstructureQuery.smarts(smarts);
    SubstructureSearchResult on = searcher.search(q, 1000, Duration.ofSeconds(30), Screening.ON);
    SubstructureSearchResult off = searcher.search(q, 1000, Duration.ofSeconds(30), Screening.OFF);
    assertEquals(off.hits(), on.hits(), smarts);
    assertFalse(on.timedOut());
  }

  /** Matching through our time-bounded pattern must agree with CDK's own SmartsPattern. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "[r5]",
        "[R2]",
        "[R1]",
        "[!R2;C]",
        "[R2,R3]N",
        "[x3]",
        "[$(C=O)]N",
        "C@C",
        "[C;!R]N",
        "c:c",
        "[NX3;H0]",
        "[#6]!@[#7]",
        "[O-][N+]=O",
        "[nH]",
        "C/C=C/C"
      })
  void agreesWithCdkSmartsPattern(String smarts) {
    SubstructureQuery ours = SubstructureQuery.smarts(smarts);
    org.openscience.cdk.smarts.SmartsPattern cdk =
        org.openscience.cdk.smarts.SmartsPattern.create(smarts);
    for (Map.Entry<String, String> e : TestMolecules.controlled().entrySet()) {
      IAtomContainer mol = TestMolecules.parse(e.getValue());
      assertEquals(cdk.matches(mol), ours.matches(mol, SECOND), smarts + " on " + e.getKey());
    }
  }

  @Test
  void screeningNeverLosesAHitOnASyntheticLibrary() {
    List<SearchTarget> targets = new ArrayList<>();
    List<String> smiles = SyntheticLibrary.smiles(1500, 7L);
    for (int i = 0; i < smiles.size(); i++) {
      targets.add(SearchTarget.ofSmiles("t" + i, smiles.get(i)));
    }
    SubstructureSearcher searcher = SubstructureSearcher.of(targets);
    for (String q : ScreeningMeasurement.QUERIES) {
      SubstructureQuery query = SubstructureQuery.smarts(q);
      SubstructureSearchResult on =
          searcher.search(query, Integer.MAX_VALUE, Duration.ofMinutes(1), Screening.ON);
      SubstructureSearchResult off =
          searcher.search(query, Integer.MAX_VALUE, Duration.ofMinutes(1), Screening.OFF);
      assertEquals(off.hits(), on.hits(), q);
    }
  }

  @Test
  void limitStopsTheSearch() {
    SubstructureSearchResult r =
        controlledSearcher()
            .search(SubstructureQuery.smarts("c1ccccc1"), 5, SECOND.multipliedBy(30));
    assertEquals(5, r.hits().size());
    assertTrue(r.limitReached());
    assertTrue(r.examined() < TestMolecules.controlled().size());
  }

  private static SubstructureSearcher controlledSearcher() {
    List<SearchTarget> targets = new ArrayList<>();
    TestMolecules.controlled()
        .forEach((name, smiles) -> targets.add(SearchTarget.ofSmiles(name, smiles)));
    return SubstructureSearcher.of(targets);
  }

  @Test
  void matchIndicesPointAtTheTargetAtoms() {
    IAtomContainer fentanyl = TestMolecules.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
    SubstructureMatch m =
        SubstructureQuery.smarts("C(=O)N").firstMatch(fentanyl, SECOND).orElseThrow();
    assertEquals(3, m.targetAtoms().size());
    assertEquals("C", fentanyl.getAtom(m.targetAtoms().get(0)).getSymbol());
    assertEquals("O", fentanyl.getAtom(m.targetAtoms().get(1)).getSymbol());
    assertEquals("N", fentanyl.getAtom(m.targetAtoms().get(2)).getSymbol());
    assertEquals(2, m.targetAtoms().get(0)); // the carbonyl carbon is atom 2 in the SMILES
  }

  @Test
  void queryFromStructureFindsItselfAndItsSuperstructures() {
    SubstructureQuery thiophene = SubstructureQuery.of(TestMolecules.parse("c1ccsc1"));
    assertTrue(
        thiophene.matches(TestMolecules.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2cccs2)CC1"), SECOND));
    assertFalse(
        thiophene.matches(TestMolecules.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"), SECOND));
    assertTrue(thiophene.isScreenable());
  }

  @Test
  void invalidSmartsNamesThePosition() {
    InvalidSmartsException e =
        assertThrows(InvalidSmartsException.class, () -> SubstructureQuery.smarts("CC(=O)N[X"));
    assertEquals("CC(=O)N[X", e.smarts());
    assertEquals(9, e.position()); // the unterminated bracket atom runs off the end
    assertTrue(e.getMessage().contains("position " + e.position()), e.getMessage());
    assertTrue(e.getMessage().contains("^"), e.getMessage());
    assertTrue(e instanceof IllegalArgumentException);

    InvalidSmartsException badElement =
        assertThrows(InvalidSmartsException.class, () -> SubstructureQuery.smarts("C[Zz]C"));
    assertEquals(2, badElement.position()); // the '[' of the invalid atom
    InvalidSmartsException unopened =
        assertThrows(InvalidSmartsException.class, () -> SubstructureQuery.smarts("CC)C"));
    assertEquals(2, unopened.position()); // the stray ')'
    assertThrows(InvalidSmartsException.class, () -> SubstructureQuery.smarts(""));
  }

  @Test
  void wildcardQueryIsNotScreened() {
    SubstructureQuery q = SubstructureQuery.smarts("[C,N]~*");
    assertFalse(q.isScreenable());
  }

  @Test
  void pathologicalQueryIsStoppedByTheTimeBound() {
    // A 40-atom chain that must end in a nitrogen, against a 10x10 carbon grid: VF2 walks the
    // astronomically many self-avoiding paths before it can say no.
    StringBuilder chain = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      chain.append("[#6]~");
    }
    chain.append("[#7]");
    SubstructureQuery q = SubstructureQuery.smarts(chain.toString());
    IAtomContainer grid = grid(10);
    long start = System.nanoTime();
    SubstructureTimeoutException e =
        assertThrows(
            SubstructureTimeoutException.class, () -> q.matches(grid, Duration.ofMillis(200)));
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    assertEquals(Duration.ofMillis(200), e.limit());
    assertTrue(elapsedMs < 5_000, "stopped after " + elapsedMs + " ms");

    // In a searcher the timeout is reported, not thrown.
    SubstructureSearchResult r =
        SubstructureSearcher.of(List.of(SearchTarget.ofGraph("grid", grid)))
            .search(q, 10, Duration.ofMillis(200), Screening.OFF);
    assertTrue(r.timedOut());
    assertTrue(r.hits().isEmpty());
  }

  private static IAtomContainer grid(int n) {
    IAtomContainer mol = SilentChemObjectBuilder.getInstance().newAtomContainer();
    for (int i = 0; i < n * n; i++) {
      IAtom a = mol.newAtom(6);
      a.setImplicitHydrogenCount(0);
    }
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        int i = r * n + c;
        if (c + 1 < n) {
          mol.addBond(i, i + 1, IBond.Order.SINGLE);
        }
        if (r + 1 < n) {
          mol.addBond(i, i + n, IBond.Order.SINGLE);
        }
      }
    }
    return mol;
  }
}
