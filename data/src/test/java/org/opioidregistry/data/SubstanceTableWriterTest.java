package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.substance.Substance;

class SubstanceTableWriterTest {

  @Test
  void theBundledDataSurvivesAWriteAndReadRoundTrip() throws Exception {
    List<Substance> bundled = ReferenceData.bundled().substances();
    StringWriter substances = new StringWriter();
    StringWriter controls = new StringWriter();
    SubstanceTableWriter.writeSubstances(bundled, substances);
    SubstanceTableWriter.writeControls(bundled, controls);
    List<Substance> read =
        SubstanceTableReader.read(
            new StringReader(substances.toString()),
            "substances.tsv",
            new StringReader(controls.toString()),
            "controls.tsv");
    assertEquals(bundled.size(), read.size());
    for (int i = 0; i < bundled.size(); i++) {
      Substance expected = bundled.get(i);
      Substance actual = read.get(i);
      assertEquals(expected.id(), actual.id());
      assertEquals(expected.name(), actual.name());
      assertEquals(expected.synonyms(), actual.synonyms());
      assertEquals(expected.codes(), actual.codes());
      assertEquals(expected.structure(), actual.structure());
      assertEquals(expected.substanceClass(), actual.substanceClass());
      assertEquals(expected.controls(), actual.controls(), expected.id().value());
      assertEquals(expected.notes(), actual.notes());
    }
  }
}
