package org.opioidregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command run in-process with no registry ({@link IdentifierFactory#NONE}): detection, parsing,
 * reports, exit codes and error lines, without the cost of loading the bundled data. The end-to-end
 * tests (*IT) run the real jar on real registries.
 */
class MainTest {

  private static final String FENTANYL = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
    List<String> errLines() {
      return err.lines().filter(l -> !l.startsWith("opioid-registry: note:")).toList();
    }
  }

  static Run runWithInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment env =
        new Environment(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out),
            new PrintWriter(err),
            false,
            IdentifierFactory.NONE);
    int status = new Main(env).run(args);
    return new Run(status, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return runWithInput("", args);
  }

  @Test
  void smilesReportsItsStructureInJson() {
    Run run = run("identify", "--format", "json", FENTANYL + ".Cl");
    String json = run.out().strip();
    assertTrue(
        json.startsWith("{\"query\":\"" + FENTANYL + ".Cl\",\"detectedAs\":\"SMILES\""), json);
    assertTrue(json.contains("\"inchikey\":\"PJMPHNIQZUBGLI-UHFFFAOYSA-N\""), json);
    assertTrue(json.contains("\"formula\":\"C22H28N2O\""), json);
    assertTrue(json.contains("\"monoisotopicMass\":336.220164"), json);
    assertTrue(json.contains("\"removed\":[\"hydrogen chloride\"]"), json);
    assertTrue(json.contains("\"verdict\":null"), "no registry, no verdict: " + json);
    assertTrue(run.err().contains("no registry is available"), run.err());
    // Nothing was searched, so nothing was found.
    assertEquals(ExitCode.NOTHING_FOUND.code(), run.status());
  }

  @Test
  void tableAndTsv() {
    Run table = run("identify", FENTANYL);
    assertTrue(table.out().contains("inchikey     PJMPHNIQZUBGLI-UHFFFAOYSA-N"), table.out());
    Run tsv = run("identify", "--format", "TSV", FENTANYL, "C22H28N2O");
    List<String> lines = tsv.out().lines().toList();
    assertEquals(3, lines.size(), tsv.out());
    assertTrue(lines.get(0).startsWith("query\tdetected_as\trecord\tsmiles\tinchikey"));
    assertTrue(lines.get(1).contains("\tPJMPHNIQZUBGLI-UHFFFAOYSA-N\tC22H28N2O\t336.2202\t"));
    assertTrue(lines.get(2).startsWith("C22H28N2O\tFORMULA\t"));
  }

  @Test
  void systematicNameGoesThroughOpsin() {
    Run run =
        run(
            "identify",
            "--format",
            "json",
            "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide");
    assertTrue(run.out().contains("\"detectedAs\":\"NAME\""), run.out());
    assertTrue(run.out().contains("\"inchikey\":\"PJMPHNIQZUBGLI-UHFFFAOYSA-N\""), run.out());
    assertTrue(run.out().contains("\"structureSource\":\"OPSIN\""), run.out());
  }

  @Test
  void massQueryComputesTheNeutralWindow() {
    Run run = run("identify", "--format", "json", "--mass", "337.2274", "--adduct", "[M+H]+");
    assertTrue(run.out().contains("\"detectedAs\":\"MASS\""), run.out());
    assertTrue(run.out().contains("\"adduct\":\"[M+H]+\""), run.out());
    assertTrue(run.out().contains("\"neutralMass\":336.220124"), run.out());
    assertTrue(run.out().contains("\"ppm\":5"), run.out());
  }

  @Test
  void badInputIsOneLineNamingQueryWhatAndWhere() {
    Run run = run("identify", "CCC(=O)N(c1ccccc1");
    assertEquals(ExitCode.BAD_INPUT.code(), run.status());
    assertEquals(1, run.errLines().size(), run.err());
    String line = run.errLines().get(0);
    assertTrue(
        line.startsWith("opioid-registry: bad input: 'CCC(=O)N(c1ccccc1': Invalid SMILES"), line);
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void badCasCheckDigit() {
    Run run = run("identify", "437-38-8");
    assertEquals(ExitCode.BAD_INPUT.code(), run.status());
    assertEquals(
        List.of(
            "opioid-registry: bad input: '437-38-8': CAS RN '437-38-8' has check digit 8; its"
                + " digits give 7"),
        run.errLines());
  }

  @Test
  void badFormulaNamesThePosition() {
    // A formula-looking query with a wrong element is not valid SMILES either: reported as SMILES.
    Run run = run("identify", "C22H28N2O", "C[Xx]C");
    assertEquals(ExitCode.BAD_INPUT.code(), run.status());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.errLines().get(0).contains("'Xx'"), run.err());
    assertTrue(run.out().contains("C22H28N2O"), "the good query is still reported");
  }

  @Test
  void debugAddsTheStackTrace() {
    Run run = run("identify", "--debug", "CCC(=O");
    assertEquals(ExitCode.BAD_INPUT.code(), run.status());
    assertTrue(run.err().contains("StructureParseException"), run.err());
  }

  @Test
  void usageErrorsExitWith2() {
    assertEquals(ExitCode.USAGE.code(), run("identify").status());
    assertEquals(ExitCode.USAGE.code(), run("identify", "--bogus", "CCO").status());
    assertEquals(ExitCode.USAGE.code(), run("identify", "--adduct", "[M+H]+", "CCO").status());
    Run adduct = run("identify", "--mass", "300", "--adduct", "[M+K]+");
    assertEquals(ExitCode.USAGE.code(), adduct.status());
    assertTrue(adduct.err().contains("supported: [M]+, [M+H]+"), adduct.err());
    assertEquals(ExitCode.USAGE.code(), run().status());
    assertEquals(ExitCode.USAGE.code(), run("frobnicate").status());
    assertEquals(2, run("identify", "--ppm", "5").err().lines().count());
  }

  @Test
  void emptyQueryIsBadInput() {
    Run run = run("identify", "  ");
    assertEquals(ExitCode.BAD_INPUT.code(), run.status());
    assertEquals(List.of("opioid-registry: bad input: '': the query is empty"), run.errLines());
  }

  @Test
  void standardInputLinesAreDetectedOneByOne(@TempDir Path dir) {
    Run run =
        runWithInput(
            FENTANYL + "\n# comment\n\nC22H28N2O\nCCC(=O\n", "identify", "--format", "tsv", "-");
    assertEquals(ExitCode.BAD_INPUT.code(), run.status());
    List<String> rows = run.out().lines().toList();
    assertEquals(3, rows.size(), run.out());
    assertTrue(rows.get(1).contains("\tSMILES\t1\t"), rows.get(1));
    assertTrue(rows.get(2).contains("\tFORMULA\t2\t"), rows.get(2));
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(
        run.errLines()
            .get(0)
            .startsWith("opioid-registry: bad input: standard input record 3 (line 5): 'CCC(=O'"),
        run.err());
  }

  @Test
  void sdfFileRecordsAndABadOne(@TempDir Path dir) throws Exception {
    String good = molBlock("ethanol", "C", "C", "O");
    String bad = molBlock("bad one", "C", "Qq", "O");
    Path sdf = dir.resolve("batch.sdf");
    Files.writeString(sdf, good + "$$$$\n" + bad + "$$$$\n" + good + "$$$$\n");
    Run run = run("identify", "--format", "json", sdf.toString());
    assertEquals(ExitCode.BAD_INPUT.code(), run.status());
    assertEquals(2, run.out().lines().count(), run.out());
    assertTrue(run.out().contains("\"record\":3"), run.out());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(
        run.errLines().get(0).startsWith("opioid-registry: bad input: batch.sdf record 2 (line "),
        run.err());
    assertTrue(run.errLines().get(0).contains("is not a chemical element"), run.err());
  }

  @Test
  void missingFileIsBadInput() {
    Run run = run("identify", "nowhere/none.sdf");
    assertEquals(ExitCode.BAD_INPUT.code(), run.status());
    assertEquals(
        List.of("opioid-registry: bad input: 'nowhere/none.sdf': no such file"), run.errLines());
  }

  @Test
  void screenSummarises(@TempDir Path dir) throws Exception {
    Path smi = dir.resolve("s.smi");
    Files.writeString(smi, FENTANYL + " fentanyl\nCCO ethanol\nC1CC( broken\nCCN\n");
    Run run = run("screen", "--format", "json", smi.toString());
    assertEquals(ExitCode.BAD_INPUT.code(), run.status());
    assertEquals(3, run.out().lines().count(), run.out());
    assertTrue(
        run.err().contains("screened s.smi: 4 records: 3 read, 1 bad (first: record 3)"),
        run.err());
  }

  @Test
  void commandsThatNeedTheRegistrySaySo() {
    Run run = run("similar", FENTANYL, "--threshold", "0.6");
    assertEquals(ExitCode.FAILURE.code(), run.status());
    assertEquals(
        List.of("opioid-registry: error: similar needs a registry, and none is available"),
        run.errLines());
    Run info = run("info", "fentanyl");
    assertEquals(ExitCode.FAILURE.code(), info.status());
    assertTrue(info.err().contains("info needs a registry, and none is available"), info.err());
    Run export = run("export");
    assertEquals(ExitCode.USAGE.code(), export.status());
    assertTrue(export.err().contains("give a directory with --output DIR"), export.err());
    assertEquals(ExitCode.USAGE.code(), run("similar", FENTANYL, "--threshold", "1.5").status());
    assertEquals(
        ExitCode.USAGE.code(), run("similar", FENTANYL, "--fingerprint", "maccs").status());
  }

  private static String molBlock(String title, String a, String b, String c) {
    return title
        + "\n  test\n\n  3  2  0  0  0  0  0  0  0  0999 V2000\n"
        + atom(a)
        + atom(b)
        + atom(c)
        + "  1  2  1  0  0  0  0\n  2  3  1  0  0  0  0\nM  END\n";
  }

  private static String atom(String symbol) {
    return String.format(
        java.util.Locale.ROOT,
        "    0.0000    0.0000    0.0000 %-3s 0  0  0  0  0  0  0  0  0  0  0  0%n",
        symbol);
  }
}
