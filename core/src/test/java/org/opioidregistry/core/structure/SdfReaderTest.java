package org.opioidregistry.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.SDFWriter;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

class SdfReaderTest {

  private static final List<String> NAMES = List.of("Fentanyl", "Carfentanil", "Isotonitazene");

  /** Three good records with a bad one (wrong counts line) in the middle. */
  private static String sdfWithABadSecondRecord() throws Exception {
    SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
    StringWriter out = new StringWriter();
    try (SDFWriter writer = new SDFWriter(out)) {
      for (String name : NAMES) {
        IAtomContainer mol = parser.parseSmiles(ReferenceStructures.named(name).smiles());
        mol.setTitle(name);
        mol.setProperty("NAME", name);
        writer.write(mol);
      }
    }
    String text = out.toString();
    int second = text.indexOf("$$$$") + 5;
    return text.substring(0, second)
        + "broken\n  test\n\n  x  1  0  0  0  0  0  0  0  0999 V2000\nM  END\n> <NAME>\nbroken\n\n$$$$\n"
        + text.substring(second);
  }

  @Test
  void aBadRecordIsReportedWithItsNumberAndLineAndTheOthersGoOn() throws Exception {
    String sdf = sdfWithABadSecondRecord();
    try (SdfReader reader =
        SdfReader.of(new StringReader(sdf), ParseLimits.DEFAULT, SdfReader.OnError.CONTINUE)) {
      List<SdfRecord> records = reader.stream().toList();
      assertEquals(4, records.size());
      assertTrue(records.get(0).isValid());
      assertEquals(
          ReferenceStructures.named("Fentanyl").inchiKey(),
          records.get(0).structure().orElseThrow().inchiKey());
      assertEquals("Fentanyl", records.get(0).title());
      assertEquals("Fentanyl", records.get(0).properties().get("NAME"));

      SdfRecord bad = records.get(1);
      assertFalse(bad.isValid());
      assertEquals(2, bad.number());
      assertEquals("broken", bad.properties().get("NAME"));
      int badFirstLine = (int) sdf.substring(0, sdf.indexOf("broken\n")).lines().count() + 1;
      assertEquals(badFirstLine, bad.firstLine());
      assertEquals(badFirstLine + 3, bad.errorLine().getAsInt(), bad.describeError());
      assertTrue(bad.describeError().startsWith("record 2 (line " + (badFirstLine + 3) + ")"));

      assertEquals(
          ReferenceStructures.named("Isotonitazene").inchiKey(),
          records.get(3).structure().orElseThrow().inchiKey());
      assertEquals(4, records.get(3).number());
    }
  }

  @Test
  void stopOnErrorThrowsAtTheBadRecord() throws Exception {
    try (SdfReader reader =
        SdfReader.of(
            new StringReader(sdfWithABadSecondRecord()),
            ParseLimits.DEFAULT,
            SdfReader.OnError.STOP)) {
      assertTrue(reader.next().isValid());
      SdfReader.SdfRecordException e =
          assertThrows(SdfReader.SdfRecordException.class, reader::next);
      assertEquals(2, e.record().number());
      assertFalse(reader.hasNext());
    }
  }

  @Test
  void emptyInputHasNoRecords() throws Exception {
    try (SdfReader reader =
        SdfReader.of(new StringReader("\n\n"), ParseLimits.DEFAULT, SdfReader.OnError.CONTINUE)) {
      assertFalse(reader.hasNext());
    }
  }
}
