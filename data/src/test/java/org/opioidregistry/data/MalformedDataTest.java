package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opioidregistry.data.DataFileException.Problem;

/**
 * One damaged line at a time: each must stop loading with the file name, the line number and the
 * reason. The damage is done to a copy of the bundled files, so the line numbers are real ones.
 */
class MalformedDataTest {

  private static final String SUBSTANCES = SubstanceTableReader.SUBSTANCES_FILE;
  private static final String CONTROLS = SubstanceTableReader.CONTROLS_FILE;

  @Test
  void theUndamagedFilesLoad() throws IOException {
    assertEquals(
        91, BundledFiles.read(BundledFiles.text(SUBSTANCES), BundledFiles.text(CONTROLS)).size());
  }

  @Test
  void wrongColumnCount() {
    DataFileException e =
        damageSubstance("carfentanil\t", line -> line.substring(0, line.lastIndexOf('\t')));
    assertProblem(e, SUBSTANCES, "carfentanil\t", Problem.COLUMN_COUNT);
    assertTrue(
        e.getMessage().contains("expected 13 tab-separated columns, found 12"), e::getMessage);
  }

  @Test
  void unparseableSmiles() {
    DataFileException e =
        damageSubstance(
            "fentanyl\t",
            line ->
                line.replace("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1", "CCC(=O)N(c1ccccc1)C1CCN("));
    assertProblem(e, SUBSTANCES, "fentanyl\t", Problem.BAD_STRUCTURE);
    assertTrue(e.getMessage().contains("bad SMILES"), e::getMessage);
  }

  @Test
  void inchiKeyThatDisagreesWithTheStructure() {
    // Acetylfentanyl's SMILES with fentanyl's key: a copy-paste slip that would hide a substance.
    DataFileException e =
        damageSubstance(
            "acetylfentanyl\t",
            line -> line.replace("FYIUUQUPOKIKNI-UHFFFAOYSA-N", "PJMPHNIQZUBGLI-UHFFFAOYSA-N"));
    assertProblem(e, SUBSTANCES, "acetylfentanyl\t", Problem.INCHIKEY_MISMATCH);
    assertTrue(
        e.getMessage()
            .contains(
                "stated InChIKey PJMPHNIQZUBGLI-UHFFFAOYSA-N but the SMILES gives"
                    + " FYIUUQUPOKIKNI-UHFFFAOYSA-N"),
        e::getMessage);
  }

  @Test
  void formulaThatDisagreesWithTheStructure() {
    DataFileException e =
        damageSubstance("fentanyl\t", line -> line.replace("\tC22H28N2O\t", "\tC22H28N2O2\t"));
    assertProblem(e, SUBSTANCES, "fentanyl\t", Problem.FORMULA_MISMATCH);
  }

  @Test
  void massThatDisagreesWithTheStructure() {
    DataFileException e =
        damageSubstance("fentanyl\t", line -> line.replace("\t336.2202\t", "\t336.2212\t"));
    assertProblem(e, SUBSTANCES, "fentanyl\t", Problem.MASS_MISMATCH);
    DataFileException notANumber =
        damageSubstance("fentanyl\t", line -> line.replace("\t336.2202\t", "\t336,2202\t"));
    assertProblem(notANumber, SUBSTANCES, "fentanyl\t", Problem.BAD_NUMBER);
  }

  @Test
  void saltInsteadOfParent() {
    DataFileException e =
        damageSubstance(
            "fentanyl\t",
            line ->
                line.replace(
                    "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1\t",
                    "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl\t"));
    assertProblem(e, SUBSTANCES, "fentanyl\t", Problem.NOT_PARENT);
  }

  @Test
  void badCasCheckDigit() {
    DataFileException e =
        damageSubstance("fentanyl\t", line -> line.replace("cas:437-38-7", "cas:437-38-8"));
    assertProblem(e, SUBSTANCES, "fentanyl\t", Problem.BAD_CODE);
    assertTrue(e.getMessage().contains("437-38-8"), e::getMessage);
    assertProblem(
        damageSubstance("fentanyl\t", line -> line.replace("cas:437-38-7", "cass:437-38-7")),
        SUBSTANCES,
        "fentanyl\t",
        Problem.BAD_CODE);
  }

  @Test
  void duplicateIdAndDuplicateInchiKey() {
    List<String> lines = BundledFiles.lines(SUBSTANCES);
    int fentanyl = BundledFiles.lineStartingWith(lines, "fentanyl\t");
    String copy = lines.get(fentanyl - 1);
    lines.add(copy);
    DataFileException sameId = readSubstances(lines);
    assertEquals(Problem.DUPLICATE_ID, sameId.problem());
    assertTrue(
        sameId.getMessage().contains("already used on line " + fentanyl), sameId::getMessage);

    lines.set(lines.size() - 1, copy.replaceFirst("^fentanyl\t", "fentanyl-copy\t"));
    DataFileException sameKey = readSubstances(lines);
    assertEquals(Problem.DUPLICATE_INCHIKEY, sameKey.problem());
    assertTrue(sameKey.getMessage().contains("already that of 'fentanyl'"), sameKey::getMessage);
  }

  @Test
  void badIdAndUnknownClass() {
    assertProblem(
        damageSubstance("fentanyl\t", line -> line.replaceFirst("^fentanyl\t", "Fentanyl\t")),
        SUBSTANCES,
        "fentanyl\t",
        Problem.BAD_ID);
    assertProblem(
        damageSubstance(
            "fentanyl\t", line -> line.replace("\tfentanyl-analogue\t", "\tfentanyls\t")),
        SUBSTANCES,
        "fentanyl\t",
        Problem.BAD_CLASS);
  }

  @Test
  void substanceWithoutSource() {
    DataFileException e =
        damageSubstance(
            "fentanyl\t",
            line -> {
              String[] f = line.split("\t", -1);
              f[SubstanceTableReader.SUBSTANCE_COLUMNS.indexOf("source")] = "";
              return String.join("\t", f);
            });
    assertProblem(e, SUBSTANCES, "fentanyl\t", Problem.MISSING_SOURCE);
  }

  @Test
  void unknownSubstanceIdInControls() {
    DataFileException e =
        damageControl("fentanyl\t", line -> line.replaceFirst("^fentanyl\t", "fentanil\t"));
    assertProblem(e, CONTROLS, "fentanyl\t", Problem.UNKNOWN_SUBSTANCE);
    assertTrue(e.getMessage().endsWith(": unknown substance id 'fentanil'"), e::getMessage);
  }

  @Test
  void controlWithoutSourceBadJurisdictionOrRepeated() {
    assertProblem(
        damageControl("fentanyl\t", line -> line.substring(0, line.lastIndexOf('\t') + 1)),
        CONTROLS,
        "fentanyl\t",
        Problem.MISSING_SOURCE);
    assertProblem(
        damageControl("fentanyl\t", line -> line.replace("\tUN-1961\t", "\t1961\t")),
        CONTROLS,
        "fentanyl\t",
        Problem.BAD_JURISDICTION);
    assertProblem(
        damageControl("fentanyl\t", line -> line.replace("\tUN-1961\t", "\tUN-1962\t")),
        CONTROLS,
        "fentanyl\t",
        Problem.BAD_JURISDICTION);
    assertProblem(
        damageControl("fentanyl\t", line -> line.replace("\tI\t", "\t\t")),
        CONTROLS,
        "fentanyl\t",
        Problem.MISSING_VALUE);
    List<String> lines = BundledFiles.lines(CONTROLS);
    lines.add(lines.get(BundledFiles.lineStartingWith(lines, "fentanyl\t") - 1));
    DataFileException repeated = readControls(lines);
    assertEquals(Problem.DUPLICATE_CONTROL, repeated.problem());
  }

  @Test
  void wrongHeader() {
    List<String> lines = BundledFiles.lines(CONTROLS);
    int header = BundledFiles.lineStartingWith(lines, "substance\t");
    lines.set(header - 1, "substance\tjurisdiction\tlist\tsince\tinstrument\tsource");
    DataFileException e = readControls(lines);
    assertEquals(Problem.HEADER, e.problem());
    assertEquals(header, e.line());
  }

  @Test
  void filesReadFromPathsAreNamedByFileName(@TempDir Path dir) throws IOException {
    Path substances = dir.resolve("lab-substances.tsv");
    Path controls = dir.resolve("lab-controls.tsv");
    Files.writeString(substances, BundledFiles.text(SUBSTANCES), StandardCharsets.UTF_8);
    List<String> lines = BundledFiles.lines(CONTROLS);
    int line = BundledFiles.lineStartingWith(lines, "carfentanil\t");
    lines.set(line - 1, lines.get(line - 1).replaceFirst("^carfentanil\t", "carfentanyl\t"));
    Files.writeString(controls, String.join("\n", lines), StandardCharsets.UTF_8);
    DataFileException e =
        assertThrows(
            DataFileException.class, () -> SubstanceTableReader.read(substances, controls));
    assertEquals("lab-controls.tsv", e.fileName());
    assertEquals(line, e.line());
    assertEquals(
        "lab-controls.tsv:" + line + ": unknown substance id 'carfentanyl'", e.getMessage());

    Files.writeString(controls, BundledFiles.text(CONTROLS), StandardCharsets.UTF_8);
    assertEquals(91, SubstanceTableReader.read(substances, controls).size());
  }

  @Test
  void invalidUtf8IsRefusedNotGarbled(@TempDir Path dir) throws IOException {
    Path substances = dir.resolve("substances.tsv");
    Path controls = dir.resolve("controls.tsv");
    byte[] text = BundledFiles.text(SUBSTANCES).getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[text.length + 1];
    System.arraycopy(text, 0, broken, 0, text.length);
    broken[text.length] = (byte) 0xC3; // a lead byte with no continuation
    Files.write(substances, broken);
    Files.writeString(controls, BundledFiles.text(CONTROLS), StandardCharsets.UTF_8);
    assertThrows(IOException.class, () -> SubstanceTableReader.read(substances, controls));
  }

  // --- helpers

  private static DataFileException damageSubstance(String start, UnaryOperator<String> damage) {
    List<String> lines = BundledFiles.lines(SUBSTANCES);
    int n = BundledFiles.lineStartingWith(lines, start);
    String damaged = damage.apply(lines.get(n - 1));
    assertTrue(!damaged.equals(lines.get(n - 1)), "the damage changed nothing");
    lines.set(n - 1, damaged);
    return readSubstances(lines);
  }

  private static DataFileException damageControl(String start, UnaryOperator<String> damage) {
    List<String> lines = BundledFiles.lines(CONTROLS);
    int n = BundledFiles.lineStartingWith(lines, start);
    String damaged = damage.apply(lines.get(n - 1));
    assertTrue(!damaged.equals(lines.get(n - 1)), "the damage changed nothing");
    lines.set(n - 1, damaged);
    return readControls(lines);
  }

  private static DataFileException readSubstances(List<String> lines) {
    return assertThrows(
        DataFileException.class,
        () -> BundledFiles.read(String.join("\n", lines), BundledFiles.text(CONTROLS)));
  }

  private static DataFileException readControls(List<String> lines) {
    return assertThrows(
        DataFileException.class,
        () -> BundledFiles.read(BundledFiles.text(SUBSTANCES), String.join("\n", lines)));
  }

  /** The exception names the file, the line of the damaged record, and the problem. */
  private static void assertProblem(
      DataFileException e, String file, String lineStart, Problem problem) {
    int line = BundledFiles.lineStartingWith(BundledFiles.lines(file), lineStart);
    assertEquals(problem, e.problem(), e::getMessage);
    assertEquals(file, e.fileName());
    assertEquals(line, e.line());
    assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e::getMessage);
  }
}
