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

  @Test
  void aGiantLineFailsItsRecordOnlyAndIsNeverHeldInMemory() throws Exception {
    // Issue 11, item 8: one 2.35 GB line made screen and import die with OutOfMemoryError. Here a
    // 3 GB line (generated as read, never in memory) fails record 2; records 1 and 3 are read.
    String good = sdfWithABadSecondRecord();
    String first = good.substring(0, good.indexOf("$$$$") + 5);
    java.io.Reader text =
        new java.io.Reader() {
          private final java.io.Reader head = new StringReader(first + "giant\n  test\n\n");
          private long left = 3L << 30;
          private final java.io.Reader tail = new StringReader("\nM  END\n$$$$\n" + first);

          @Override
          public int read(char[] buffer, int offset, int length) throws java.io.IOException {
            int n = head.read(buffer, offset, length);
            if (n > 0) {
              return n;
            }
            if (left > 0) {
              int m = (int) Math.min(length, left);
              java.util.Arrays.fill(buffer, offset, offset + m, 'C');
              left -= m;
              return m;
            }
            return tail.read(buffer, offset, length);
          }

          @Override
          public void close() {}
        };
    try (SdfReader reader = SdfReader.of(text, ParseLimits.DEFAULT, SdfReader.OnError.CONTINUE)) {
      List<SdfRecord> records = reader.stream().toList();
      assertEquals(3, records.size());
      assertTrue(records.get(0).isValid());
      assertFalse(records.get(1).isValid());
      assertEquals(
          StructureParseException.Reason.TOO_LONG, records.get(1).error().orElseThrow().reason());
      assertTrue(
          records.get(1).describeError().contains("longer than"), records.get(1).describeError());
      assertTrue(records.get(2).isValid());
    }
  }

  @Test
  void recordsWithImpossibleContentFailOneByOneAndTheRestGoOn() throws Exception {
    // Issue 11, item 2: a 40-record screen stopped after record 20. Each kind of content that
    // crashed the tool is one record here, between good ones.
    StringBuilder sdf = new StringBuilder();
    String benzene = HostileStructureInputTest.benzene(0, "");
    List<String> bad =
        List.of(
            HostileStructureInputTest.benzene(6, ""),
            HostileStructureInputTest.benzene(8, ""),
            HostileStructureInputTest.benzene(0, "M  CHG  1   1 999\n"),
            HostileStructureInputTest.benzene(0, "M  ISO  1   1   0\n"),
            HostileStructureInputTest.benzene(0, "M  ISO  1   1 999\n"));
    for (String block : bad) {
      sdf.append(benzene).append("$$$$\n").append(block).append("$$$$\n");
    }
    sdf.append(HostileStructureInputTest.benzene(4, "")).append("$$$$\n");
    try (SdfReader reader =
        SdfReader.of(
            new StringReader(sdf.toString()), ParseLimits.DEFAULT, SdfReader.OnError.CONTINUE)) {
      List<SdfRecord> records = reader.stream().toList();
      assertEquals(2 * bad.size() + 1, records.size());
      for (int i = 0; i < records.size(); i++) {
        assertEquals(i % 2 == 0, records.get(i).isValid(), "record " + (i + 1));
      }
    }
  }
}
