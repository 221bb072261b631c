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
 * The command run in-process on the bundled registry: how it renders the identify module's {@code
 * Identification} as table, JSON and TSV, its exit codes and its error lines. The end-to-end tests
 * (*IT) run the real jar.
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
            false);
    int status = new Main(env).run(args);
    return new Run(status, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return runWithInput("", args);
  }

  @Test
  void eachSubcommandIsMadeUnderItsOwnNameAndTheRootHelpListsThemAll() {
    Environment env =
        new Environment(
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            false);
    Run help = run("--help");
    new Main(env)
        .subcommands()
        .forEach(
            (name, make) -> {
              assertEquals(
                  name,
                  make.get().getClass().getAnnotation(picocli.CommandLine.Command.class).name());
              assertTrue(help.out().contains("\n  " + name + " "), name + " in\n" + help.out());
            });
  }

  @Test
  void smilesReportsItsStructureAndVerdictInJson() {
    Run run = run("identify", "--format", "json", FENTANYL + ".Cl");
    String json = run.out().strip();
    assertTrue(
        json.startsWith(
            "{\"query\":\"" + FENTANYL + ".Cl\",\"detectedAs\":\"SMILES\",\"verdict\":\"LISTED\""),
        json);
    assertTrue(json.contains("\"inchiKey\":\"PJMPHNIQZUBGLI-UHFFFAOYSA-N\""), json);
    assertTrue(json.contains("\"formula\":\"C22H28N2O\""), json);
    assertTrue(json.contains("\"monoisotopicMass\":336.2201"), json);
    assertTrue(json.contains("\"name\":\"hydrogen chloride\""), json);
    assertTrue(json.contains("\"relation\":\"SALT\""), json);
    assertEquals(1, run.out().lines().count(), "one line per query");
    assertEquals(ExitCode.FOUND.code(), run.status());
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
    assertTrue(lines.get(1).contains("\tLISTED\tfentanyl (IDENTICAL)\t"), lines.get(1));
    assertTrue(lines.get(2).startsWith("C22H28N2O\tFORMULA\t"));
    assertTrue(lines.get(2).contains("\tLISTED_CANDIDATES\t"), lines.get(2));
    assertTrue(table.out().contains("verdict      LISTED\n"), table.out());
    assertTrue(
        table.out().contains("listed       fentanyl (IDENTICAL): UN-1961 Schedule I"), table.out());
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
    assertTrue(run.out().contains("\"inchiKey\":\"PJMPHNIQZUBGLI-UHFFFAOYSA-N\""), run.out());
    // Fentanyl's systematic name is one of its registered synonyms, or OPSIN reads it.
    assertTrue(
        run.out().contains("\"source\":\"OPSIN\"") || run.out().contains("\"source\":\"REGISTRY\""),
        run.out());
    assertTrue(run.out().contains("\"verdict\":\"LISTED\""), run.out());
  }

  @Test
  void massQueryComputesTheNeutralWindow() {
    Run run = run("identify", "--format", "json", "--mass", "337.2274", "--adduct", "[M+H]+");
    assertTrue(run.out().contains("\"detectedAs\":\"MASS\""), run.out());
    assertTrue(run.out().contains("\"verdict\":\"LISTED_CANDIDATES\""), run.out());
    assertTrue(run.out().contains("\"id\":\"fentanyl\""), run.out());
    assertTrue(run.out().contains("\"basis\":\"MASS\""), run.out());
    Run table = run("identify", "--mass", "337.2274", "--adduct", "[M+H]+");
    assertTrue(table.out().contains("-> M 336.2201"), table.out());
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
    Run adduct = run("identify", "--mass", "300", "--adduct", "[M+Q]+");
    assertEquals(ExitCode.USAGE.code(), adduct.status());
    assertEquals(ExitCode.USAGE.code(), run("identify", "--mass", "Infinity").status());
    assertEquals(
        ExitCode.USAGE.code(), run("identify", "--mass", "1e308", "--ppm", "1000").status());
    assertEquals(ExitCode.USAGE.code(), run("identify", "--mass", "300", "--ppm", "5000").status());
    assertEquals(ExitCode.USAGE.code(), run("identify", FENTANYL, "--top", "2147483647").status());
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
    assertEquals(4, rows.size(), "a header and one row per record: " + run.out());
    assertTrue(rows.get(1).contains("\tSMILES\t1\t"), rows.get(1));
    assertTrue(rows.get(2).contains("\tFORMULA\t2\t"), rows.get(2));
    assertTrue(rows.get(3).startsWith("CCC(=O\t\t3\t"), rows.get(3));
    assertTrue(
        rows.get(3)
            .endsWith(
                "\tSYNTAX: Invalid SMILES at position 6: Unclosed branch detected, SMILES may be truncated"),
        rows.get(3));
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
    Run run = run("identify", "--format", "json", "--input", sdf.toString());
    assertEquals(ExitCode.BAD_INPUT.code(), run.status());
    List<String> lines = run.out().lines().toList();
    assertEquals(3, lines.size(), "one line per record, the bad one too: " + run.out());
    assertTrue(lines.get(0).contains("\"record\":1,"), lines.get(0));
    assertTrue(lines.get(1).startsWith("{\"query\":"), lines.get(1));
    assertTrue(
        lines.get(1).contains("\"record\":2,\"error\":{\"reason\":\"UNKNOWN_ELEMENT\""),
        lines.get(1));
    assertTrue(lines.get(2).contains("\"record\":3,"), lines.get(2));
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(
        run.errLines().get(0).startsWith("opioid-registry: bad input: batch.sdf record 2 (line "),
        run.err());
    assertTrue(run.errLines().get(0).contains("is not a chemical element"), run.err());
  }

  @Test
  void missingFileIsBadInput() {
    Run run = run("identify", "@nowhere/none.sdf");
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
    assertEquals(4, run.out().lines().count(), "one line per record: " + run.out());
    assertTrue(
        run.err().contains("screened s.smi: 4 records: 3 read, 1 bad (first: record 3)"),
        run.err());
  }

  @Test
  void identifyAndScreenReportABadRecordAlike(@TempDir Path dir) throws Exception {
    // One loop (BatchRun) takes both runs' outcomes back: the same bad record, the same line.
    Path smi = dir.resolve("s.smi");
    Files.writeString(smi, FENTANYL + " fentanyl\nC1CC( broken\nCCN\n");
    Run identify = run("identify", "--format", "json", "--input", smi.toString());
    Run screen = run("screen", "--format", "json", smi.toString());
    for (Run run : List.of(identify, screen)) {
      assertEquals(ExitCode.BAD_INPUT.code(), run.status(), run.err());
      assertEquals(3, run.out().lines().count(), "one line per record: " + run.out());
      assertTrue(run.out().lines().toList().get(1).contains("\"record\":2,\"error\":"), run.out());
    }
    List<String> bad = identify.errLines().stream().filter(l -> l.contains(" record 2 ")).toList();
    assertEquals(1, bad.size(), identify.err());
    assertTrue(
        bad.get(0).startsWith("opioid-registry: bad input: s.smi record 2 (line 2): "), bad.get(0));
    assertEquals(bad, screen.errLines().stream().filter(l -> l.contains(" record 2 ")).toList());
  }

  @Test
  void otherCommandsRenderTheSameRecord() {
    Run similar = run("similar", "fentanyl", "--threshold", "0.6", "--format", "json");
    assertEquals(ExitCode.FOUND.code(), similar.status(), similar.err());
    assertTrue(similar.out().contains("\"similar\":[{\"id\":"), similar.out());
    Run maccs = run("similar", FENTANYL, "--fingerprint", "maccs", "--format", "json");
    assertEquals(ExitCode.FOUND.code(), maccs.status(), maccs.err());
    assertTrue(maccs.out().contains("\"fingerprint\":\"MACCS\""), maccs.out());
    Run info = run("info", "fentanyl");
    assertEquals(ExitCode.FOUND.code(), info.status());
    assertTrue(info.out().contains("inchikey     PJMPHNIQZUBGLI-UHFFFAOYSA-N"), info.out());
    Run export = run("export");
    assertEquals(ExitCode.USAGE.code(), export.status());
    assertTrue(export.err().contains("give a directory with --output DIR"), export.err());
    assertEquals(ExitCode.USAGE.code(), run("similar", FENTANYL, "--threshold", "1.5").status());
    assertEquals(ExitCode.USAGE.code(), run("search", "fentanyl", "--threshold", "0.5").status());
  }

  @Test
  void substructureShowsMatchedAtoms() {
    Run run = run("substructure", "--format", "json", "c1ccccc1N(C(=O))C1CCNCC1");
    assertEquals(ExitCode.FOUND.code(), run.status(), run.err());
    assertTrue(run.out().contains("\"id\":\"fentanyl\""), run.out());
    assertTrue(run.out().contains("\"atoms\":["), run.out());
    Run bad = run("substructure", "C(C");
    assertEquals(ExitCode.BAD_INPUT.code(), bad.status());
    assertEquals(1, bad.errLines().size(), bad.err());
  }

  @Test
  void aQueryThatNamesAFileIsNotReadAsOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("secret.txt");
    Files.writeString(file, "CCO\nsecret line\n");
    Run run = run("identify", file.toString());
    assertFalse(run.out().contains("secret line"), run.out());
    assertFalse(run.err().contains("secret line"), run.err());
  }

  @Test
  void untrustedTextIsEscapedInTheTable() {
    Run run = run("identify", "fent\u001b[2Janyl\u202e");
    assertFalse(run.out().contains("\u001b"), run.out());
    assertFalse(run.out().contains("\u202e"), run.out());
    assertTrue(run.out().contains("\\u001b[2J"), run.out());
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
