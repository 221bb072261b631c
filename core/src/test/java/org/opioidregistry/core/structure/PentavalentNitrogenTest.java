package org.opioidregistry.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;

/** Which nitrogens are pentavalent, and the tertiary amines they derive from. */
class PentavalentNitrogenTest {

  private static final String MORPHINE =
      "CN1CC[C@@]23[C@H]4C=C[C@@H]([C@@H]2Oc5c(ccc(C[C@H]41)c53)O)O";

  private static List<String> parents(String smiles) {
    return PentavalentNitrogen.tertiaryParents(StructureParser.parse(smiles)).stream()
        .map(Structure::canonicalSmiles)
        .toList();
  }

  private static boolean present(String smiles) {
    return PentavalentNitrogen.isPresent(StructureParser.parse(smiles).atomContainer());
  }

  @Test
  void quaternaryAmmoniumAndAmineNOxidesArePentavalent() {
    assertTrue(present("C[N+](C)(C)C"));
    assertTrue(present("C[N+](C)([O-])CCC"));
    assertTrue(present("C[N+]1(C)CC[C@@]23[C@H]4C=C[C@@H]([C@@H]2Oc5c(ccc(C[C@H]41)c53)O)O.[Br-]"));
  }

  @Test
  void nitroAromaticNOxidesAndAminesAreNot() {
    assertFalse(present("O=[N+]([O-])c1ccccc1"));
    assertFalse(present("[O-][n+]1ccccc1"));
    assertFalse(present("C[NH+](C)C.[Cl-]")); // standardised to the free base
    assertFalse(present(MORPHINE));
    assertEquals(List.of(), parents(MORPHINE));
  }

  @Test
  void theOxideOxygenOrOneExocyclicGroupComesOff() {
    String morphine = StructureParser.parse(MORPHINE).canonicalSmiles();
    assertEquals(
        List.of(morphine),
        parents("C[N+]1([O-])CC[C@@]23[C@H]4C=C[C@@H]([C@@H]2Oc5c(ccc(C[C@H]41)c53)O)O"));
    assertEquals(
        List.of(morphine),
        parents("C[N+]1(C)CC[C@@]23[C@H]4C=C[C@@H]([C@@H]2Oc5c(ccc(C[C@H]41)c53)O)O.[I-]"));
    // N-ethyl-N-methyl: either group may be the one added; ring bonds never come off.
    List<String> both =
        parents("CC[N+]1(C)CC[C@@]23[C@H]4C=C[C@@H]([C@@H]2Oc5c(ccc(C[C@H]41)c53)O)O.[Br-]");
    assertEquals(2, both.size());
    assertTrue(both.contains(morphine));
    // An N-oxide gives up only its oxygen, not a carbon group.
    assertEquals(List.of("CCCN(C)C"), parents("C[N+](C)([O-])CCC"));
  }

  @Test
  void heavyAtomsCountEveryElementButHydrogen() {
    assertEquals(
        "C17N1O3", PentavalentNitrogen.heavyAtoms(StructureParser.parse(MORPHINE).atomContainer()));
    // Deuterium is hydrogen: the composition, like the InChI skeleton, ignores isotopes of it.
    assertEquals(
        "C2N1O1",
        PentavalentNitrogen.heavyAtoms(
            StructureParser.parse("[2H]C([2H])([2H])C(N)=O").atomContainer()));
  }

  @Test
  void aParentTheTestRulesOutIsNeverKeyed() {
    String ethylMethyl =
        "CC[N+]1(C)CC[C@@]23[C@H]4C=C[C@@H]([C@@H]2Oc5c(ccc(C[C@H]41)c53)O)O.[Br-]";
    Structure q = StructureParser.parse(ethylMethyl);
    String morphine = StructureParser.parse(MORPHINE).canonicalSmiles();
    // Of its two parents (N-ethylnormorphine, morphine) only morphine has morphine's heavy atoms.
    List<Structure> kept =
        PentavalentNitrogen.tertiaryParents(
            q, g -> PentavalentNitrogen.heavyAtoms(g).equals("C17N1O3"));
    assertEquals(List.of(morphine), kept.stream().map(Structure::canonicalSmiles).toList());
    assertTrue(
        PentavalentNitrogen.anyTertiaryParent(
            q.atomContainer(), g -> PentavalentNitrogen.heavyAtoms(g).equals("C18N1O3")));
    assertFalse(
        PentavalentNitrogen.anyTertiaryParent(
            q.atomContainer(), g -> PentavalentNitrogen.heavyAtoms(g).equals("C19N1O3")));
    assertFalse(
        PentavalentNitrogen.anyTertiaryParent(
            StructureParser.parse(MORPHINE).atomContainer(), g -> true));
  }

  /**
   * The 1961 Schedule I reaches the esters and ethers of its drugs, and "other pentavalent nitrogen
   * morphine derivatives" is one of them: heroin N-oxide is morphine with both hydroxyls acetylated
   * (esters) and the nitrogen oxidised; N-methylcodeinium is morphine with its phenol methylated
   * (an ether) and the nitrogen quaternised. The SMILES are OPSIN 2.8.0's readings of the names
   * given.
   */
  @Test
  void estersAndEthersOfTheAmineWithItsNitrogenPentavalentAreRecognised() {
    // (5R,6S)-3,6-diacetoxy-4,5-epoxy-17-methylmorphin-7-ene 17-oxide
    assertEquals(
        Optional.of(new PentavalentNitrogen.OxygenSubstitution(true, false)),
        derivation(
            "CC(=O)Oc1ccc2C[C@@H]3[C@@H]4C=C[C@@H]([C@H]5[C@@]4(c2c1O5)CC[N+]3(C)[O-])OC(C)=O"));
    // (5R,6S)-4,5-epoxy-6-hydroxy-3-methoxy-17,17-dimethylmorphin-7-en-17-ium iodide
    assertEquals(
        Optional.of(new PentavalentNitrogen.OxygenSubstitution(false, true)),
        derivation("[I-].O[C@@H]1[C@H]2[C@]34c5c(c(ccc5C[C@H]([C@@H]3C=C1)[N+](CC4)(C)C)OC)O2"));
    // 6-acetylcodeine N-oxide ((5R,6S)-6-acetoxy-4,5-epoxy-3-methoxy-17-methylmorphin-7-ene
    // 17-oxide): both kinds at once.
    assertEquals(
        Optional.of(new PentavalentNitrogen.OxygenSubstitution(true, true)),
        derivation("COc1ccc2C[C@@H]3[C@@H]4C=C[C@@H]([C@H]5[C@@]4(c2c1O5)CC[N+]3(C)[O-])OC(C)=O"));
  }

  @Test
  void otherStructuresAreNoEsterOrEtherDerivative() {
    // The plain N-oxide is the tertiary parents' case, not an ester or ether.
    assertEquals(
        Optional.empty(),
        derivation("C[N+]1([O-])CC[C@@]23[C@H]4C=C[C@@H]([C@@H]2Oc5c(ccc(C[C@H]41)c53)O)O"));
    // Heroin itself has no pentavalent nitrogen.
    assertEquals(
        Optional.empty(),
        derivation("CC(=O)Oc1ccc2C[C@@H]3[C@@H]4C=C[C@@H]([C@H]5[C@@]4(c2c1O5)CCN3C)OC(C)=O"));
    // Pholcodine's morpholine N-oxide: the pentavalent nitrogen is not morphine's, whose own
    // nitrogen stays tertiary.
    assertEquals(
        Optional.empty(),
        derivation(
            "CN1[C@H]2[C@@H]3C=C[C@@H]([C@H]4[C@@]3(c3c(c(ccc3C2)OCC[N+]2(CCOCC2)[O-])O4)CC1)O"));
    // Diacetyldihydromorphine N-oxide: C7-C8 saturated, so not morphine's skeleton.
    assertEquals(
        Optional.empty(),
        derivation(
            "CC(=O)Oc1ccc2C[C@@H]3[C@@H]4CC[C@@H]([C@H]5[C@@]4(c2c1O5)CC[N+]3(C)[O-])OC(C)=O"));
    // A group on a carbon ((5R,6S)-3,6-diacetoxy-1-bromo-4,5-epoxy-17-methylmorphin-7-ene
    // 17-oxide) is not an ester or ether, even beside the acetates.
    assertEquals(
        Optional.empty(),
        derivation(
            "C(C)(=O)OC=1C=C(C=2C[C@@H]3[C@@H]4C=C[C@@H]([C@H]5[C@@]4(C2C1O5)CC[N+]3(C)[O-])OC(C)=O)Br"));
  }

  /**
   * The screen's test passes every derivative (on the prepared parent, whose Kekulé form is the
   * input's, as on the graph rebuilt from the canonical SMILES) and rules out a quaternary ester
   * with more than morphine's heavy atoms onto which morphine does not map.
   */
  @Test
  void theScreensMappingTestPassesEveryDerivativeAndRulesOutWhatMorphineDoesNotMapOnto() {
    IAtomContainer morphine = StructureParser.parse(MORPHINE).atomContainer();
    List<String> derivatives =
        List.of(
            "CC(=O)Oc1ccc2C[C@@H]3[C@@H]4C=C[C@@H]([C@H]5[C@@]4(c2c1O5)CC[N+]3(C)[O-])OC(C)=O",
            "[I-].O[C@@H]1[C@H]2[C@]34c5c(c(ccc5C[C@H]([C@@H]3C=C1)[N+](CC4)(C)C)OC)O2",
            "COC1=CC=C2C[C@@H]3[C@@H]4C=C[C@@H]([C@H]5[C@@]4(C2=C1O5)CC[N+]3(C)[O-])OC(C)=O");
    for (String smiles : derivatives) {
      PreparedStructure prepared =
          StructureParser.prepare(smiles, InputFormat.SMILES, ParseLimits.DEFAULT);
      IAtomContainer rebuilt = prepared.structure().atomContainer();
      assertTrue(PentavalentNitrogen.esterOrEtherDerivative(rebuilt, morphine).isPresent(), smiles);
      assertTrue(
          PentavalentNitrogen.mayBeEsterOrEtherDerivative(prepared.atomContainer(), morphine),
          smiles);
      assertTrue(PentavalentNitrogen.mayBeEsterOrEtherDerivative(rebuilt, morphine), smiles);
    }
    for (String smiles :
        List.of(
            "CC[N+]1(C)CCCC(OC(=O)C(O)(c2ccccc2)c2ccccc2)C1",
            "CC(=O)Oc1ccc2C[C@@H]3[C@@H]4C=C[C@@H]([C@H]5[C@@]4(c2c1O5)CCN3C)OC(C)=O")) {
      IAtomContainer graph = StructureParser.parse(smiles).atomContainer();
      assertFalse(PentavalentNitrogen.mayBeEsterOrEtherDerivative(graph, morphine), smiles);
      assertEquals(Optional.empty(), PentavalentNitrogen.esterOrEtherDerivative(graph, morphine));
    }
  }

  private static Optional<PentavalentNitrogen.OxygenSubstitution> derivation(String smiles) {
    return PentavalentNitrogen.esterOrEtherDerivative(
        StructureParser.parse(smiles).atomContainer(),
        StructureParser.parse(MORPHINE).atomContainer());
  }
}
