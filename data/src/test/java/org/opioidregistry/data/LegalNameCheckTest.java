package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.StructureCheck;
import org.opioidregistry.core.substance.Substance;
import uk.ac.cam.ch.wwmm.opsin.NameToStructure;
import uk.ac.cam.ch.wwmm.opsin.OpsinResult;

/**
 * Every structure whose check is {@code opsin-full} or {@code opsin-skeleton} is read again from
 * the chemical name printed in the legal text (the {@code check_reference} column) by OPSIN, and
 * the InChIKey of OPSIN's structure must agree with the stored one: the whole key, or its first
 * block where the listing does not fix the stereochemistry. A check against a cited record is
 * compared with the record's quoted key by the loader itself.
 */
class LegalNameCheckTest {

  private static final NameToStructure OPSIN = NameToStructure.getInstance();

  @Test
  void everyOpsinCheckedStructureAgreesWithItsLegalName() {
    int checked = 0;
    for (Substance s : ReferenceData.bundled().substances()) {
      StructureCheck check = s.structureCheck();
      if (check.method() != StructureCheck.Method.OPSIN_LEGAL_NAME) {
        continue;
      }
      OpsinResult result = OPSIN.parseChemicalName(check.reference());
      assertNotEquals(
          OpsinResult.OPSIN_RESULT_STATUS.FAILURE,
          result.getStatus(),
          () -> s.id() + ": OPSIN cannot read '" + check.reference() + "': " + result.getMessage());
      Structure fromName = StructureParser.parse(result.getSmiles());
      Structure stored = s.structure().orElseThrow();
      if (check.agreement() == StructureCheck.Agreement.FULL_KEY) {
        assertEquals(fromName.inchiKey(), stored.inchiKey(), () -> s.id() + " vs its legal name");
      } else {
        assertEquals(
            fromName.skeletonKey(), stored.skeletonKey(), () -> s.id() + " vs its legal name");
      }
      checked++;
    }
    assertEquals(66 - 4 + 26, checked, "every added structure is checked through its legal name");
  }

  @Test
  void checkCountsAsInDataMd() {
    Map<StructureCheck.Method, Integer> methods = new EnumMap<>(StructureCheck.Method.class);
    Map<StructureCheck.Agreement, Integer> agreements =
        new EnumMap<>(StructureCheck.Agreement.class);
    for (Substance s : ReferenceData.bundled().substances()) {
      methods.merge(s.structureCheck().method(), 1, Integer::sum);
      agreements.merge(s.structureCheck().agreement(), 1, Integer::sum);
    }
    // DATA.md, "How each structure was checked": 62 through OPSIN (47 full key, 15 skeleton),
    // and the 26 national-list entries (full key);
    // the 91 first entries carry their earlier cross-checks in the notes only, and the 4
    // plant materials have no structure.
    assertEquals(
        Map.of(
            StructureCheck.Method.OPSIN_LEGAL_NAME, 62 + 26, StructureCheck.Method.UNCHECKED, 95),
        methods);
    assertEquals(
        Map.of(
            StructureCheck.Agreement.FULL_KEY, 47 + 26,
            StructureCheck.Agreement.SKELETON, 15,
            StructureCheck.Agreement.NONE, 95),
        agreements);
  }

  @Test
  void theChecksCanFail() {
    // Codeine's legal name read by OPSIN is not morphine: the comparison distinguishes them.
    Substance morphine = ReferenceData.bundled().substance("morphine").orElseThrow();
    Substance codeine = ReferenceData.bundled().substance("codeine").orElseThrow();
    String fromCodeineName =
        StructureParser.parse(
                OPSIN.parseChemicalName(codeine.structureCheck().reference()).getSmiles())
            .inchiKey();
    assertFalse(fromCodeineName.equals(morphine.structure().orElseThrow().inchiKey()));
  }
}
