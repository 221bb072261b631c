package org.opioidregistry.core.substance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
