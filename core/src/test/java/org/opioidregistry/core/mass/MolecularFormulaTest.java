package org.opioidregistry.core.mass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParser;

/**
 * Formula parsing and monoisotopic masses. Reference masses: PubChem's computed monoisotopic masses
 * for fentanyl (CID 3345: 336.220164), acetaminophen (CID 1983: 151.063329) and caffeine (CID 2519:
 * 194.080376); carfentanil and U-47700 from the project's researched table
 * (shared/data/controlled.tsv, 4 decimals, hence the wider tolerance).
 */
class MolecularFormulaTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "C22H28N2O, C22H28N2O, 336.220164, 1e-6",
    "C24H30N2O3, C24H30N2O3, 394.2256, 5.1e-5",
    "C16H22Cl2N2O, C16H22Cl2N2O, 328.1109, 5.1e-5",
    "C8H9NO2, C8H9NO2, 151.063329, 1e-6",
    "C8H10N4O2, C8H10N4O2, 194.080376, 1e-6",
  })
  void publishedMonoisotopicMasses(String text, String hill, double mass, double tolerance) {
    MolecularFormula formula = MolecularFormula.parse(text);
    assertEquals(hill, formula.hill());
    assertEquals(mass, formula.monoisotopicMass(), tolerance);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "H28C22N2O, C22H28N2O",
    "ON2H28C22, C22H28N2O",
    "CH3CH2OH, C2H6O",
    " C22H28N2O , C22H28N2O",
    "HCl, ClH",
    "ClH, ClH",
    "NaCl, ClNa",
    "H2O, H2O",
    "C6H5D, C6H5D",
    "C21[13C]H28N2O, C21[13C]H28N2O",
    "[13C]C21H28N2O, C21[13C]H28N2O",
    "Co, Co",
    "CO, CO",
  })
  void anyOrderIsNormalisedToHill(String text, String hill) {
    assertEquals(hill, MolecularFormula.parse(text).hill());
  }

  @Test
  void equalityIgnoresTheOrderWritten() {
    assertEquals(MolecularFormula.parse("C22H28N2O"), MolecularFormula.parse("N2OC22H28"));
    assertEquals(
        MolecularFormula.parse("C22H28N2O").hashCode(),
        MolecularFormula.parse("OH28N2C22").hashCode());
    assertFalse(MolecularFormula.parse("C22H28N2O").equals(MolecularFormula.parse("C22H27DN2O")));
  }

  @Test
  void matchesTheFormulaOfAParsedStructure() {
    Structure fentanyl = StructureParser.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl");
    MolecularFormula query = MolecularFormula.parse("H28C22ON2");
    assertTrue(query.matches(fentanyl.formula()));
    assertEquals(fentanyl.formula(), query.hill());
    assertEquals(fentanyl.monoisotopicMass(), query.monoisotopicMass(), 1e-9);
    assertFalse(query.matches("not a formula"));

    // Isotope-labelled internal standards, as Structure writes them, read back and weigh the same.
    Structure d5 =
        StructureParser.parse("CCC(=O)N(c1c([2H])c([2H])c([2H])c([2H])c1[2H])C1CCN(CCc2ccccc2)CC1");
    MolecularFormula labelled = MolecularFormula.parse(d5.formula());
    assertEquals(5, labelled.count("H") - 23);
    assertEquals(d5.monoisotopicMass(), labelled.monoisotopicMass(), 1e-9);
    assertEquals(d5.formula(), labelled.hill());
  }

  @Test
  void countsElementsAndAtoms() {
    MolecularFormula f = MolecularFormula.parse("C22H27DN2O");
    assertEquals(4, f.elementCount());
    assertEquals(53, f.atomCount());
    assertEquals(28, f.count("H"));
    assertEquals(0, f.count("Cl"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "C22H28Xx2O | position 7: 'Xx' is not an element",
        "c22h28n2o | position 1: 'c' where an element symbol (capital letter) should be",
        "22C | position 1: a count '2' with no element before it",
        "C22 H28 | position 4: a space",
        "C22H0 | position 5: a count of 0",
        "C22H28N2O+ | position 10: '+'",
        "C(CH3)4 | position 2: '('",
        "C22Q | position 4: 'Q' is not an element",
        "CH9999999 | position 3: a count above 100000",
        "[C]H4 | position 2: an isotope in brackets starts with its mass number",
        "[13CH4 | position 5: expected ']' to close the isotope opened at position 1",
        "[99C]H4 | position 1: no isotope 99C is known",
      })
  void badFormulasNameThePosition(String text, String expected) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MolecularFormula.parse(text));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().startsWith("not a molecular formula: '"), e.getMessage());
  }

  @Test
  void emptyAndOverlongTextIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> MolecularFormula.parse("  "));
    assertThrows(IllegalArgumentException.class, () -> MolecularFormula.parse("C".repeat(201)));
    assertTrue(MolecularFormula.tryParse("fentanyl").isEmpty());
    assertTrue(MolecularFormula.tryParse("C22H28N2O").isPresent());
  }
}
