package org.opioidregistry.core.substance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.structure.StructureParser;

class SubstanceModelTest {

  @Test
  void casCheckDigitsAreVerified() {
    // Fentanyl 437-38-7, carfentanil 59708-52-0, water 7732-18-5 (CAS Common Chemistry).
    assertEquals("437387", Code.cas("437-38-7").compactValue());
    Code.cas("59708-52-0");
    Code.cas("7732-18-5");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Code.cas("437-38-8"));
    assertTrue(e.getMessage().contains("check digit 8"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Code.cas("43738-7"));
    new Code(CodeType.LAB_CODE, "R-4263"); // other codes are not checked for form
  }

  @Test
  void controlDatesKeepTheirCertainty() {
    ControlDate exact = ControlDate.parse("2018");
    assertTrue(exact.isVerified());
    assertEquals(OptionalInt.of(2018), exact.year());
    assertEquals("2018", exact.toString());

    ControlDate remembered = ControlDate.parse("2016 (recollection)");
    assertEquals(Certainty.RECOLLECTION, remembered.certainty());
    assertEquals(OptionalInt.of(2016), remembered.year());
    assertFalse(remembered.isVerified());
    assertEquals("2016 (recollection)", remembered.toString());

    ControlDate period = ControlDate.parse("pre-1964 (unverified)");
    assertEquals("pre-1964", period.text());
    assertEquals(Certainty.UNVERIFIED, period.certainty());
    assertEquals(OptionalInt.empty(), period.year());

    ControlDate remark = ControlDate.parse("pre-1961 (original schedule)");
    assertFalse(remark.isVerified(), "a period is not an exact, verified date");
    assertEquals(ControlDate.UNKNOWN, ControlDate.parse(""));
    assertEquals("unknown", ControlDate.UNKNOWN.toString());
  }

  @Test
  void idsAreLowerCaseHyphenatedWords() {
    assertEquals("4-fluoroisobutyrfentanyl", SubstanceId.of("4-fluoroisobutyrfentanyl").value());
    for (String bad : new String[] {"Fentanyl", "alpha methyl", "-x", "x-", "a--b", "", "α-pvp"}) {
      assertThrows(IllegalArgumentException.class, () -> SubstanceId.of(bad), bad);
    }
  }

  @Test
  void jurisdictions() {
    assertEquals(Jurisdiction.UN_1961, Jurisdiction.ofCode("1961"));
    assertTrue(Jurisdiction.UN_1988.isTreaty());
    assertFalse(Jurisdiction.ofCode("US").isTreaty());
    assertThrows(IllegalArgumentException.class, () -> Jurisdiction.ofCode("UN-2001"));
  }

  @Test
  void controlsNeedASource() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Control(Jurisdiction.UN_1961, "I", ControlDate.UNKNOWN, "", " "));
    Control c =
        new Control(
            Jurisdiction.UN_1988, "Table I", ControlDate.parse("2017"), "", "INCB Red List");
    assertEquals("UN-1988 Table I since 2017", c.toString());
  }

  @Test
  void substancesAreImmutableValuesWithACopyingBuilder() {
    Substance fentanyl =
        Substance.builder(
                SubstanceId.of("fentanyl"),
                "Fentanyl",
                StructureParser.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"))
            .addSynonym("fentanil")
            .addSynonym("Fentanyl")
            .addCode(Code.cas("437-38-7"))
            .substanceClass(SubstanceClass.FENTANYL_ANALOGUE)
            .addControl(
                new Control(Jurisdiction.UN_1961, "I", ControlDate.parse("1964"), "", "INCB"))
            .addSource("INCB")
            .build();
    assertEquals(java.util.List.of("fentanil"), fentanyl.synonyms());
    assertTrue(fentanyl.isControlled());
    assertEquals(fentanyl, fentanyl.toBuilder().build());
    Substance renamed = fentanyl.toBuilder().addSynonym("Sublimaze").build();
    assertNotEquals(fentanyl, renamed);
    assertEquals(1, fentanyl.synonyms().size());
    assertThrows(UnsupportedOperationException.class, () -> fentanyl.synonyms().add("x"));
  }

  @Test
  void datesGiveTheDaysBetweenWhichTheyFell() {
    ControlDate day = ControlDate.parse("2020-12-02");
    assertTrue(day.isVerified());
    assertEquals(java.util.Optional.of(LocalDate.of(2020, 12, 2)), day.earliest());
    assertEquals(day.earliest(), day.latest());
    ControlDate year = ControlDate.parse("2016 (recollection)");
    assertEquals(LocalDate.of(2016, 1, 1), year.earliest().orElseThrow());
    assertEquals(LocalDate.of(2016, 12, 31), year.latest().orElseThrow());
    assertEquals(LocalDate.of(2024, 2, 29), ControlDate.parse("2024-02").latest().orElseThrow());
    assertEquals(LocalDate.of(1989, 12, 31), ControlDate.parse("1980s").latest().orElseThrow());
    assertEquals(LocalDate.of(1963, 12, 31), ControlDate.parse("pre-1964").latest().orElseThrow());
    assertTrue(ControlDate.parse("pre-1964").earliest().isEmpty());
    assertTrue(ControlDate.UNKNOWN.latest().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> ControlDate.parse("2019-02-30"));
    assertThrows(
        IllegalArgumentException.class, () -> new ControlDate("1980s", Certainty.VERIFIED));
  }

  @Test
  void instrumentsKeepTheirCertainty() {
    Instrument i = Instrument.parse("CND decision 58/1 (unverified)");
    assertEquals("CND decision 58/1", i.citation());
    assertEquals(Certainty.UNVERIFIED, i.certainty());
    assertEquals("CND decision 58/1 (unverified)", i.toString());
    assertTrue(Instrument.parse("84 FR 12345").isVerified());
    assertEquals(Instrument.NONE, Instrument.parse(" "));
    assertThrows(IllegalArgumentException.class, () -> new Instrument("", Certainty.VERIFIED));
  }

  @Test
  void inForceOnADayAsFarAsTheDatesTell() {
    Control c = new Control(Jurisdiction.UN_1961, "I", ControlDate.parse("2017-10-18"), "", "test");
    assertEquals(InForce.NOT_YET, c.inForceOn(LocalDate.of(2017, 10, 17)));
    assertEquals(InForce.IN_FORCE, c.inForceOn(LocalDate.of(2017, 10, 18)));
    Control ended =
        c.withEnd(ControlDate.parse("2020-06"), Instrument.parse("CND decision 63/1 (unverified)"));
    assertTrue(ended.hasEnded());
    assertEquals(InForce.IN_FORCE, ended.inForceOn(LocalDate.of(2020, 5, 31)));
    assertEquals(InForce.UNCERTAIN, ended.inForceOn(LocalDate.of(2020, 6, 15)));
    assertEquals(InForce.ENDED, ended.inForceOn(LocalDate.of(2020, 6, 30)));
    Control year = new Control(Jurisdiction.UN_1961, "I", ControlDate.parse("2018"), "", "test");
    assertEquals(InForce.UNCERTAIN, year.inForceOn(LocalDate.of(2018, 6, 1)));
    assertTrue(year.inForceOn(LocalDate.of(2018, 6, 1)).possiblyInForce());
    assertEquals(InForce.IN_FORCE, year.inForceOn(LocalDate.of(2019, 1, 1)));
    Control unknown = new Control(Jurisdiction.UN_1961, "I", ControlDate.UNKNOWN, "", "test");
    assertEquals(InForce.UNCERTAIN, unknown.inForceOn(LocalDate.of(2000, 1, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> c.withEnd(ControlDate.parse("2016"), Instrument.NONE),
        "an end before the start");
    assertEquals("UN-1961 Schedule I since 2017-10-18 until 2020-06", ended.toString());
  }

  @Test
  void aListingScopeNamesItsFormsAndExceptions() {
    Exclusion dxm =
        new Exclusion(
            SubstanceId.of("dextromethorphan"), "Dextromethorphan", "MKXZASYAUGDDCJ-NJAFHUGGSA-N");
    ListingScope scope =
        ListingScope.of(EnumSet.of(ListedForm.ISOMERS, ListedForm.SALTS), List.of(dxm));
    assertTrue(scope.coversStereoisomers());
    assertTrue(scope.covers(ListedForm.SALTS));
    assertFalse(scope.covers(ListedForm.ESTERS));
    assertTrue(scope.excludes("MKXZASYAUGDDCJ-NJAFHUGGSA-N"));
    assertFalse(scope.excludes("JAQUASYNZVUNQP-USXIJHARSA-N"));
    assertEquals("isomers|salts", scope.formsNotation());
    assertFalse(ListingScope.NAMED_ONLY.coversStereoisomers());
    Control c =
        new Control(Jurisdiction.UN_1961, "I", ControlDate.UNKNOWN, "", "test").withScope(scope);
    assertEquals(scope, c.scope());
  }

  @Test
  void aSubstanceMayHaveNoStructure() {
    Substance opium =
        Substance.builder(SubstanceId.of("opium"), "Opium")
            .addControl(new Control(Jurisdiction.UN_1961, "I", ControlDate.UNKNOWN, "", "test"))
            .build();
    assertTrue(opium.structure().isEmpty());
    assertFalse(opium.hasStructure());
    assertEquals("opium (Opium) no structure", opium.toString());
    assertEquals(opium, opium.toBuilder().build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Substance.builder(SubstanceId.of("opium"), "Opium")
                .structureCheck(
                    new StructureCheck(
                        StructureCheck.Method.OPSIN_LEGAL_NAME,
                        StructureCheck.Agreement.FULL_KEY,
                        "opium")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new StructureCheck(
                StructureCheck.Method.CITED_RECORD, StructureCheck.Agreement.NONE, "PubChem"));
    assertEquals(
        "opsin-skeleton",
        new StructureCheck(
                StructureCheck.Method.OPSIN_LEGAL_NAME, StructureCheck.Agreement.SKELETON, "x")
            .notation());
  }
}
