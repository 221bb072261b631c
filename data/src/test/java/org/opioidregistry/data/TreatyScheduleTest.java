package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.InForce;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.ListedForm;
import org.opioidregistry.core.substance.Substance;

/**
 * The registry against the printed Schedules: every drug of Schedules I, II and IV of the 1961
 * Convention in the edition cited ({@code un1961-schedules-bwbv0001004.tsv}, the Dutch treaty
 * database's English text) is registered with that schedule, except the entries the fixture names
 * with their reason; and the substances a laboratory meets most carry the right controls.
 */
class TreatyScheduleTest {

  private final ReferenceData data = ReferenceData.bundled();

  private record Entry(String schedule, String printed, String id) {}

  private static List<Entry> edition() {
    List<Entry> entries = new ArrayList<>();
    for (BundledFiles.Numbered row : BundledFiles.records("un1961-schedules-bwbv0001004.tsv")) {
      entries.add(new Entry(row.get("schedule"), row.get("printed"), row.get("id")));
    }
    return entries;
  }

  @Test
  void everyDrugOfTheEditionIsRegisteredWithItsSchedule() {
    Map<String, Integer> printed = new TreeMap<>();
    Map<String, Integer> registered = new TreeMap<>();
    for (Entry e : edition()) {
      printed.merge(e.schedule(), 1, Integer::sum);
      if (e.id().startsWith("-")) {
        continue;
      }
      Substance s = data.substance(e.id()).orElseThrow(() -> new AssertionError(e + " missing"));
      assertTrue(
          s.controls().stream()
              .anyMatch(
                  c ->
                      c.jurisdiction().equals(Jurisdiction.UN_1961)
                          && c.schedule().equals(e.schedule())),
          () -> e + ": " + s.controls());
      registered.merge(e.schedule(), 1, Integer::sum);
    }
    // The edition prints 99 drugs in Schedule I, 10 in Schedule II and 11 in Schedule IV.
    assertEquals(Map.of("I", 99, "II", 10, "IV", 11), printed);
    // Every printed entry is registered, the class entry "morphine methobromide and other
    // pentavalent nitrogen morphine derivatives" as morphine methobromide (see DATA.md).
    assertEquals(Map.of("I", 99, "II", 10, "IV", 11), registered);
  }

  @Test
  void theOpioidsALaboratoryMeetsMostCarryTheirSchedules() {
    assertSchedules("heroin", "I", "IV");
    assertSchedules("morphine", "I");
    assertSchedules("oxycodone", "I");
    assertSchedules("hydrocodone", "I");
    assertSchedules("hydromorphone", "I");
    assertSchedules("codeine", "II");
    assertSchedules("dihydrocodeine", "II");
    assertSchedules("etorphine", "I", "IV");
    assertSchedules("tilidine", "I");
    assertSchedules("cocaine", "I");
  }

  @Test
  void tramadolIsUnderUsScheduleIvAndNoUnConvention() {
    Substance tramadol = data.substance("tramadol").orElseThrow();
    Control us =
        tramadol.controls().stream()
            .filter(c -> c.jurisdiction().code().equals("US"))
            .findFirst()
            .orElseThrow();
    assertEquals("US", us.jurisdiction().code());
    assertEquals("IV", us.schedule());
    assertTrue(us.scope().coversStereoisomers() && us.scope().covers(ListedForm.SALTS));
    assertFalse(tramadol.controls().stream().anyMatch(c -> c.jurisdiction().isTreaty()));
  }

  @Test
  void dextromethorphanAndDextrorphanAreNamedExceptionsOfTheMorphinans() {
    String dxm =
        data.substance("dextromethorphan").orElseThrow().structure().orElseThrow().inchiKey();
    String dxo = data.substance("dextrorphan").orElseThrow().structure().orElseThrow().inchiKey();
    for (String id : List.of("levomethorphan", "racemethorphan", "levorphanol", "racemorphan")) {
      Control c = schedule(id, "I");
      assertTrue(c.scope().coversStereoisomers(), id);
      assertTrue(c.scope().excludes(dxm), id + " excepts dextromethorphan");
      assertTrue(c.scope().excludes(dxo), id + " excepts dextrorphan");
    }
    assertFalse(data.substance("dextromethorphan").orElseThrow().isControlled());
    // Same skeleton as levomethorphan: only the exception keeps it from being a listed isomer.
    assertEquals(
        data.substance("levomethorphan").orElseThrow().structure().orElseThrow().skeletonKey(),
        dxm.substring(0, 14));
  }

  @Test
  void levopropoxypheneIsNotCoveredByDextropropoxyphene() {
    Substance levo = data.substance("levopropoxyphene").orElseThrow();
    Control dextro = schedule("dextropropoxyphene", "II");
    assertTrue(dextro.scope().excludes(levo.structure().orElseThrow().inchiKey()));
    assertFalse(levo.isControlled());
  }

  @Test
  void theScheduleWordingDecidesWhatAListingExtendsTo() {
    Control heroinI = schedule("heroin", "I");
    assertTrue(
        heroinI.scope().covers(ListedForm.ESTERS) && heroinI.scope().covers(ListedForm.ETHERS));
    Control codeineII = schedule("codeine", "II");
    assertTrue(codeineII.scope().coversStereoisomers());
    assertFalse(codeineII.scope().covers(ListedForm.ESTERS), "Schedule II names no esters");
    Control heroinIV = schedule("heroin", "IV");
    assertFalse(heroinIV.scope().coversStereoisomers(), "Schedule IV names salts only");
  }

  @Test
  void opiumAndCocaLeafHaveNoStructure() {
    for (String id : List.of("opium", "coca-leaf", "cannabis", "concentrate-of-poppy-straw")) {
      Substance s = data.substance(id).orElseThrow();
      assertFalse(s.hasStructure(), id);
      assertTrue(s.isControlled(), id);
    }
  }

  @Test
  void aRecordedEndIsReadAsOfADay() {
    Control cannabisIv = schedule("cannabis", "IV");
    assertTrue(cannabisIv.hasEnded());
    // CND decision 63/17, taken on 2 December 2020 (E/2020/28/Add.1): a verified day.
    assertEquals("2020-12-02", cannabisIv.until().orElseThrow().toString());
    assertTrue(cannabisIv.until().orElseThrow().isVerified());
    assertEquals(InForce.ENDED, cannabisIv.inForceOn(LocalDate.of(2020, 12, 3)));
    assertEquals(InForce.ENDED, cannabisIv.inForceOn(LocalDate.of(2021, 6, 1)));
    // Its start is not recorded, so before the end the answer is uncertain, not in force.
    assertEquals(InForce.UNCERTAIN, cannabisIv.inForceOn(LocalDate.of(2019, 6, 1)));
    assertFalse(schedule("cannabis", "I").hasEnded(), "cannabis stays in Schedule I");
    Control carfentanil = schedule("carfentanil", "I");
    assertEquals(InForce.NOT_YET, carfentanil.inForceOn(LocalDate.of(2017, 6, 1)));
    assertEquals(InForce.IN_FORCE, carfentanil.inForceOn(LocalDate.of(2019, 6, 1)));
  }

  @Test
  void theOriginalScheduleIEntriesReadAreDatedFromTheEntryIntoForce() {
    // The Commentary on the Single Convention (United Nations, 1973) prints Schedule I without
    // acetorphine, bezitramide and codoxime; the part of its stored copy read runs from
    // Acetylmethadol to Diethylthiambutene (un1961-schedule-i-commentary-1973.tsv). Those entries'
    // Schedule I controls start on the Convention's entry into force, 13 December 1964 (article 41;
    // UN Treaty Collection), unverified because the list's edition is inferred, not stated.
    List<String> ids = new ArrayList<>();
    for (BundledFiles.Numbered row :
        BundledFiles.records("un1961-schedule-i-commentary-1973.tsv")) {
      ids.add(row.get("id"));
    }
    assertEquals(22, ids.size());
    for (String id : ids) {
      Control c = schedule(id, "I");
      assertEquals("1964-12-13 (unverified)", c.since().toString(), id);
      assertFalse(c.since().isVerified(), id);
      assertTrue(c.instrument().citation().contains("article 41"), id);
      assertEquals(InForce.NOT_YET, c.inForceOn(LocalDate.of(1964, 12, 12)), id);
      assertEquals(InForce.IN_FORCE, c.inForceOn(LocalDate.of(1964, 12, 13)), id);
      assertTrue(
          edition().stream().anyMatch(e -> e.id().equals(id) && e.schedule().equals("I")), id);
    }
    // No other treaty control carries that day: the entries beyond the part read keep theirs.
    List<String> dated =
        data.substances().stream()
            .flatMap(
                s ->
                    s.controls().stream()
                        .filter(c -> c.since().toString().startsWith("1964-12-13"))
                        .map(c -> s.id().value() + " " + c.schedule()))
            .sorted()
            .toList();
    assertEquals(ids.stream().map(id -> id + " I").sorted().toList(), dated);
  }

  @Test
  void theEntriesAddedAfterTheEditionCarryTheirSchedule() {
    // Oripavine: WHO ECDD 34 recommended Schedule I; dihydroetorphine: WHO recommendation for
    // CND 1999 (membership marked unverified in its source). Neither is in the printed edition.
    for (String id : List.of("oripavine", "dihydroetorphine")) {
      assertSchedules(id, "I");
      assertTrue(edition().stream().noneMatch(e -> e.id().equals(id)), id);
    }
    assertTrue(schedule("dihydroetorphine", "I").source().contains("membership not stated"));
  }

  @Test
  void pentazocineIsInThePrinted1971ScheduleIii() {
    // Convention on Psychotropic Substances 1971, the Dutch treaty database's English text
    // (BWBV0003922): Schedule III, item 6 of 7, the only opioid of that edition's Schedule III.
    Control c =
        data.substance("pentazocine").orElseThrow().controls().stream()
            .filter(x -> x.jurisdiction().equals(Jurisdiction.UN_1971))
            .findFirst()
            .orElseThrow();
    assertEquals("III", c.schedule());
    assertTrue(c.source().contains("BWBV0003922"), c.source());
    assertTrue(c.scope().covers(ListedForm.SALTS));
  }

  private void assertSchedules(String id, String... schedules) {
    List<String> un =
        data.substance(id).orElseThrow().controls().stream()
            .filter(c -> c.jurisdiction().equals(Jurisdiction.UN_1961))
            .map(Control::schedule)
            .sorted()
            .toList();
    assertEquals(List.of(schedules), un, id);
  }

  private Control schedule(String id, String schedule) {
    return data.substance(id).orElseThrow().controls().stream()
        .filter(c -> c.jurisdiction().equals(Jurisdiction.UN_1961) && c.schedule().equals(schedule))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " has no UN-1961 " + schedule));
  }
}
