package org.opioidregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opioidregistry.identify.ScreenRow;
import org.opioidregistry.parquet.ScreenParquetReader;

/**
 * {@code screen --format parquet --output FILE} through the real jar (which carries no Hadoop):
 * read back with Parquet's reader, the file holds the TSV screen's rows of the same input, row for
 * row and column for column, the bad record's error row too; its footer names the software,
 * registry and settings; a screen that cannot write leaves nothing behind.
 */
class ScreenParquetIT {

  private static final List<String> ACYL = List.of("CC", "CCC", "C1CC1", "o1cccc1", "COC", "C=C");

  private static final List<String> ARYL =
      List.of("c1ccccc1", "c1ccc(F)cc1", "c1ccccc1F", "c1ccc(C)cc1", "c1ccc(Cl)cc1");

  /** Fentanyl-like amides, a few unrelated structures, a salt, and one unreadable record. */
  private static Path input(Path dir) throws Exception {
    Random random = new Random(20261201L);
    Path smi = dir.resolve("batch.smi");
    try (BufferedWriter out = Files.newBufferedWriter(smi)) {
      out.write("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl fentanyl hydrochloride\n");
      out.write("CN1C=NC2=C1C(=O)N(C(=O)N2C)C caffeine\n");
      for (int i = 1; i <= 300; i++) {
        if (i == 150) {
          out.write("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2 broken-record\n");
        }
        String acyl = ACYL.get(random.nextInt(ACYL.size()));
        String aryl = ARYL.get(random.nextInt(ARYL.size()));
        String chain = "C".repeat(1 + random.nextInt(3));
        out.write(acyl + "C(=O)N(" + aryl + ")C1CCN(" + chain + "c2ccccc2)CC1 r" + i + "\n");
      }
    }
    return smi;
  }

  @Test
  void theParquetFileHoldsTheTsvScreenRowForRow(@TempDir Path dir) throws Exception {
    Path smi = input(dir);
    Path parquet = dir.resolve("screen.parquet");
    JarRunner.Result tsv = JarRunner.run("screen", "--format", "tsv", smi.toString());
    JarRunner.Result run =
        JarRunner.run(
            "screen", "--format", "parquet", "--output", parquet.toString(), smi.toString());

    assertEquals(ExitCode.BAD_INPUT.code(), tsv.status(), tsv.err());
    assertEquals(ExitCode.BAD_INPUT.code(), run.status(), run.err());
    assertTrue(run.out().isEmpty(), "the rows go to the file: " + run.out());
    List<String> expected = tsv.outLines();
    List<ScreenRow> rows = ScreenParquetReader.readAll(parquet);
    assertEquals(String.join("\t", ScreenRow.COLUMNS), expected.get(0), "same columns");
    assertEquals(expected.size() - 1, rows.size(), "one row per record, the bad one too");
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(expected.get(i + 1), tsvLine(rows.get(i)), "record " + (i + 1));
    }
    assertTrue(rows.stream().anyMatch(r -> r.error().isPresent()), "the error row");
    assertTrue(rows.stream().anyMatch(r -> !r.listed().isEmpty()), "a listed row");
    Map<String, String> footer = ScreenParquetReader.metadata(parquet);
    assertTrue(
        footer.get("opioid-registry.settings").startsWith("fingerprint=ecfp4/2048/"),
        footer.toString());
    assertEquals(
        64, footer.get("opioid-registry.registry_content_hash").length(), footer.toString());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "the input and the file, no temporary one");
    }
  }

  @Test
  void parquetNeedsAFileAndIsForScreenOnly(@TempDir Path dir) throws Exception {
    Path smi = input(dir);
    JarRunner.Result noFile = JarRunner.run("screen", "--format", "parquet", smi.toString());
    assertEquals(ExitCode.USAGE.code(), noFile.status(), noFile.err());
    assertTrue(noFile.err().contains("--output FILE"), noFile.err());
    JarRunner.Result identify = JarRunner.run("identify", "--format", "parquet", "fentanyl");
    assertEquals(ExitCode.USAGE.code(), identify.status(), identify.err());
    assertTrue(identify.err().contains("--format parquet is for screen"), identify.err());
  }

  @Test
  void aScreenThatCannotWriteLeavesNothing(@TempDir Path dir) throws Exception {
    Path smi = input(dir);
    Path missing = dir.resolve("no-such-directory").resolve("screen.parquet");
    JarRunner.Result run =
        JarRunner.run(
            "screen", "--format", "parquet", "--output", missing.toString(), smi.toString());
    assertEquals(ExitCode.FAILURE.code(), run.status(), run.err());
    assertEquals(1, run.errLines().stream().filter(l -> l.contains("error:")).count(), run.err());
    assertFalse(Files.exists(missing.getParent()));
  }

  /** A row as the TSV writer prints it: masses to four decimals, scores to two. */
  private static String tsvLine(ScreenRow r) {
    List<String> cells = new ArrayList<>();
    cells.add(r.query());
    cells.add(r.detectedAs().orElse(""));
    cells.add(r.record().isPresent() ? Long.toString(r.record().getAsLong()) : "");
    cells.add(r.smiles().orElse(""));
    cells.add(r.inchiKey().orElse(""));
    cells.add(r.formula().orElse(""));
    cells.add(
        r.monoisotopicMass().isPresent()
            ? String.format(Locale.ROOT, "%.4f", r.monoisotopicMass().getAsDouble())
            : "");
    cells.add(String.join(", ", r.removed()));
    cells.add(r.verdict().map(Enum::name).orElse(""));
    cells.add(links(r.listed()));
    cells.add(
        r.similar().stream()
            .map(s -> s.id() + " " + String.format(Locale.ROOT, "%.2f", s.score()))
            .collect(Collectors.joining(", ")));
    cells.add(links(r.classDefinitions()));
    cells.add(links(r.candidates()));
    cells.add(links(r.nameMatches()));
    cells.add(String.join("; ", r.warnings()));
    cells.add(r.error().orElse(""));
    return cells.stream()
        .map(c -> c.replace('\t', ' ').replace('\r', ' ').replace('\n', ' '))
        .collect(Collectors.joining("\t"));
  }

  private static String links(List<ScreenRow.Link> links) {
    return links.stream()
        .map(l -> l.id() + " (" + l.kind() + ")")
        .collect(Collectors.joining(", "));
  }
}
