package org.opioidregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 10,000-record SMILES file through the real jar, with a malformed record in the middle. */
class ScreenIT {

  /** Records written; the bad one is in the middle. */
  private static final int RECORDS = 10_000;

  private static final int BAD_RECORD = 5_000;

  /** Fentanyl-like amides with varied acyl chains and rings, so that parsing is real work. */
  private static final List<String> ACYL = List.of("CC", "CCC", "C1CC1", "o1cccc1", "COC", "C=C");

  private static final List<String> ARYL =
      List.of("c1ccccc1", "c1ccc(F)cc1", "c1ccccc1F", "c1ccc(C)cc1", "c1ccc(Cl)cc1");

  @Test
  void tenThousandRecordsWithOneBadInTheMiddle(@TempDir Path dir) throws Exception {
    long seed = 20261128L;
    Random random = new Random(seed);
    Path smi = dir.resolve("batch.smi");
    try (BufferedWriter out = Files.newBufferedWriter(smi)) {
      for (int i = 1; i <= RECORDS; i++) {
        if (i == BAD_RECORD) {
          out.write("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2 broken-record\n");
          continue;
        }
        String acyl = ACYL.get(random.nextInt(ACYL.size()));
        String aryl = ARYL.get(random.nextInt(ARYL.size()));
        int chain = 1 + random.nextInt(3);
        out.write(
            acyl + "C(=O)N(" + aryl + ")C1CCN(" + "C".repeat(chain) + "c2ccccc2)CC1 r" + i + "\n");
      }
    }
    JarRunner.Result run = JarRunner.run("screen", "--format", "tsv", smi.toString());

    assertEquals(ExitCode.BAD_INPUT.code(), run.status(), "seed " + seed + ": " + run.err());
    List<String> rows = run.outLines();
    assertEquals(
        RECORDS + 1,
        rows.size(),
        "header + one row per record, the bad one too (seed " + seed + ")");
    assertTrue(rows.get(1).contains("\t1\t"), rows.get(1));
    assertTrue(rows.get(RECORDS).contains("\t" + RECORDS + "\t"), "in input order");
    List<String> problems = run.errLines().stream().filter(l -> l.contains("bad input")).toList();
    assertEquals(1, problems.size(), run.err());
    assertTrue(
        problems
            .get(0)
            .startsWith("opioid-registry: bad input: batch.smi record 5000 (line 5000):"),
        problems.get(0));
    assertTrue(
        run.err()
            .contains("screened batch.smi: 10000 records: 9999 read, 1 bad (first: record 5000)"),
        run.err());
    // No progress bar when standard error is not a terminal.
    assertTrue(!run.err().contains("\r"), "no progress bar on a pipe");
  }
}
