package org.opioidregistry.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parsed structures against published identifiers: InChIKey, Hill formula and monoisotopic mass of
 * every substance in the researched table (shared/data/controlled.tsv), whose InChIKeys were
 * cross-checked against independent records (Cayman Chemical, SWGDRUG) where the "checked" column
 * says "ok".
 */
class StructureReferenceValuesTest {

  static Stream<ReferenceStructures.Row> rows() {
    return ReferenceStructures.all().stream();
  }

  @Test
  void atLeast25IndependentlyCheckedReferences() {
    long checked =
        ReferenceStructures.all().stream()
            .filter(ReferenceStructures.Row::independentlyChecked)
            .count();
    assertTrue(checked >= 25, "independently checked rows: " + checked);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void inchiKeyFormulaAndMassMatchThePublishedValues(ReferenceStructures.Row row) {
    Structure structure = StructureParser.parse(row.smiles());

    assertEquals(row.inchiKey(), structure.inchiKey(), "InChIKey");
    assertEquals(row.formula(), structure.formula(), "formula");
    // The table gives the mass to 4 decimals.
    assertEquals(row.monoisotopicMass(), structure.monoisotopicMass(), 0.00051, "mass");
    assertEquals(row.inchiKey().substring(0, 14), structure.skeletonKey());
    assertTrue(structure.inchi().startsWith("InChI=1S/" + row.formula() + "/"), structure.inchi());

    // The graph handed out, and a structure restored from stored values, are the same structure.
    assertEquals(structure, Structure.of(structure.atomContainer()));
    Structure restored =
        Structure.restore(
            structure.canonicalSmiles(),
            structure.inchi(),
            structure.inchiKey(),
            structure.formula(),
            structure.monoisotopicMass(),
            structure.heavyAtomCount());
    assertEquals(structure, restored);
    assertEquals(structure.formula(), restored.formula());
  }

  @Test
  void fentanylByHand() {
    // PubChem CID 3345: C22H28N2O, monoisotopic mass 336.220164 Da, InChIKey PJMPHNIQZUBGLI-...
    Structure fentanyl = StructureParser.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
    assertEquals("PJMPHNIQZUBGLI-UHFFFAOYSA-N", fentanyl.inchiKey());
    assertEquals("C22H28N2O", fentanyl.formula());
    assertEquals(336.220164, fentanyl.monoisotopicMass(), 1e-5);
    assertEquals(25, fentanyl.heavyAtomCount());
    assertTrue(fentanyl.standardization().isUnchanged());
    assertEquals(List.of(), fentanyl.standardization().describe());
  }
}
