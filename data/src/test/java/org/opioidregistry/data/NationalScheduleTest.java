package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.substance.Certainty;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.InForce;
import org.opioidregistry.core.substance.Substance;

/**
 * The registry against the national lists as printed: every entry of each fixture is registered
 * with its listing, except the entries the fixture names with their reason, and the counts are
 * those of the texts cited (DATA.md, "National schedules"):
 *
 * <ul>
 *   <li>{@code us-21cfr1308-ecfr.tsv}: 21 CFR 1308.11-1308.15, the eCFR copy
 *       github:MichalOpoka/ecfr (1308.11-12 at 1259d5b, text through 87 FR 21561 of 2022-04-12);
 *   <li>{@code cn-lists-benzyl-titanium.tsv}: China's 2013 narcotic drugs list (121 items) and the
 *       opioid entries of the supplementary-list announcements of 2015-2025, as transcribed in
 *       github:Benzyl-titanium/Structural-formula e184473;
 *   <li>{@code gb-mda1971-schedule2-seen.tsv}: the parts of the Misuse of Drugs Act 1971, Schedule
 *       2, that a stored copy showed.
 * </ul>
 */
class NationalScheduleTest {

  private final ReferenceData data = ReferenceData.bundled();

  @Test
  void everyUsEntryIsRegisteredWithItsScheduleParagraphAndCode() {
    Map<String, Integer> printed = new TreeMap<>();
    Map<String, Integer> registered = new TreeMap<>();
    for (BundledFiles.Numbered row : BundledFiles.records("us-21cfr1308-ecfr.tsv")) {
      String section = row.get("section");
      printed.merge(section, 1, Integer::sum);
      registered.merge(section, 0, Integer::sum);
      if (row.get("id").startsWith("-")) {
        continue;
      }
      Control c = control(row.get("id"), "US", row.get("schedule"), row.get("paragraph"));
      if (!row.get("code").isEmpty()) {
        assertTrue(c.source().contains(row.get("code")), () -> row.fields() + ": " + c.source());
      }
      registered.merge(section, 1, Integer::sum);
    }
    // Opioid entries printed (and coca leaf, cocaine, ecgonine, ANPP, norfentanyl, which the
    // registry holds): 1308.11 (b) 91, (c) 23, (h) 9; 1308.12 (b) 24, (c) 30, (g)(3) 2;
    // 1308.13 (d) 1, (e) 7; 1308.14 (b) 3, (g) 3; 1308.15 (c) 6 preparations.
    assertEquals(
        Map.of("1308.11", 123, "1308.12", 56, "1308.13", 8, "1308.14", 6, "1308.15", 6), printed);
    // Not registered: 3 opium derivatives of (c) (codeine methylbromide, a quaternary salt no
    // structure was entered for; morphine methylsulfonate, a salt of morphine; cyprenorphine), the
    // fentanyl-related class (h)(30), poppy straw, thiafentanil, and the 13 preparations of limited
    // strength.
    assertEquals(
        Map.of("1308.11", 119, "1308.12", 54, "1308.13", 2, "1308.14", 5, "1308.15", 0),
        registered);
  }

  @Test
  void everyUsOrderAfterTheEditionIsRegisteredWithItsEffectiveDate() {
    Map<String, Integer> actions = new TreeMap<>();
    int registered = 0;
    for (BundledFiles.Numbered row : BundledFiles.records("us-federal-register-2022.tsv")) {
      actions.merge(row.get("action"), 1, Integer::sum);
      if (row.get("id").startsWith("-")) {
        continue;
      }
      Substance s = data.substance(row.get("id")).orElseThrow(() -> new AssertionError(row));
      List<Control> byOrder =
          s.controls().stream()
              .filter(c -> c.jurisdiction().code().equals("US"))
              .filter(c -> c.instrument().toString().contains(row.get("fr_doc")))
              .toList();
      assertEquals(1, byOrder.size(), () -> row.fields() + ": " + s.controls());
      Control c = byOrder.get(0);
      assertEquals("I", c.schedule(), () -> row.fields().toString());
      // The order's own date, verified: a stored copy of the document was read.
      assertEquals(row.get("effective"), c.since().toString(), () -> row.fields().toString());
      assertEquals(Certainty.VERIFIED, c.since().certainty(), () -> row.fields().toString());
      registered++;
    }
    // DATA.md, "National schedules": 24 entries of the documents read; 14 are controls of
    // registered substances (brorphine, the three permanent nitazenes of 2024, six temporary
    // listings, the four permanent nitazenes of 2026).
    assertEquals(Map.of("extension", 1, "permanent", 11, "statute", 1, "temporary", 11), actions);
    assertEquals(14, registered);
    // A temporary listing made permanent ends on the permanent rule's effective date.
    Control temporary = control("flunitazene", "US", "I", "(h)(52)");
    assertEquals(InForce.ENDED, temporary.inForceOn(LocalDate.of(2025, 1, 1)));
  }

  @Test
  void everyChineseEntryIsRegisteredWithItsList() {
    Map<String, Integer> printed = new TreeMap<>();
    Map<String, Integer> registered = new TreeMap<>();
    for (BundledFiles.Numbered row : BundledFiles.records("cn-lists-benzyl-titanium.tsv")) {
      String list = row.get("list").equals("2013") ? "narcotic" : "supplementary";
      printed.merge(list, 1, Integer::sum);
      if (row.get("id").startsWith("-")) {
        continue;
      }
      Control c = control(row.get("id"), "CN", list, "item " + row.get("item") + ":");
      assertTrue(c.source().contains(row.get("chinese")), c::source);
      registered.merge(list, 1, Integer::sum);
    }
    // The 2013 list has 121 items; the supplementary lists add 27 opioids by name and two
    // classes (fentanyl-related substances 2019, nitazenes 2025).
    assertEquals(Map.of("narcotic", 121, "supplementary", 29), printed);
    // Not registered: poppy shell; and the two classes. Bucinnazine (item 120) is registered on
    // the UK entry AP-237 (S.I. 2024/1361), whose chemical name gives its structure.
    assertEquals(Map.of("narcotic", 120, "supplementary", 27), registered);
  }

  @Test
  void everyUkEntrySeenIsRegisteredWithItsClass() {
    Map<String, Integer> seen = new TreeMap<>();
    for (BundledFiles.Numbered row : BundledFiles.records("gb-mda1971-schedule2-seen.tsv")) {
      seen.merge("Class " + row.get("class"), 1, Integer::sum);
      if (!row.get("id").startsWith("-")) {
        control(row.get("id"), "GB", "Class " + row.get("class"), row.get("printed"));
      }
    }
    // Part I paragraph 1(a) as far as the copies showed it (71 opioid and coca entries in the 1991
    // and latest texts; 17 rows more from the text as at 2020-12-01, Dihydroetorphine to
    // Levorphanol with Fentanyl, Isomethadone and Lofentanil), the
    // entries of the amending Orders read (S.I. 1973/771, 2011/744, 2017/634, 2024/190, 2024/1361)
    // and the entries they name as places of insertion (25 in Class A, 2 in Class B), and the
    // BNF's Class B (5) and Class C (2) opioids; the latest revised text of Part II (10 opioids)
    // and the Orders that put buprenorphine (S.I. 1989/1340) and tramadol (S.I. 2014/1106) in
    // Part III; and from the revised text as at 2025-01-15 (copy github:legalize-dev/legalize-uk),
    // the entries no earlier text showed: Thebacon, Thebaine, Tilidate, Trimeperidine,
    // Remifentanil, the four 1961 intermediates of paragraph 1(a), pethidine intermediate C as
    // the copy prints it (the Order's anchor has a typing error), and in Part III
    // Dextropropoxyphene and Oripavine. S.I. 2024/1361's AP-237, AP-238, azaprocin,
    // para-methyl-AP-237 and para-nitroazaprocin are a row each, registered from the chemical
    // names printed (the last four were one row until session 7).
    assertEquals(Map.of("Class A", 127, "Class B", 17, "Class C", 6), seen);
  }

  @Test
  void nationalFilesHoldOnlyWhatTheirTextsDate() {
    for (Substance s : data.substances()) {
      for (Control c : s.controls()) {
        if (c.jurisdiction().code().equals("GB") && c.since().isVerified()) {
          // A UK date is verified only by the amending Order that inserted the entry.
          assertTrue(c.instrument().toString().contains("inserted by S.I. "), s + " " + c);
          assertTrue(c.source().contains("force"), s + " " + c);
        }
        if (c.jurisdiction().code().equals("CN") && c.since().isVerified()) {
          // The transcription's dates stay unverified unless UNODC's record of China's
          // legislation names the substance and the day.
          assertTrue(c.source().contains("verified by UNODC"), s + " " + c);
        }
        if (c.jurisdiction().code().equals("US") && c.since().isVerified()) {
          // A US date is verified only by the Federal Register rule that made the listing.
          assertTrue(c.instrument().toString().contains(" FR "), s + " " + c);
          assertTrue(c.source().contains("ffective"), s + " " + c);
        }
      }
    }
    Map<String, Map<Certainty, Long>> certainty = new TreeMap<>();
    for (Substance s : data.substances()) {
      for (Control c : s.controls()) {
        if (!c.jurisdiction().isTreaty()) {
          certainty
              .computeIfAbsent(c.jurisdiction().code(), k -> new TreeMap<>())
              .merge(c.since().certainty(), 1L, Long::sum);
        }
      }
    }
    // DATA.md, "National schedules": 189 US controls (23 dated by a Federal Register document),
    // 136 GB controls (21 dated by the Order that inserted them) and 148 CN controls (12 dated by
    // UNODC's record of China's legislation).
    assertEquals(
        Map.of(
            "US", Map.of(Certainty.VERIFIED, 23L, Certainty.UNVERIFIED, 166L),
            "GB", Map.of(Certainty.VERIFIED, 21L, Certainty.UNVERIFIED, 115L),
            "CN", Map.of(Certainty.VERIFIED, 12L, Certainty.UNVERIFIED, 136L)),
        certainty);
    assertEquals("2022-04-12", control("flunitazene", "US", "I", "(h)(52)").since().toString());
    assertEquals("2021-03-01", control("brorphine", "US", "I", "(h)(49)").since().toString());
    assertEquals("2015-12-17", control("eluxadoline", "US", "IV", "(g)(3)").since().toString());
  }

  @Test
  void theSubstancesALaboratoryMeetsMostCarryTheirNationalListings() {
    assertSchedule("heroin", "US", "I");
    assertSchedule("fentanyl", "US", "II");
    assertSchedule("oxycodone", "US", "II");
    assertSchedule("buprenorphine", "US", "III");
    assertSchedule("tramadol", "US", "IV");
    assertSchedule("heroin", "GB", "Class A");
    assertSchedule("codeine", "GB", "Class B");
    assertSchedule("tramadol", "GB", "Class C");
    assertSchedule("morphine", "CN", "narcotic");
    assertSchedule("brorphine", "CN", "supplementary");
    // Etorphine: Schedule I in the US except its hydrochloride, which is in Schedule II.
    assertSchedule("etorphine", "US", "I");
    assertSchedule("etorphine", "US", "II");
  }

  private void assertSchedule(String id, String jurisdiction, String schedule) {
    control(id, jurisdiction, schedule, "");
  }

  /** The control of a substance in a jurisdiction and schedule whose source names the text. */
  private Control control(String id, String jurisdiction, String schedule, String sourceText) {
    Substance s = data.substance(id).orElseThrow(() -> new AssertionError(id + " missing"));
    List<Control> found =
        s.controls().stream()
            .filter(c -> c.jurisdiction().code().equals(jurisdiction))
            .filter(c -> c.schedule().equals(schedule))
            .filter(c -> c.source().contains(sourceText))
            .toList();
    assertEquals(
        1,
        found.size(),
        () ->
            id
                + " "
                + jurisdiction
                + " "
                + schedule
                + " '"
                + sourceText
                + "': "
                + s.controls().stream().map(Function.<Control>identity()).toList());
    return found.get(0);
  }
}
