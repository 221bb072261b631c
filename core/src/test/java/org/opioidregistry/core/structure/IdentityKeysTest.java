package org.opioidregistry.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Which layer two structures share, on listed substances and their variants. */
class IdentityKeysTest {

  private static final String FENTANYL = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";
  private static final String FENTANYL_D5 =
      "CCC(=O)N(c1ccccc1)C1CCN(CCc2c([2H])c([2H])c([2H])c([2H])c2[2H])CC1";
  private static final String METHYLFENTANYL = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1C";
  private static final String CIS_METHYLFENTANYL =
      "CCC(=O)N(c1ccccc1)[C@@H]1CCN(CCc2ccccc2)C[C@H]1C";
  private static final String CIS_METHYLFENTANYL_D5 =
      "CCC(=O)N(c1ccccc1)[C@@H]1CCN(CCc2c([2H])c([2H])c([2H])c([2H])c2[2H])C[C@H]1C";

  private static IdentityKeys keys(String smiles) {
    return StructureParser.parse(smiles).identityKeys();
  }

  @Test
  void aSaltAndItsParentShareEveryLayer() {
    assertEquals(IdentityLayer.FULL, keys(FENTANYL + ".Cl").sharedLayer(keys(FENTANYL)));
  }

  @Test
  void stereoAloneDiffers() {
    assertEquals(
        IdentityLayer.STEREO_INSENSITIVE,
        keys(CIS_METHYLFENTANYL).sharedLayer(keys(METHYLFENTANYL)));
  }

  @Test
  void isotopesAloneDiffer() {
    assertEquals(IdentityLayer.ISOTOPE_INSENSITIVE, keys(FENTANYL_D5).sharedLayer(keys(FENTANYL)));
  }

  @Test
  void stereoAndIsotopesBothDiffer() {
    assertEquals(
        IdentityLayer.CONNECTIVITY, keys(CIS_METHYLFENTANYL_D5).sharedLayer(keys(METHYLFENTANYL)));
  }

  @Test
  void aTautomerSharesOnlyTheTautomerKey() {
    assertEquals(
        IdentityLayer.TAUTOMER_INSENSITIVE,
        keys("CC=C(O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1").sharedLayer(keys(FENTANYL)));
  }

  @Test
  void aConstitutionalIsomerSharesTheFormulaOnly() {
    // Methadone and isomethadone: C21H27NO both.
    assertEquals(
        IdentityLayer.FORMULA,
        keys("CCC(=O)C(CC(C)N(C)C)(c1ccccc1)c1ccccc1")
            .sharedLayer(keys("CCC(=O)C(c1ccccc1)(c1ccccc1)C(C)CN(C)C")));
    assertEquals(
        IdentityLayer.NONE, keys("Cn1cnc2c1c(=O)n(C)c(=O)n2C").sharedLayer(keys(FENTANYL)));
  }

  @Test
  void layersAreTheInchiWithoutTheirLayers() {
    // Standard InChI of cis-3-methylfentanyl-d5 as the IUPAC library writes it.
    Structure s = StructureParser.parse(CIS_METHYLFENTANYL_D5);
    IdentityKeys k = s.identityKeys();
    assertEquals(s.inchi().substring(0, s.inchi().indexOf("/i")), k.isotopeInsensitive());
    assertEquals(false, k.stereoInsensitive().contains("/t"), k.stereoInsensitive());
    assertEquals(true, k.stereoInsensitive().contains("/i"), k.stereoInsensitive());
    assertEquals(s.skeletonKey(), k.connectivity());
    assertEquals(s.inchiKey(), k.full());
    assertEquals("C23H25D5N2O", k.formula());
  }

  @Test
  void restoredKeysMustBeTheStructuresOwn() {
    Structure fentanyl = StructureParser.parse(FENTANYL);
    Structure other = StructureParser.parse(METHYLFENTANYL);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Structure.restore(
                fentanyl.canonicalSmiles(),
                fentanyl.inchi(),
                fentanyl.inchiKey(),
                fentanyl.formula(),
                fentanyl.monoisotopicMass(),
                fentanyl.heavyAtomCount(),
                other.identityKeys()));
  }

  @Test
  void theInchiVersionIsReported() {
    assertEquals(true, Structure.inchiVersion().matches("\\d+\\.\\d+.*"), Structure.inchiVersion());
  }
}
