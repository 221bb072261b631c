package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.structure.PentavalentNitrogen;
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

  /** Where a record check's reference quotes the record's systematic name. */
  private static final String NAME_MARK = "; name: ";

  /**
   * The structures no systematic name in a legal text or cited record could be found for (DATA.md,
   * "How each structure was checked"): morphine methobromide, whose legal name OPSIN cannot read;
   * {@link #morphineMethobromideIsMorphineWithItsNitrogenMethylated} checks it against morphine.
   */
  private static final Set<String> NOT_YET_CHECKED = Set.of("morphine-methobromide");

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
    assertTrue(checked > 0, "the loop reached the checks");
  }

  /**
   * A check against a cited record quotes the record's InChIKey (the loader compares it) and the
   * record's systematic name after {@code "; name: "}: OPSIN's reading of that name must agree too,
   * so the structure rests on a name and on a key computed by someone else from their own
   * structure.
   */
  @Test
  void everyRecordCheckedStructureAgreesWithTheRecordsName() {
    int checked = 0;
    for (Substance s : ReferenceData.bundled().substances()) {
      StructureCheck check = s.structureCheck();
      if (check.method() != StructureCheck.Method.CITED_RECORD) {
        continue;
      }
      int at = check.reference().indexOf(NAME_MARK);
      assertTrue(at > 0, () -> s.id() + ": a record check quotes the record's name: " + check);
      String name = check.reference().substring(at + NAME_MARK.length()).strip();
      OpsinResult result = OPSIN.parseChemicalName(name);
      assertNotEquals(
          OpsinResult.OPSIN_RESULT_STATUS.FAILURE,
          result.getStatus(),
          () -> s.id() + ": OPSIN cannot read '" + name + "': " + result.getMessage());
      Structure fromName = StructureParser.parse(result.getSmiles());
      Structure stored = s.structure().orElseThrow();
      if (check.agreement() == StructureCheck.Agreement.FULL_KEY) {
        assertEquals(
            fromName.inchiKey(), stored.inchiKey(), () -> s.id() + " vs its record's name");
      } else {
        assertEquals(
            fromName.skeletonKey(), stored.skeletonKey(), () -> s.id() + " vs its record's name");
      }
      checked++;
    }
    // DATA.md, "How each structure was checked": butorphanol.
    assertEquals(1, checked);
  }

  @Test
  void everyStructureIsCheckedExceptTheNamedGaps() {
    Set<String> unchecked = new TreeSet<>();
    for (Substance s : ReferenceData.bundled().substances()) {
      if (s.hasStructure() && s.structureCheck().method() == StructureCheck.Method.UNCHECKED) {
        unchecked.add(s.id().toString());
      }
    }
    // Exactly the named gaps: a new unchecked structure fails here, and so does a gap that has
    // been closed without updating DATA.md and this list.
    assertEquals(new TreeSet<>(NOT_YET_CHECKED), unchecked);
  }

  @Test
  void onlySubstancesWithoutStructureCarryNoCheckAtAll() {
    for (Substance s : ReferenceData.bundled().substances()) {
      if (!s.hasStructure()) {
        assertEquals(
            StructureCheck.Agreement.NONE, s.structureCheck().agreement(), s.id()::toString);
      } else if (!NOT_YET_CHECKED.contains(s.id().toString())) {
        assertNotEquals(
            StructureCheck.Agreement.NONE, s.structureCheck().agreement(), s.id()::toString);
      }
    }
  }

  @Test
  void morphineMethobromideIsMorphineWithItsNitrogenMethylated() {
    // "Methobromide" names the quaternary salt with methyl bromide: taking one methyl off the
    // quaternary nitrogen must give the registered morphine (checked against its BtMG name), whole
    // key, and nothing else.
    Structure methobromide =
        ReferenceData.bundled().substance("morphine-methobromide").orElseThrow().structure().get();
    Structure morphine =
        ReferenceData.bundled().substance("morphine").orElseThrow().structure().get();
    List<String> parents =
        PentavalentNitrogen.tertiaryParents(methobromide).stream()
            .map(Structure::inchiKey)
            .toList();
    assertEquals(List.of(morphine.inchiKey()), parents);
    assertEquals(morphine.heavyAtomCount() + 1, methobromide.heavyAtomCount());
    assertEquals("[C18H22NO3]+", methobromide.formula());
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
