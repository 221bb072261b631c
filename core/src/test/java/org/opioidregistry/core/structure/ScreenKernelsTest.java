package org.opioidregistry.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.fingerprint.Fingerprinter;
import org.opioidregistry.core.testing.TestMolecules;

/**
 * The screen's array kernels give CDK's answers: on every controlled structure, every single C/N
 * swap of each (near misses, aromatic rings broken, charges), and a set of awkward inputs (salts,
 * charges, stereo centres, isotopes, explicit hydrogens, metals, heavy elements, fused and bridged
 * rings), the ECFP4 and ECFP6 bits of {@link Fingerprinter#fingerprint(PreparedStructure)} equal
 * CDK's {@code CircularFingerprinter} on the same parent, and {@link FormulaKernel} equals {@link
 * CdkSupport}'s formula and mass wherever it answers.
 */
class ScreenKernelsTest {

  private static final List<String> AWKWARD =
      List.of(
          "C",
          "[CH4]",
          "O",
          "[Na+].[Cl-]",
          "CC(=O)[O-].[NH4+]",
          "C[N+](C)(C)C",
          "[O-][N+](=O)c1ccccc1",
          "CC(=O)Nc1ccc(O)cc1",
          "N[C@@H](C)C(=O)O",
          "[2H]C([2H])([2H])N1CCC(CC1)N(C(=O)CC)c1ccccc1",
          "[13CH3]C(=O)O",
          "[H][C@]12CC[C@@H](O)C=C1",
          "[H]C([H])([H])[H]",
          "C1CC2CCC1C2",
          "c1ccc2cc3ccccc3cc2c1",
          "c1ccc2c(c1)ccc1ccccc12",
          "c1ccc2[nH]ccc2c1",
          "c1ccsc1",
          "C1=CC=CC=C1",
          "C1=CC=CC=CC=C1",
          "O=c1[nH]c(=O)c2[nH]cnc2[nH]1",
          "OS(=O)(=O)c1ccccc1",
          "[Fe+2].[O-]C(=O)C",
          "CC[Sn](CC)(CC)CC",
          "C[Hg]C",
          // Elements above xenon, one or more from each run of CDK's bonding-number table.
          "c1ccc([Hg]Cl)cc1",
          "CC(=O)O[Hg]c1ccc(N)cc1",
          "C1CC[Hg]CC1",
          "c1ccc([Bi](c2ccccc2)c2ccccc2)cc1",
          "C[Pb](C)(C)C",
          "CC[Tl]CC",
          "N[Pt](N)(Cl)Cl",
          "C[Au]",
          "O=[U](=O)(O)O",
          "C[Ce](C)C",
          "C[Gd](C)C",
          "C[Lu](C)C",
          "C[W](C)(C)(C)(C)C",
          "C[Po]C",
          "C[Rn]",
          "C[Cs]",
          "C[Ba]C",
          "C[Fr]",
          "C[Th](C)(C)C",
          "[Cs+].[I-]",
          "FC(F)(F)C(F)(F)F",
          "BrC=CBr",
          "C#N",
          "[C-]#[O+]",
          "CP(C)(C)=O",
          "C[S+](C)C",
          "[Se]1C=CC=C1",
          "B1OCCO1",
          "C[Si](C)(C)C",
          "c1ccc2c(c1)c1ccccc1n2",
          "C1CC1C1CC1",
          "C12C3C4C1C5C2C3C45",
          "OC[C@H]1O[C@@H](O)[C@H](O)[C@@H](O)[C@@H]1O",
          "CN1CCC[C@H]1c1cccnc1",
          "CC[N+](CC)(CC)Cc1ccccc1.[Br-]",
          "CCCCCCCCCCCCCCCCCC(=O)O",
          "[NH3+]CC(=O)[O-]");

  private static Set<String> structures() {
    Set<String> out = new LinkedHashSet<>(TestMolecules.controlled().values());
    out.addAll(AWKWARD);
    Set<String> swaps = new LinkedHashSet<>();
    for (String s : out) {
      swaps.addAll(elementSwaps(s));
    }
    out.addAll(swaps);
    return out;
  }

  /** Every SMILES with one organic-subset C/N/c/n outside brackets swapped for the other. */
  private static List<String> elementSwaps(String smiles) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < smiles.length(); i++) {
      char c = smiles.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (depth == 0 && "CNcn".indexOf(c) >= 0) {
        boolean chlorine = c == 'C' && i + 1 < smiles.length() && smiles.charAt(i + 1) == 'l';
        if (!chlorine) {
          char swap =
              switch (c) {
                case 'C' -> 'N';
                case 'N' -> 'C';
                case 'c' -> 'n';
                default -> 'c';
              };
          out.add(smiles.substring(0, i) + swap + smiles.substring(i + 1));
        }
      }
    }
    return out;
  }

  @Test
  void circularFingerprintsEqualCdks() {
    Fingerprinter ecfp4 = Fingerprinter.of(FingerprintType.ECFP4);
    Fingerprinter ecfp6 = Fingerprinter.of(FingerprintType.ECFP6);
    int checked = 0;
    int aromatic = 0;
    for (String smiles : structures()) {
      PreparedStructure p;
      try {
        p = StructureParser.prepare(smiles, InputFormat.SMILES, ParseLimits.DEFAULT);
      } catch (StructureParseException e) {
        continue; // a swap that is no structure (e.g. a ring that no longer kekulises)
      }
      IAtomContainer copy = p.atomContainer();
      assertEquals(ecfp4.fingerprint(copy), ecfp4.fingerprint(p), "ECFP4 " + smiles);
      assertEquals(ecfp6.fingerprint(copy), ecfp6.fingerprint(p), "ECFP6 " + smiles);
      checked++;
      aromatic += smiles.contains("c") ? 1 : 0;
    }
    assertTrue(checked > 1_000, "structures checked: " + checked);
    assertTrue(aromatic > 500, "aromatic structures checked: " + aromatic);
  }

  @Test
  void formulaAndMassEqualCdksWhereTheKernelAnswers() {
    int answered = 0;
    int declined = 0;
    for (String smiles : structures()) {
      PreparedStructure p;
      try {
        p = StructureParser.prepare(smiles, InputFormat.SMILES, ParseLimits.DEFAULT);
      } catch (StructureParseException e) {
        continue;
      }
      IAtomContainer parent = p.atomContainer();
      ScreenGraph g = ScreenGraph.of(parent);
      String formula = FormulaKernel.hillFormula(g);
      if (formula == null) {
        declined++;
        assertTrue(Double.isNaN(FormulaKernel.monoisotopicMass(g)), smiles);
      } else {
        answered++;
        assertEquals(CdkSupport.hillFormula(parent), formula, smiles);
        assertEquals(
            Double.doubleToLongBits(CdkSupport.monoisotopicMass(parent)),
            Double.doubleToLongBits(FormulaKernel.monoisotopicMass(g)),
            smiles);
      }
      assertEquals(CdkSupport.hillFormula(parent), p.formula(), smiles);
      assertEquals(CdkSupport.monoisotopicMass(parent), p.monoisotopicMass(), 0.0, smiles);
    }
    assertTrue(answered > 1_000, "answered: " + answered);
    assertTrue(declined >= 3, "isotopes and explicit hydrogens go to CDK: " + declined);
  }

  @Test
  void isotopesExplicitHydrogensAndHeavyElementsGoToCdk() {
    assertNull(FormulaKernel.hillFormula(graph("[13CH3]C(=O)O")));
    assertNull(FormulaKernel.hillFormula(graph("C[Hg]C")));
    assertEquals("[C4H12N]+", FormulaKernel.hillFormula(graph("C[N+](C)(C)C")));
    assertEquals("C2H4O2", FormulaKernel.hillFormula(graph("CC(=O)O")));
    assertEquals("ClH", FormulaKernel.hillFormula(graph("Cl")));
  }

  @Test
  void ringMembershipIsCycleMembership() {
    // biphenyl: both rings, not the bond between them; the methyl of toluene is in no ring
    ScreenGraph g = graph("Cc1ccc(cc1)-c1ccccc1");
    assertEquals(false, g.inRing(0));
    for (int a = 1; a < g.atomCount(); a++) {
      assertTrue(g.inRing(a), "atom " + a);
    }
    ScreenGraph spiro = graph("C1CCC2(CC1)CCNCC2");
    for (int a = 0; a < spiro.atomCount(); a++) {
      assertTrue(spiro.inRing(a), "spiro atom " + a);
    }
  }

  private static ScreenGraph graph(String smiles) {
    return ScreenGraph.of(TestMolecules.parse(smiles));
  }
}
