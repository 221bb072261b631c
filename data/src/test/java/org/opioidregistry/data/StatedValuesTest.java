package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.Code;
import org.opioidregistry.core.substance.CodeType;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.core.substance.SubstanceId;

/**
 * Checks the files directly, without the loader, so that a loader bug that skipped a check could
 * not hide a wrong stated value: every SMILES parses, and its computed InChIKey, formula and mass
 * equal the stated ones.
 */
class StatedValuesTest {

  private static final List<BundledFiles.Numbered> SUBSTANCES =
      BundledFiles.records(SubstanceTableReader.SUBSTANCES_FILE);

  @Test
  void ninetyOneRowsOfElevenColumns() {
    assertEquals(91, SUBSTANCES.size());
    for (BundledFiles.Numbered row : SUBSTANCES) {
      assertEquals(11, row.fields().size(), "line " + row.line());
    }
  }

  @Test
  void everyStructureGivesTheStatedKeyFormulaAndMass() {
    for (BundledFiles.Numbered row : SUBSTANCES) {
      List<String> f = row.fields();
      String where = "substances.tsv:" + row.line() + " " + f.get(0);
      Structure s = StructureParser.parse(f.get(4));
      assertEquals(f.get(5), s.inchiKey(), where);
      assertEquals(f.get(6), s.formula(), where);
      assertEquals(Double.parseDouble(f.get(7)), s.monoisotopicMass(), 0.0005, where);
      assertTrue(s.standardization().removed().isEmpty(), where + " is not a parent");
    }
  }

  @Test
  void idsAndKeysAreUniqueAndWellFormed() {
    Set<String> ids = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (BundledFiles.Numbered row : SUBSTANCES) {
      String id = row.fields().get(0);
      assertEquals(id, SubstanceId.of(id).value());
      assertTrue(ids.add(id), "repeated id " + id);
      assertTrue(keys.add(row.fields().get(5)), "repeated InChIKey on line " + row.line());
    }
  }

  @Test
  void everyRowHasASourceAndAKnownClass() {
    for (BundledFiles.Numbered row : SUBSTANCES) {
      assertTrue(!row.fields().get(9).isBlank(), "no source on line " + row.line());
      assertTrue(SubstanceClass.fromId(row.fields().get(8)).isPresent(), "line " + row.line());
    }
    for (BundledFiles.Numbered row : BundledFiles.records(SubstanceTableReader.CONTROLS_FILE)) {
      assertEquals(6, row.fields().size(), "controls.tsv:" + row.line());
      assertTrue(!row.fields().get(5).isBlank(), "no source on controls.tsv:" + row.line());
    }
  }

  @Test
  void everyControlNamesAKnownSubstance() {
    Set<String> ids = new HashSet<>();
    SUBSTANCES.forEach(r -> ids.add(r.fields().get(0)));
    for (BundledFiles.Numbered row : BundledFiles.records(SubstanceTableReader.CONTROLS_FILE)) {
      assertTrue(ids.contains(row.fields().get(0)), "controls.tsv:" + row.line());
    }
  }

  @Test
  void everyCasNumberPassesItsCheckDigit() {
    int cas = 0;
    for (BundledFiles.Numbered row : SUBSTANCES) {
      for (String code : row.fields().get(3).split("\\|")) {
        if (code.startsWith("cas:")) {
          assertEquals(CodeType.CAS_RN, Code.cas(code.substring(4)).type());
          cas++;
        }
      }
    }
    // 86 of the 91 rows carry a CAS RN: 4-fluoroisobutyrfentanyl and the four nitazenes of 2025
    // have
    // none in the curated table.
    assertEquals(86, cas);
  }
}
