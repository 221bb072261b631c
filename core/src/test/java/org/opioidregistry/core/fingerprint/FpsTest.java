package org.opioidregistry.core.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FpsTest {

  private static List<FpsRecord> readAll(String text) throws IOException {
    try (FpsReader r = FpsReader.open(new StringReader(text))) {
      List<FpsRecord> out = new ArrayList<>();
      for (FpsRecord rec; (rec = r.next()) != null; ) {
        out.add(rec);
      }
      return out;
    }
  }

  @Test
  void roundTripsRandomFingerprintsThroughAFile(@TempDir Path dir) throws IOException {
    long seed = Long.getLong("test.seed", System.nanoTime());
    System.out.println("FpsTest seed: -Dtest.seed=" + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int bits : new int[] {166, 881, 1024, 2048, 7}) {
      List<FpsRecord> records = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        records.add(new FpsRecord("mol " + i, FingerprintTest.random(rnd, bits, 60)));
      }
      Path file = dir.resolve("fp" + bits + ".fps");
      FpsHeader header = new FpsHeader(bits, "test/" + bits, "unit test", "a\nb", "2026-01-01");
      try (FpsWriter w = new FpsWriter(Files.newBufferedWriter(file), header)) {
        for (FpsRecord r : records) {
          w.write(r);
        }
      }
      assertEquals(records, FpsReader.readAll(file), "seed " + seed);
      try (FpsReader r = FpsReader.open(file)) {
        assertEquals(header, r.header());
      }
    }
  }

  @Test
  void writesTheChemfpLayout() throws IOException {
    StringWriter out = new StringWriter();
    try (FpsWriter w = new FpsWriter(out, FpsHeader.of(FingerprintType.MACCS))) {
      w.write("x", Fingerprint.of(166, 0, 9, 165));
    }
    assertEquals(
        "#FPS1\n#num_bits=166\n#type=maccs/166/cdk-2.12\n#software=opioid-registry\n"
            + "010200000000000000000000000000000000000020\tx\n",
        out.toString());
  }

  @Test
  void readsChemfpOutputWithExtraFieldsAndUnknownHeaders() throws IOException {
    String text =
        "#FPS1\n#num_bits=16\n#type=RDKit-Morgan/1 radius=2 fpSize=16\n#software=RDKit/2022.09.5\n"
            + "#aromaticity=openeye\n#date=2026-01-01T00:00:00\n"
            + "0180\tfirst\textra\n\n00ff\tsecond\r\n";
    List<FpsRecord> recs = readAll(text);
    assertEquals(2, recs.size());
    assertEquals(new FpsRecord("first", Fingerprint.of(16, 0, 15)), recs.get(0));
    assertEquals(Fingerprint.of(16, 8, 9, 10, 11, 12, 13, 14, 15), recs.get(1).fingerprint());
    try (FpsReader r = FpsReader.open(new StringReader(text))) {
      assertEquals("RDKit-Morgan/1 radius=2 fpSize=16", r.header().type());
      assertNull(r.header().source());
    }
  }

  @Test
  void infersTheBitLengthWithoutAHeader() throws IOException {
    List<FpsRecord> recs = readAll("0f00\ta\n");
    assertEquals(16, recs.get(0).fingerprint().bitLength());
  }

  @Test
  void namesTheBadLine() {
    assertBadLine("#FPS1\n#num_bits=16\n0000\tok\n00\tshort\n", 4, "hex digits");
    assertBadLine("#FPS1\n#num_bits=16\n0000\tok\n00zz\tbad\n", 4, "hex digit");
    assertBadLine("#FPS1\n#num_bits=16\n0000 no-tab\n", 3, "no tab");
    assertBadLine("#FPS1\n#num_bits=16\n0000\t\n", 3, "empty identifier");
    assertBadLine("#FPS1\n#num_bits=12\nfff0\tx\n", 3, "beyond");
    assertBadLine("#FPS1\n#num_bits=sixteen\n", 2, "not a number");
    assertBadLine("#FPS2\n", 1, "#FPS1");
    assertBadLine("#FPS1\n#num_bits=16\n0000\ta\n#type=late\n", 4, "header line");
  }

  private static void assertBadLine(String text, long line, String reason) {
    FpsFormatException e = assertThrows(FpsFormatException.class, () -> readAll(text));
    assertEquals(line, e.lineNumber(), e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
    assertTrue(e.getMessage().startsWith("FPS line " + line + ": "), e.getMessage());
  }

  @Test
  void writerRejectsBadRecords() throws IOException {
    FpsWriter w = new FpsWriter(new StringWriter(), new FpsHeader(16, null, null, null, null));
    assertThrows(IllegalArgumentException.class, () -> w.write("a\tb", Fingerprint.of(16)));
    assertThrows(IllegalArgumentException.class, () -> w.write("", Fingerprint.of(16)));
    assertThrows(IllegalArgumentException.class, () -> w.write("a", Fingerprint.of(8)));
  }
}
