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
  void everyRowHasTheHeadersColumns() {
    assertEquals(SubstanceTableReader.SUBSTANCE_COLUMNS, SUBSTANCES.get(0).header());
    for (BundledFiles.Numbered row : SUBSTANCES) {
      assertEquals(
          SubstanceTableReader.SUBSTANCE_COLUMNS.size(), row.fields().size(), "line " + row.line());
    }
  }

  @Test
  void everyStructureGivesTheStatedKeyFormulaAndMass() {
    for (BundledFiles.Numbered row : SUBSTANCES) {
      String where = "substances.tsv:" + row.line() + " " + row.get("id");
      if (row.get("smiles").isEmpty()) {
        assertEquals("", row.get("inchikey") + row.get("formula") + row.get("monoisotopic_mass"));
        continue;
      }
      Structure s = StructureParser.parse(row.get("smiles"));
      assertEquals(row.get("inchikey"), s.inchiKey(), where);
      assertEquals(row.get("formula"), s.formula(), where);
      assertEquals(
          Double.parseDouble(row.get("monoisotopic_mass")), s.monoisotopicMass(), 0.0005, where);
      assertTrue(s.standardization().removed().isEmpty(), where + " is not a parent");
    }
  }

  @Test
  void idsAndKeysAreUniqueAndWellFormed() {
    Set<String> ids = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (BundledFiles.Numbered row : SUBSTANCES) {
      String id = row.get("id");
      assertEquals(id, SubstanceId.of(id).value());
      assertTrue(ids.add(id), "repeated id " + id);
      String key = row.get("inchikey");
      assertTrue(key.isEmpty() || keys.add(key), "repeated InChIKey on line " + row.line());
    }
  }

  @Test
  void everyRowHasASourceAndAKnownClass() {
    for (BundledFiles.Numbered row : SUBSTANCES) {
      assertTrue(!row.get("source").isBlank(), "no source on line " + row.line());
      assertTrue(SubstanceClass.fromId(row.get("class")).isPresent(), "line " + row.line());
    }
    for (BundledFiles.Numbered row : BundledFiles.records(SubstanceTableReader.CONTROLS_FILE)) {
      assertEquals(
          SubstanceTableReader.CONTROL_COLUMNS.size(),
          row.fields().size(),
          "controls.tsv:" + row.line());
      assertTrue(!row.get("source").isBlank(), "no source on controls.tsv:" + row.line());
    }
  }

  @Test
  void everyControlNamesAKnownSubstance() {
    Set<String> ids = new HashSet<>();
    SUBSTANCES.forEach(r -> ids.add(r.get("id")));
    for (BundledFiles.Numbered row : BundledFiles.records(SubstanceTableReader.CONTROLS_FILE)) {
      assertTrue(ids.contains(row.get("substance")), "controls.tsv:" + row.line());
    }
  }

  @Test
  void everyCasNumberPassesItsCheckDigit() {
    int cas = 0;
    for (BundledFiles.Numbered row : SUBSTANCES) {
      for (String code : row.get("codes").split("\\|")) {
        if (code.startsWith("cas:")) {
          assertEquals(CodeType.CAS_RN, Code.cas(code.substring(4)).type());
          cas++;
        }
      }
    }
    // 86 of the first 91 rows carry a CAS RN (4-fluoroisobutyrfentanyl and the four nitazenes of
    // 2025 have none in the curated table); most later rows carry one from the China 2013 list copy
    // (unverified beyond the check digit). The loop must have reached them all.
    assertTrue(cas >= 134, "CAS RNs checked: " + cas);
  }
}
