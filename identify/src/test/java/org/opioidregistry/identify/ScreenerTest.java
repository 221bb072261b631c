package org.opioidregistry.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.core.substance.Substance;

/**
 * The screen must give what {@link Identifier#identify(Query)} gives, record for record: on every
 * bundled substance (as registered, as a hydrochloride, without stereo), on every single C/N
 * element swap of each (near misses on both sides of the identity and scaffold checks), on
 * unrelated structures and on unreadable records.
 */
class ScreenerTest {

  private static Identifier identifier;
  private static Screener screener;

  @BeforeAll
  static void open() {
    identifier = Identifier.bundled();
    screener = Screener.of(identifier);
  }

  private static List<Query> queries() {
    Set<String> smiles = new LinkedHashSet<>();
    for (Substance s : identifier.registry().substances()) {
      if (s.structure().isEmpty()) {
        continue; // found by name only
      }
      String registered = s.structure().get().canonicalSmiles();
      smiles.add(registered);
      smiles.add(registered + ".Cl");
      smiles.add(registered.replace("@", ""));
      smiles.addAll(elementSwaps(registered));
    }
    smiles.add("CN1C=NC2=C1C(=O)N(C(=O)N2C)C"); // caffeine
    smiles.add("CC(=O)Oc1ccccc1C(=O)O"); // aspirin
    smiles.add("CCCC[Sn](CCCC)(CCCC)CCCC"); // a metal: always identified in full
    smiles.add("C1CC"); // unclosed ring
    smiles.add("CC(=O"); // truncated
    smiles.add("c1cccc1"); // cannot be kekulised
    List<Query> out = new ArrayList<>();
    smiles.forEach(s -> out.add(Query.of(QueryKind.SMILES, s)));
    out.add(Query.detect("fentanyl citrate")); // not a structure query: identified as given
    return out;
  }

  private static List<String> elementSwaps(String smiles) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < smiles.length(); i++) {
      char c = smiles.charAt(i);
      depth += c == '[' ? 1 : c == ']' ? -1 : 0;
      boolean chlorine = c == 'C' && i + 1 < smiles.length() && smiles.charAt(i + 1) == 'l';
      if (depth == 0 && "CNcn".indexOf(c) >= 0 && !chlorine) {
        char swap = c == 'C' ? 'N' : c == 'N' ? 'C' : c == 'c' ? 'n' : 'c';
        out.add(smiles.substring(0, i) + swap + smiles.substring(i + 1));
      }
    }
    return out;
  }

  @Test
  void everyRecordAgreesWithTheIdentifier() {
    Screener withKeys = screener.withKeys(true);
    int light = 0;
    int full = 0;
    int errors = 0;
    int found = 0;
    for (Query q : queries()) {
      Identification expected;
      try {
        expected = identifier.identify(q);
      } catch (BadQueryException e) {
        BadQueryException again = expectError(q);
        assertEquals(e.problem(), again.problem(), q.toString());
        assertEquals(e.getMessage(), again.getMessage(), q.toString());
        errors++;
        continue;
      }
      ScreenResult result = screener.screen(q);
      assertEquals(List.of(), result.differencesFrom(expected), q.toString());
      ScreenResult keyed = withKeys.screen(q);
      assertEquals(List.of(), keyed.differencesFrom(expected), q.toString());
      assertTrue(keyed.inchiKey().isPresent(), q.toString());
      if (result.identification().isPresent()) {
        full++;
      } else {
        light++;
        assertEquals(Optional.empty(), result.inchiKey());
      }
      found += expected.verdict().foundSomething() ? 1 : 0;
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "ScreenerTest: %d decided without InChI, %d identified in full, %d unreadable, %d found"
            + " something%n",
        light,
        full,
        errors,
        found);
    assertTrue(light > 500, "most near misses need no InChI: " + light);
    assertTrue(full > 200, "registered structures are identified in full: " + full);
    assertTrue(errors >= 3, "unreadable records: " + errors);
  }

  @Test
  void aQuaternaryAmmoniumIsSentOnOnlyWhenItCanDeriveFromAScopedAmine() {
    String morphineCore =
        "CC[N+]1(C)CC[C@@]23[C@H]4C=C[C@@H]([C@@H]2Oc5c(ccc(C[C@H]41)c53)O)O.[Br-]";
    String morphineOxide = "C[N+]1([O-])CC[C@@]23[C@H]4C=C[C@@H]([C@@H]2Oc5c(ccc(C[C@H]41)c53)O)O";
    // Acetylcholine and lauryldimethylamine N-oxide: pentavalent, but no scoped amine has their
    // parents' heavy atoms, so the screen decides them without a full identification.
    String acetylcholine = "C[N+](C)(C)CCOC(C)=O.[Cl-]";
    String amineOxide = "C[N+](C)([O-])CCCCCCCCCCCC";
    // A quaternary ester with at least morphine's heavy atoms (as an ester of morphine has), onto
    // which morphine does not map: decided by the screen. A 6-propionylmorphine N-oxide, onto
    // which it does (an ester of morphine, not itself registered): sent on, and reached.
    String mepenzolateLike = "CC[N+]1(C)CCCC(OC(=O)C(O)(c2ccccc2)c2ccccc2)C1";
    String morphineEsterOxide =
        "CCC(=O)O[C@H]1C=C[C@H]2[C@H]3Cc4ccc(O)c5O[C@@H]1[C@]2(CC[N+]3(C)[O-])c45";
    for (String smiles :
        List.of(
            morphineCore,
            morphineOxide,
            acetylcholine,
            amineOxide,
            mepenzolateLike,
            morphineEsterOxide)) {
      Query q = Query.of(QueryKind.SMILES, smiles);
      Identification expected = identifier.identify(q);
      ScreenResult result = screener.screen(q);
      assertEquals(List.of(), result.differencesFrom(expected), smiles);
      boolean morphine =
          smiles.equals(morphineCore)
              || smiles.equals(morphineOxide)
              || smiles.equals(morphineEsterOxide);
      assertEquals(morphine, result.identification().isPresent(), smiles);
      if (morphine) {
        assertTrue(expected.verdict().foundSomething(), smiles);
      }
      // Every row carries the parent's formula, whether screened or identified in full (a
      // charged parent's formula is no neutral MolecularFormula: the row must not drop it).
      assertEquals(
          Optional.of(expected.structure().orElseThrow().formula()),
          ScreenRow.of(result).formula(),
          smiles);
    }
    assertEquals(
        Verdict.LISTED_ISOMER,
        identifier.identify(Query.of(QueryKind.SMILES, morphineCore)).verdict());
  }

  @Test
  void aScaffoldLookalikeWithoutAReadingIsDecidedWithoutInchiAsTheIdentifierDecidesIt() {
    // Each has the core atoms of a scaffold with ring membership, but no reading: an aromatic
    // 4-aminopyridine, a tetrahydropyridine, an imine at C4, an N-unsubstituted benzimidazole (and
    // no registered skeleton). The screen rules them out (single bonds; a substituted ring
    // nitrogen) and must give the identifier's answer, class-definition results included, from
    // the similarity step alone.
    List<String> lookalikes =
        List.of(
            "CCC(=O)N(c1ccc(F)cc1)c1ccncc1C",
            "CCCC(=O)N(c1ccc(Cl)cc1)C1=CCN(CCc2ccccc2)CC1",
            "CCN=C1CCN(CCc2ccccc2)CC1",
            "CCOc1ccc(Cc2nc3ccc([N+](=O)[O-])cc3[nH]2)cc1");
    int similar = 0;
    for (String smiles : lookalikes) {
      Query q = Query.of(QueryKind.SMILES, smiles);
      Identification expected = identifier.identify(q);
      ScreenResult result = screener.screen(q);
      assertEquals(List.of(), result.differencesFrom(expected), smiles);
      assertEquals(Optional.empty(), result.identification(), smiles);
      assertEquals(expected.classDefinitions(), result.classDefinitions(), smiles);
      // The row: everything but the SMILES and InChIKey, which only a full identification has.
      ScreenRow mine = ScreenRow.of(result);
      ScreenRow theirs = ScreenRow.of(expected);
      assertEquals(theirs.verdict(), mine.verdict(), smiles);
      assertEquals(theirs.listed(), mine.listed(), smiles);
      assertEquals(theirs.similar(), mine.similar(), smiles);
      assertEquals(theirs.classDefinitions(), mine.classDefinitions(), smiles);
      assertEquals(theirs.warnings(), mine.warnings(), smiles);
      similar += expected.verdict() == Verdict.SIMILAR_TO_LISTED ? 1 : 0;
    }
    assertTrue(similar > 0, "some lookalikes are similar to listed substances");
  }

  private static BadQueryException expectError(Query q) {
    try {
      screener.screen(q);
    } catch (BadQueryException e) {
      return e;
    }
    throw new AssertionError("the screen read what the identifier refused: " + q);
  }

  @Test
  void screenAllKeepsInputOrderAndGivesWhatScreenGives() {
    List<Query> queries = queries();
    List<ScreenOutcome> outcomes = new ArrayList<>();
    screener.screenAll(queries.iterator(), 2, outcomes::add);
    assertEquals(queries.size(), outcomes.size());
    for (int i = 0; i < queries.size(); i++) {
      ScreenOutcome o = outcomes.get(i);
      assertEquals(i + 1, o.record());
      assertEquals(queries.get(i), o.query());
      if (o.result().isPresent()) {
        ScreenResult alone = screener.screen(queries.get(i));
        assertEquals(alone.verdict(), o.result().get().verdict());
        assertEquals(i + 1, o.result().get().record());
      } else {
        assertTrue(o.error().isPresent());
      }
    }
  }

  @Test
  void aQueryWithoutAStructureGetsAnErrorRowAndTheBatchGoesOn() {
    String fentanyl = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";
    List<Query> queries =
        List.of(
            Query.detect(fentanyl),
            Query.detect("C22H28N2O"), // a formula line of a text file
            Query.detect("opium"), // a name whose substance has no structure
            Query.detect(fentanyl));
    List<ScreenOutcome> outcomes = new ArrayList<>();
    screener.screenAll(queries.iterator(), 2, outcomes::add);
    assertEquals(4, outcomes.size());
    assertEquals(Verdict.LISTED, outcomes.get(0).result().orElseThrow().verdict());
    for (int i : new int[] {1, 2}) {
      assertEquals(
          QueryProblem.NOT_A_STRUCTURE,
          outcomes.get(i).error().orElseThrow().problem(),
          queries.get(i).text());
    }
    assertEquals(Verdict.LISTED, outcomes.get(3).result().orElseThrow().verdict());
    assertEquals(4, outcomes.get(3).record());
  }
}
