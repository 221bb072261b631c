package org.opioidregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --format pdf}: the PDF's text as PDFBox extracts it, and no half-written file. */
class ReportPdfCommandTest {

  @TempDir Path dir;

  private List<Path> files(Path in) throws Exception {
    try (Stream<Path> s = Files.list(in)) {
      return s.sorted().toList();
    }
  }

  @Test
  void aPdfReportHoldsTheVerdictTheNamesAndTheProvenance() throws Exception {
    Path pdf = dir.resolve("case.pdf");
    MainTest.Run run =
        MainTest.run(
            "report",
            "CCCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1",
            "fentanil citrate",
            "--title",
            "Case 2026/117",
            "--format",
            "pdf",
            "--output",
            pdf.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err(), "nothing printed beside the file");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Case 2026/117"), text);
      assertTrue(text.contains("Verdict: COVERED_BY_CLASS_DEFINITION"), text);
      assertTrue(text.contains("Verdict: LISTED"), text);
      assertTrue(text.contains("Fentanyl"), text);
      assertTrue(text.contains("propionyl → valeryl"), text);
      assertTrue(text.contains("input SHA-256"), text);
      // sha256sum of the UTF-8 bytes of "fentanil citrate" (coreutils: printf '%s' ... | sha256sum)
      assertTrue(
          text.replaceAll("\\s+", "")
              .contains("8958113625527eb205898fd3a0f79c9296bf6f8c7cbecb21174dc1fc58cc9ef1"),
          text);
    }
    assertEquals(List.of(pdf), files(dir));
  }

  @Test
  void aBadOutputPathLeavesNoFileBehind() throws Exception {
    Path missing = dir.resolve("no-such-directory").resolve("case.pdf");
    MainTest.Run run =
        MainTest.run("report", "fentanyl", "--format", "pdf", "--output", missing.toString());
    assertEquals(4, run.status(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertEquals(List.of(), files(dir));

    // An existing directory in the file's place: the report is rendered, the move refused, and
    // the temporary file removed.
    Path occupied = dir.resolve("case.pdf");
    Files.createDirectory(occupied);
    Files.writeString(occupied.resolve("keep.txt"), "kept");
    MainTest.Run second =
        MainTest.run("report", "fentanyl", "--format", "pdf", "--output", occupied.toString());
    assertEquals(4, second.status(), second.err());
    assertEquals(List.of(occupied), files(dir));
    assertEquals(List.of(occupied.resolve("keep.txt")), files(occupied));
  }
}
