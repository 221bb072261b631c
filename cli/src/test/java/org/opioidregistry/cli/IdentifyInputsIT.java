package org.opioidregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opioidregistry.core.structure.StructureParser;

/**
 * The real jar on its default registry (the bundled reference data): structure fields in JSON,
 * verdicts for a listed substance and a cutting agent, exit codes, and the one line on stderr for
 * each kind of bad input.
 */
class IdentifyInputsIT {

  static final String FENTANYL = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";
  static final String FENTANYL_KEY = "PJMPHNIQZUBGLI-UHFFFAOYSA-N";
  static final String FENTANYL_INCHI =
      "InChI=1S/C22H28N2O/c1-2-22(25)24(20-11-7-4-8-12-20)21-14-17-23(18-15-21)16-13-19-9-5-3-6-10-19/h3-12,21H,2,13-18H2,1H3";

  @Test
  void smilesInchiAndSaltGiveTheStructureFields() throws Exception {
    JarRunner.Result run =
        JarRunner.run(
            "identify",
            "--format",
            "json",
            FENTANYL,
            FENTANYL_INCHI,
            // fentanyl citrate
            FENTANYL + ".OC(=O)CC(O)(CC(=O)O)C(=O)O");
    List<String> lines = run.outLines();
    assertEquals(3, lines.size(), run.out() + run.err());
    for (String json : lines) {
      assertTrue(json.contains("\"inchiKey\":\"" + FENTANYL_KEY + "\""), json);
      assertTrue(json.contains("\"formula\":\"C22H28N2O\""), json);
      assertTrue(json.contains("\"monoisotopicMass\":336.2201"), json);
      assertTrue(json.contains("\"smiles\":\"CCC(=O)N(c1ccccc1)C2CCN(CCc3ccccc3)CC2\""), json);
    }
    assertTrue(lines.get(0).contains("\"detectedAs\":\"SMILES\""));
    assertTrue(lines.get(0).contains("\"removed\":[]"), lines.get(0));
    assertTrue(lines.get(1).contains("\"detectedAs\":\"INCHI\""));
    assertTrue(lines.get(2).contains("\"removed\":[{\"name\":\"citric acid\""), lines.get(2));
    assertEquals(List.of(), run.errLines());
  }

  @Test
  void bundledRegistryByDefault() throws Exception {
    JarRunner.Result listed = JarRunner.run("identify", "--format", "json", FENTANYL + ".Cl");
    assertEquals(ExitCode.FOUND.code(), listed.status(), listed.err());
    assertTrue(listed.out().contains("\"verdict\":\"LISTED\""), listed.out());
    assertTrue(
        listed.out().contains("\"listed\":[{\"id\":\"fentanyl\",\"name\":\"Fentanyl\""),
        listed.out());
    assertTrue(listed.out().contains("\"relation\":\"SALT\""), listed.out());

    // Caffeine, a common cutting agent.
    JarRunner.Result cut =
        JarRunner.run("identify", "--format", "json", "Cn1cnc2c1c(=O)n(C)c(=O)n2C");
    assertEquals(ExitCode.NOTHING_FOUND.code(), cut.status(), cut.err());
    assertTrue(cut.out().contains("\"verdict\":\"NO_LISTED_MATCH\""), cut.out());
  }

  @Test
  void infoOnABundledSubstance() throws Exception {
    JarRunner.Result info = JarRunner.run("info", "--format", "json", "fentanyl");
    assertEquals(ExitCode.FOUND.code(), info.status(), info.err());
    assertTrue(info.out().startsWith("{\"id\":\"fentanyl\",\"name\":\"Fentanyl\""), info.out());
    assertTrue(info.out().contains("{\"type\":\"CAS_RN\",\"value\":\"437-38-7\"}"), info.out());
    assertTrue(info.out().contains("\"jurisdiction\":\"UN-1961\""), info.out());

    assertEquals(
        ExitCode.NOTHING_FOUND.code(), JarRunner.run("info", "no-such-substance").status());
    JarRunner.Result bad = JarRunner.run("info", "Fentanyl!");
    assertEquals(ExitCode.BAD_INPUT.code(), bad.status());
    assertEquals(1, bad.errLines().size(), bad.err());
  }

  @Test
  void systematicNameOfAnUnlistedAnalogueIsReadByOpsinNotTakenForAListedName() throws Exception {
    // Shares most of its letters with valerylfentanyl's systematic name, but is the thioamide.
    JarRunner.Result run =
        JarRunner.run(
            "identify",
            "--format",
            "json",
            "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]pentanethioamide");
    String json = run.out();
    assertTrue(json.contains("\"source\":\"OPSIN\""), json);
    assertTrue(json.contains("\"formula\":\"C24H32N2S\""), json);
    assertTrue(!json.contains("\"verdict\":\"LISTED\""), json);
  }

  @Test
  void molFile(@TempDir Path dir) throws Exception {
    Path mol = dir.resolve("seized.mol");
    Files.writeString(mol, Molfiles.of(StructureParser.parse(FENTANYL), "seized powder"));
    JarRunner.Result run = JarRunner.run("identify", "--format", "json", "--input", mol.toString());
    assertEquals(1, run.outLines().size(), run.out() + run.err());
    String json = run.outLines().get(0);
    assertTrue(
        json.startsWith("{\"query\":\"seized powder\",\"record\":1,\"detectedAs\":\"MOL_BLOCK\""),
        json);
    assertTrue(json.contains("\"inchiKey\":\"" + FENTANYL_KEY + "\""), json);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "truncated SMILES | CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2 | Invalid SMILES",
        "truncated at a bond | CCC(=O)N(c1ccccc1)C1CC= | the SMILES ends with '='",
        "unknown element | CC[Xy]C | 'Xy' is not a chemical element",
        "garbage InChI | InChI=1S/garbage | Invalid InChI",
        "bad CAS check digit | 437-38-8 | has check digit 8",
      })
  void badInputIsOneLineAndExit3(String kind, String query, String expected) throws Exception {
    JarRunner.Result run = JarRunner.run("identify", query);
    assertEquals(ExitCode.BAD_INPUT.code(), run.status(), kind + ": " + run.err());
    assertEquals(1, run.errLines().size(), kind + ": " + run.err());
    String line = run.errLines().get(0);
    assertTrue(line.startsWith("opioid-registry: bad input: '"), line);
    assertTrue(line.contains(expected), line);
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    assertEquals("", run.out());
  }

  @Test
  void emptyQuery() throws Exception {
    JarRunner.Result run = JarRunner.run("identify", "");
    assertEquals(ExitCode.BAD_INPUT.code(), run.status());
    assertEquals(List.of("opioid-registry: bad input: '': the query is empty"), run.errLines());
  }

  @Test
  void badMolFileNamesTheLine(@TempDir Path dir) throws Exception {
    Path mol = dir.resolve("bad.mol");
    String good = Molfiles.of(StructureParser.parse("CCO"), "ethanol");
    // Break the atom count on the counts line: the block no longer holds what it announces.
    String[] lines = good.split("\n", -1);
    lines[3] = "  9" + lines[3].substring(3);
    Files.writeString(mol, String.join("\n", lines));
    JarRunner.Result run = JarRunner.run("identify", "--input", mol.toString());
    assertEquals(ExitCode.BAD_INPUT.code(), run.status(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(
        run.errLines().get(0).startsWith("opioid-registry: bad input: bad.mol record 1 (line "),
        run.err());
    assertTrue(run.errLines().get(0).contains("Invalid MOL block"), run.err());
  }

  @Test
  void emptyFile(@TempDir Path dir) throws Exception {
    Path empty = dir.resolve("empty.smi");
    Files.writeString(empty, "");
    JarRunner.Result run = JarRunner.run("identify", "@" + empty);
    assertEquals(ExitCode.NOTHING_FOUND.code(), run.status(), run.err());
    assertEquals("", run.out());
  }

  @Test
  void debugShowsTheStackTrace() throws Exception {
    JarRunner.Result run = JarRunner.run("identify", "--debug", "CC[Xy]C");
    assertEquals(ExitCode.BAD_INPUT.code(), run.status());
    assertTrue(run.err().contains("StructureParseException"), run.err());
  }

  @Test
  void usageErrorExits2() throws Exception {
    JarRunner.Result run = JarRunner.run("identify", "--no-such-option", FENTANYL);
    assertEquals(ExitCode.USAGE.code(), run.status());
    assertTrue(
        run.err().startsWith("opioid-registry: usage: Unknown option: '--no-such-option'"),
        run.err());
  }

  @Test
  void standardInput() throws Exception {
    JarRunner.Result run =
        JarRunner.runWithInput(FENTANYL + "\nC22H28N2O\n", "identify", "--format", "tsv", "-");
    assertEquals(3, run.outLines().size(), run.out() + run.err());
    assertTrue(run.outLines().get(1).contains(FENTANYL_KEY));
  }
}
