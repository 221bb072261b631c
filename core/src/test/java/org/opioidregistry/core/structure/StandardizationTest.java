package org.opioidregistry.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Salt forms, protonation states and stereoisomers against the parent's published keys. */
class StandardizationTest {

  private static final String FENTANYL = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";
  private static final String FENTANYL_KEY = "PJMPHNIQZUBGLI-UHFFFAOYSA-N";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          hydrochloride, .Cl       | CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl                     | removed: hydrogen chloride
          hydrochloride, ion pair  | CCC(=O)N(c1ccccc1)C1CC[NH+](CCc2ccccc2)CC1.[Cl-]             | removed: chloride; neutralised: 1 ammonium
          hydrobromide             | Br.CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1                     | removed: hydrogen bromide
          citrate                  | CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.OC(=O)CC(O)(CC(=O)O)C(=O)O | removed: citric acid
          citrate, ionised         | CCC(=O)N(c1ccccc1)C1CC[NH+](CCc2ccccc2)CC1.OC(=O)CC(O)(CC(=O)O)C(=O)[O-] | removed: citrate; neutralised: 1 ammonium
          oxalate                  | OC(=O)C(=O)O.CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1           | removed: oxalic acid
          fumarate                 | CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.OC(=O)/C=C/C(=O)O      | removed: fumaric acid
          maleate                  | CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.OC(=O)/C=C\\C(=O)O     | removed: maleic acid
          hydrochloride hydrate    | CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl.O                   | removed: hydrogen chloride, water
          2:1 sulfate              | CCC(=O)N(c1ccccc1)C1CC[NH+](CCc2ccccc2)CC1.CCC(=O)N(c1ccccc1)C1CC[NH+](CCc2ccccc2)CC1.[O-]S(=O)(=O)[O-] | removed: further copy of the parent, sulfate; neutralised: 1 ammonium
          protonated free base     | CCC(=O)N(c1ccccc1)C1CC[NH+](CCc2ccccc2)CC1                    | neutralised: 1 ammonium
          """)
  void saltFormsStandardiseToTheParent(String form, String smiles, String expected) {
    Structure structure = StructureParser.parse(smiles);
    assertEquals(FENTANYL_KEY, structure.inchiKey(), form);
    assertEquals(StructureParser.parse(FENTANYL).canonicalSmiles(), structure.canonicalSmiles());
    assertEquals(expected, structure.standardization().toString(), form);
    assertFalse(structure.standardization().removedUnknownOrganic());
  }

  @Test
  void nitroGroupsStayChargeSeparated() {
    // Isotonitazene's nitro group is written [N+](=O)[O-]; it is not a salt to undo.
    Structure isotonitazene =
        StructureParser.parse("CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21.Cl");
    assertEquals("OIOQREYBGDAYGT-UHFFFAOYSA-N", isotonitazene.inchiKey());
    assertEquals("removed: hydrogen chloride", isotonitazene.standardization().toString());
  }

  @Test
  void carboxylateSodiumSaltBecomesTheAcid() {
    // Sodium benzoate's parent is benzoic acid (InChIKey WPYMKLBDIGXBTP-UHFFFAOYSA-N, PubChem 243).
    Structure acid = StructureParser.parse("[Na+].[O-]C(=O)c1ccccc1");
    assertEquals("WPYMKLBDIGXBTP-UHFFFAOYSA-N", acid.inchiKey());
    assertEquals(
        List.of("removed: sodium ion", "neutralised: 1 acid anion"),
        acid.standardization().describe());
  }

  @Test
  void aSecondUnknownOrganicFragmentIsFlaggedAsAPossibleMixture() {
    // Fentanyl with caffeine: caffeine is no counter-ion; the caller must be told it was dropped.
    Structure structure = StructureParser.parse(FENTANYL + ".Cn1cnc2c1c(=O)n(C)c(=O)n2C");
    assertEquals(FENTANYL_KEY, structure.inchiKey());
    assertTrue(structure.standardization().removedUnknownOrganic());
    assertEquals(
        "removed: C8H10N4O2 (organic, not a known counter-ion)",
        structure.standardization().toString());
  }

  @Test
  void aStereoSpecifiedFormOfARacemicListingSharesItsSkeletonKeyOnly() {
    // 3-Methylfentanyl is listed without stereo; cis-(3R,4S) is one of its isomers.
    Structure listed = StructureParser.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1C");
    Structure cis = StructureParser.parse("CCC(=O)N(c1ccccc1)[C@@H]1CCN(CCc2ccccc2)C[C@H]1C");
    Structure trans = StructureParser.parse("CCC(=O)N(c1ccccc1)[C@@H]1CCN(CCc2ccccc2)C[C@@H]1C");
    assertEquals("MLQRZXNZHAOCHQ-UHFFFAOYSA-N", listed.inchiKey());
    assertEquals(listed.skeletonKey(), cis.skeletonKey());
    assertEquals(listed.skeletonKey(), trans.skeletonKey());
    assertNotEquals(listed.inchiKey(), cis.inchiKey());
    assertNotEquals(cis.inchiKey(), trans.inchiKey());
    assertTrue(cis.canonicalSmiles().contains("@"), "stereo kept: " + cis.canonicalSmiles());
  }

  @Test
  void isotopesAreKept() {
    // Fentanyl-d5 (phenethyl-d5), a common internal standard: same skeleton, different key.
    Structure d5 =
        StructureParser.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2c([2H])c([2H])c([2H])c([2H])c2[2H])CC1");
    Structure fentanyl = StructureParser.parse(FENTANYL);
    assertEquals(fentanyl.skeletonKey(), d5.skeletonKey());
    assertNotEquals(fentanyl.inchiKey(), d5.inchiKey());
    assertEquals("C22H23D5N2O", d5.formula());
    // 5 x (2.014102 - 1.007825) heavier than fentanyl's 336.220164
    assertEquals(336.220164 + 5 * 1.006277, d5.monoisotopicMass(), 1e-4);
  }

  @Test
  void theCallersGraphIsNeverChanged() throws Exception {
    var graph =
        new org.openscience.cdk.smiles.SmilesParser(
                org.openscience.cdk.silent.SilentChemObjectBuilder.getInstance())
            .parseSmiles(FENTANYL + ".Cl");
    int atoms = graph.getAtomCount();
    Structure structure = Structure.of(graph);
    assertEquals(atoms, graph.getAtomCount());
    var copy = structure.atomContainer();
    copy.removeAtom(0);
    assertEquals(25, structure.atomContainer().getAtomCount());
  }
}
