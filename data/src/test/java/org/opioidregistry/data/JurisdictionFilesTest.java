package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.data.DataFileException.Problem;

/**
 * Jurisdictions are data: the bundled national schedules are files of their own beside {@code
 * controls.tsv}, and a laboratory adds its country's file, bundled-style, without code.
 */
class JurisdictionFilesTest {

  private static final String HEADER = String.join("\t", SubstanceTableReader.CONTROL_COLUMNS);

  /** A made-up French listing of a bundled substance, in the controls layout. */
  private static final String FR_ROW =
      "tramadol\tFR\tstupéfiants\t\t\t\t\tsalts\t\ttest fixture, not a real listing";

  @Test
  void theBundledNationalFilesHoldOnlyTheirJurisdiction() {
    List<String> files = BundledFiles.controlsFiles();
    assertEquals(SubstanceTableReader.CONTROLS_FILE, files.get(0));
    assertTrue(files.contains("controls-us.tsv"), files.toString());
    for (String file : files.subList(1, files.size())) {
      String code = SubstanceTableReader.fileJurisdiction(file).orElseThrow();
      List<BundledFiles.Numbered> rows = BundledFiles.records(file);
      assertFalse(rows.isEmpty(), file);
      for (BundledFiles.Numbered row : rows) {
        assertEquals(code, row.get("jurisdiction"), file + ":" + row.line());
      }
    }
    // The treaty file holds only treaty controls.
    for (BundledFiles.Numbered row : BundledFiles.records(SubstanceTableReader.CONTROLS_FILE)) {
      assertTrue(row.get("jurisdiction").startsWith("UN-"), "controls.tsv:" + row.line());
    }
  }

  @Test
  void theUsFileIsReadIntoTheBundledData() {
    Substance tramadol = ReferenceData.bundled().substance("tramadol").orElseThrow();
    assertEquals(
        List.of("US IV"),
        tramadol.controls().stream()
            .filter(c -> c.jurisdiction().code().equals("US"))
            .map(c -> c.jurisdiction().code() + " " + c.schedule())
            .toList());
  }

  @Test
  void aLaboratoryDirectoryGainsItsCountryFileWithoutCode(@TempDir Path dir) throws IOException {
    copyBundledTables(dir);
    int before = controlsOf(SubstanceTableReader.readDirectory(dir), "FR").size();
    Files.writeString(dir.resolve("controls-fr.tsv"), HEADER + "\n" + FR_ROW + "\n");
    List<Substance> read = SubstanceTableReader.readDirectory(dir);
    assertEquals(0, before);
    assertEquals(1, controlsOf(read, "FR").size());
    assertEquals(ReferenceData.bundled().size(), read.size());
  }

  @Test
  void bundledWithReadsALaboratoryFileWithTheSameChecks(@TempDir Path dir) throws IOException {
    Path fr = dir.resolve("controls-fr.tsv");
    Files.writeString(fr, HEADER + "\n" + FR_ROW + "\n");
    ReferenceData data = ReferenceData.bundledWith(List.of(fr));
    assertEquals(1, data.controlledUnder(Jurisdiction.ofCode("FR")).size());
    assertEquals(ReferenceData.bundled().size(), data.size());
  }

  @Test
  void aMalformedLineInACountryFileIsNamedByFileAndLine(@TempDir Path dir) throws IOException {
    Path fr = dir.resolve("controls-fr.tsv");
    Files.writeString(fr, HEADER + "\n" + FR_ROW.replace("\tsalts\t", "\tsalts") + "\n");
    DataFileException e =
        assertThrows(DataFileException.class, () -> ReferenceData.bundledWith(List.of(fr)));
    assertEquals(Problem.COLUMN_COUNT, e.problem());
    assertEquals("controls-fr.tsv", e.fileName());
    assertEquals(2, e.line());
  }

  @Test
  void anUnknownSubstanceInACountryFileIsRefused(@TempDir Path dir) throws IOException {
    Path fr = dir.resolve("controls-fr.tsv");
    Files.writeString(fr, HEADER + "\n" + FR_ROW.replace("tramadol", "tramadole") + "\n");
    DataFileException e =
        assertThrows(DataFileException.class, () -> ReferenceData.bundledWith(List.of(fr)));
    assertEquals(Problem.UNKNOWN_SUBSTANCE, e.problem());
    assertEquals("controls-fr.tsv:2: unknown substance id 'tramadole'", e.getMessage());
  }

  @Test
  void aControlTheBundledFilesHoldIsADuplicateNamingTheFirstFile(@TempDir Path dir)
      throws IOException {
    Path lab = dir.resolve("controls-lab.tsv");
    BundledFiles.Numbered us = BundledFiles.records("controls-us.tsv").get(0);
    Files.writeString(lab, HEADER + "\n" + String.join("\t", us.fields()) + "\n");
    DataFileException e =
        assertThrows(DataFileException.class, () -> ReferenceData.bundledWith(List.of(lab)));
    assertEquals(Problem.DUPLICATE_CONTROL, e.problem());
    assertEquals("controls-lab.tsv", e.fileName());
    assertTrue(
        e.getMessage().endsWith("is already on controls-us.tsv:" + us.line()), e.getMessage());
  }

  @Test
  void aCountryFileHoldsOnlyItsCountry(@TempDir Path dir) throws IOException {
    Path fr = dir.resolve("controls-fr.tsv");
    Files.writeString(fr, HEADER + "\n" + FR_ROW.replace("\tFR\t", "\tBE\t") + "\n");
    DataFileException e =
        assertThrows(DataFileException.class, () -> ReferenceData.bundledWith(List.of(fr)));
    assertEquals(Problem.BAD_JURISDICTION, e.problem());
    assertEquals(2, e.line());
  }

  @Test
  void fileJurisdictionComesFromTheName() {
    assertEquals(Optional.of("US"), SubstanceTableReader.fileJurisdiction("controls-us.tsv"));
    assertEquals(Optional.empty(), SubstanceTableReader.fileJurisdiction("controls.tsv"));
    assertEquals(Optional.empty(), SubstanceTableReader.fileJurisdiction("controls-lab.tsv"));
  }

  private static void copyBundledTables(Path dir) throws IOException {
    for (String name : concat(SubstanceTableReader.SUBSTANCES_FILE, BundledFiles.controlsFiles())) {
      Files.writeString(dir.resolve(name), BundledFiles.text(name), StandardCharsets.UTF_8);
    }
  }

  private static List<String> concat(String first, List<String> rest) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream())
        .toList();
  }

  private static List<Control> controlsOf(List<Substance> substances, String jurisdiction) {
    return substances.stream()
        .flatMap(s -> s.controls().stream())
        .filter(c -> c.jurisdiction().code().equals(jurisdiction))
        .toList();
  }
}
