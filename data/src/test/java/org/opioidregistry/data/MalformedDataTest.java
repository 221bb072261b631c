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
        ReferenceData.bundled().size(),
        BundledFiles.read(BundledFiles.text(SUBSTANCES), BundledFiles.text(CONTROLS)).size());
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
  void quaternarySaltWithItsCounterIonIsNotAParent() {
    // The bundled morphine methobromide is its cation and morphine-N-oxide is charge-separated:
    // both load (the bundled data are read by every test). With the bromide written out, the
    // record is the salt, not the parent.
    String cation = "C[N+]1(C)CC[C@@]23[C@H]4C=C[C@@H]([C@@H]2Oc5c(ccc(C[C@H]41)c53)O)O\t";
    DataFileException e =
        damageSubstance(
            "morphine-methobromide\t",
            line -> line.replace(cation, cation.replace("\t", ".[Br-]\t")));
    assertProblem(e, SUBSTANCES, "morphine-methobromide\t", Problem.NOT_PARENT);
    assertTrue(e.getMessage().contains("bromide"), e::getMessage);
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

  /** Replaces one column of a tab-separated line, by the column's name in the given layout. */
  private static UnaryOperator<String> column(List<String> layout, String name, String value) {
    return line -> {
      String[] f = line.split("\t", -1);
      f[layout.indexOf(name)] = value;
      return String.join("\t", f);
    };
  }

  @Test
  void aSubstanceWithoutSmilesStatesNoKey() {
    List<String> cols = SubstanceTableReader.SUBSTANCE_COLUMNS;
    assertProblem(
        damageSubstance("opium\t", column(cols, "inchikey", "BQJCRHHNABKAKU-KBQPJGBKSA-N")),
        SUBSTANCES,
        "opium\t",
        Problem.NO_STRUCTURE);
  }

  @Test
  void checkColumnsAreReadAndARecordCheckMustAgree() {
    List<String> cols = SubstanceTableReader.SUBSTANCE_COLUMNS;
    assertProblem(
        damageSubstance("morphine\t", column(cols, "check", "opsin-most")),
        SUBSTANCES,
        "morphine\t",
        Problem.BAD_CHECK);
    assertProblem(
        damageSubstance("morphine\t", column(cols, "check_reference", "")),
        SUBSTANCES,
        "morphine\t",
        Problem.BAD_CHECK);
    assertProblem(
        damageSubstance("opium\t", column(cols, "check", "opsin-full")),
        SUBSTANCES,
        "opium\t",
        Problem.BAD_CHECK);
    // A cited record whose key is codeine's cannot vouch for morphine.
    UnaryOperator<String> codeineRecord =
        line ->
            column(cols, "check_reference", "a record: OROGSEYTTFOCAN-DNJOTXNNSA-N")
                .apply(column(cols, "check", "record-full").apply(line));
    assertProblem(
        damageSubstance("morphine\t", codeineRecord),
        SUBSTANCES,
        "morphine\t",
        Problem.CHECK_MISMATCH);
  }

  @Test
  void datesScopesAndEndsAreChecked() {
    List<String> cols = SubstanceTableReader.CONTROL_COLUMNS;
    assertProblem(
        damageControl("fentanyl\t", column(cols, "since", "1964-02-30")),
        CONTROLS,
        "fentanyl\t",
        Problem.BAD_DATE);
    assertProblem(
        damageControl("fentanyl\t", column(cols, "extends_to", "isomers|cousins")),
        CONTROLS,
        "fentanyl\t",
        Problem.BAD_SCOPE);
    assertProblem(
        damageControl("fentanyl\t", column(cols, "exceptions", "opium")),
        CONTROLS,
        "fentanyl\t",
        Problem.BAD_SCOPE);
    assertProblem(
        damageControl("fentanyl\t", column(cols, "exceptions", "fentanil")),
        CONTROLS,
        "fentanyl\t",
        Problem.UNKNOWN_SUBSTANCE);
    assertProblem(
        damageControl("fentanyl\t", column(cols, "until", "1960")),
        CONTROLS,
        "fentanyl\t",
        Problem.BAD_CONTROL);
  }

  @Test
  void theFirstLayoutIsStillRead() throws IOException {
    String substances =
        "id\tname\tsynonyms\tcodes\tsmiles\tinchikey\tformula\tmonoisotopic_mass\tclass\tsource\tnotes\n"
            + "fentanyl\tFentanyl\t\t\tCCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1\tPJMPHNIQZUBGLI-UHFFFAOYSA-N"
            + "\tC22H28N2O\t336.2202\tfentanyl-analogue\ta source\t\n";
    String controls =
        "substance\tjurisdiction\tschedule\tsince\tinstrument\tsource\n"
            + "fentanyl\tUN-1961\tI\t1964\tCND decision 9/9 (unverified)\ta source\n";
    var read = BundledFiles.read(substances, controls);
    assertEquals(1, read.size());
    var control = read.get(0).controls().get(0);
    assertTrue(control.until().isEmpty());
    assertEquals("CND decision 9/9", control.instrument().citation());
    assertTrue(control.scope().forms().isEmpty());
    assertEquals(
        org.opioidregistry.core.substance.StructureCheck.UNCHECKED, read.get(0).structureCheck());
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
    assertEquals(
        ReferenceData.bundled().size(), SubstanceTableReader.read(substances, controls).size());
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
