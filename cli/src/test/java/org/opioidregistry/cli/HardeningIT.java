package org.opioidregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.search.Registry;

/**
 * Issue 11, phase 2, one end-to-end test per failure class through the real jar: the exit status,
 * one line on standard error, no stack trace.
 */
class HardeningIT {

  @TempDir Path dir;

  private static void assertOneLine(JarRunner.Result r, String words) {
    List<String> lines = r.errLines();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).contains(words), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void outputToAFullDiskIsAFailureNotASuccess() throws Exception {
    // Item 7: "export --format json" to a full file system exited 0 with the JSON cut short.
    File full = new File("/dev/full");
    Assumptions.assumeTrue(full.exists(), "needs /dev/full (Linux)");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JarRunner.jar().toString());
    command.addAll(List.of("export", "--format", "json"));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(full)
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(JarRunner.GUARD_SECONDS, TimeUnit.SECONDS));
    assertEquals(4, process.exitValue(), err);
    assertTrue(err.contains("cannot write the output"), err);
    assertFalse(err.contains("\tat "), err);
  }

  @Test
  void anExportFileAppearsWholeOrNotAtAll() throws Exception {
    Path json = dir.resolve("all.jsonl");
    JarRunner.Result r = JarRunner.run("export", "--format", "json", "--output", json.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(ReferenceData.bundled().substances().size(), Files.readAllLines(json).size());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(json), files.toList(), "no temporary file left beside it");
    }
  }

  @Test
  void importOfAMissingFileADirectoryOrNonUtf8IsBadInputLikeIdentify() throws Exception {
    // Item 11: these exited 4 where identify exits 3.
    Path registry = dir.resolve("registry");
    assertOneLine(
        bad(
            JarRunner.run(
                "import", dir.resolve("none.tsv").toString(), "--registry", registry.toString())),
        "no such file");
    assertOneLine(
        bad(JarRunner.run("import", dir.toString(), "--registry", registry.toString())),
        "is a directory");
    Path latin1 = dir.resolve("latin1.tsv");
    Files.write(latin1, new byte[] {'i', 'd', (byte) 0xe9, '\n'});
    assertOneLine(
        bad(JarRunner.run("import", latin1.toString(), "--registry", registry.toString())),
        "not UTF-8");
    assertFalse(Files.exists(registry), "a failed import leaves no empty registry behind");
  }

  private static JarRunner.Result bad(JarRunner.Result r) {
    assertEquals(3, r.status(), r.err());
    return r;
  }

  @Test
  void aSecondWriterIsTurnedAwayBeforeReadingItsInput() throws Exception {
    Path registry = dir.resolve("busy");
    Path input = dir.resolve("input.sdf");
    Files.writeString(input, "not\nan\nSD file\n$$$$\n");
    try (Registry writer = Registry.open(registry)) {
      JarRunner.Result r =
          JarRunner.run("import", input.toString(), "--registry", registry.toString());
      assertEquals(4, r.status(), r.err());
      assertOneLine(r, "open for writing elsewhere");
      assertFalse(r.err().contains("write.lock"), "no Lucene internals: " + r.err());
      assertFalse(r.err().contains("record 1"), "the input was not read: " + r.err());
      assertEquals(0, writer.size());
    }
  }

  @Test
  void aDamagedRegistryIsRefusedWithWhatToDo() throws Exception {
    Path registry = dir.resolve("damaged");
    try (Registry r = Registry.open(registry)) {
      r.addAll(ReferenceData.bundled().substances().subList(0, 5));
    }
    Path cfs;
    try (Stream<Path> files = Files.list(registry)) {
      cfs = files.filter(f -> f.toString().endsWith(".cfs")).findFirst().orElseThrow();
    }
    try (RandomAccessFile raf = new RandomAccessFile(cfs.toFile(), "rw")) {
      long middle = raf.length() / 2;
      raf.seek(middle);
      int b = raf.read();
      raf.seek(middle);
      raf.write(b ^ 0x01);
    }
    for (List<String> args :
        List.of(
            List.of("identify", "fentanyl", "--registry", registry.toString()),
            List.of("identify", "fentanyl", "--verify", "--registry", registry.toString()))) {
      JarRunner.Result r = JarRunner.run(args.toArray(String[]::new));
      assertEquals(4, r.status(), r.err());
      assertOneLine(r, "damaged");
      assertTrue(r.err().contains("backup"), r.err());
    }
  }

  @Test
  void controlAndBidiCharactersNeverReachTheTerminalRaw() throws Exception {
    // Item 12: an escape sequence or a right-to-left override in a query or a file's line was
    // printed as it was; it could recolour the terminal or fake a "verdict" line.
    JarRunner.Result r = JarRunner.run("identify", "--mass", "12\u001b[2J\u202e");
    assertEquals(2, r.status(), r.err());
    assertFalse(r.err().contains("\u001b"), r.err());
    assertFalse(r.err().contains("\u202e"), r.err());
    assertTrue(r.err().contains("\\u001B") || r.err().contains("\\u001b"), r.err());
  }

  @Test
  void deepSmilesIsOneBadInputLineNotATrace() throws Exception {
    // Item 1: 10,000 carbons printed a 1,000-line StackOverflowError and exited 1.
    JarRunner.Result r = JarRunner.run("identify", "C".repeat(10_000));
    assertEquals(3, r.status(), r.err());
    assertOneLine(r, "atoms");
  }

  @Test
  void aMolFileWithAromaticBondsIsReadAsBenzene() throws IOException, InterruptedException {
    // Item 2: benzene drawn with MDL aromatic bonds (type 4) crashed with NullPointerException.
    Path benzene = dir.resolve("benzene.mol");
    StringBuilder block =
        new StringBuilder("benzene\n  test\n\n  6  6  0  0  0  0  0  0  0  0999 V2000\n");
    for (int i = 0; i < 6; i++) {
      block.append(
          String.format(
              java.util.Locale.ROOT,
              "%10.4f%10.4f%10.4f C   0  0  0  0  0  0  0  0  0  0  0  0%n",
              Math.cos(i * Math.PI / 3),
              Math.sin(i * Math.PI / 3),
              0.0));
    }
    for (int i = 0; i < 6; i++) {
      block.append(
          String.format(java.util.Locale.ROOT, "%3d%3d%3d  0%n", i + 1, (i + 1) % 6 + 1, 4));
    }
    Files.writeString(benzene, block.append("M  END\n").toString());
    JarRunner.Result ok = JarRunner.run("identify", "--input", benzene.toString());
    assertTrue(ok.status() == 0 || ok.status() == 1, ok.err());
    assertTrue(ok.out().contains("C6H6"), ok.out());
  }
}
