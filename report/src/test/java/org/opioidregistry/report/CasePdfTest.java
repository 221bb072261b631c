package org.opioidregistry.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.ProvenanceContext;

/**
 * The PDF as a reader's tool sees it: PDFBox extracts its text, which must hold the verdicts, the
 * substance names, the site changes and the provenance values; and the pictures must be drawn (as
 * vector paths: many line segments where the structures are).
 */
class CasePdfTest {

  private static final Identifier IDENTIFIER = Identifier.bundled();

  @Test
  void thePdfHoldsTheVerdictsNamesSiteChangesProvenanceAndPictures() throws IOException {
    Path font = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    assertTrue(
        Files.isRegularFile(font),
        "this test needs Debian's fonts-dejavu-core (apt-get install -y fonts-dejavu-core;"
            + " .ci/run does it)");
    Identification analogue = IDENTIFIER.identify("CCCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1");
    Identification salt = IDENTIFIER.identify("fentanil citrate");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CaseReport.of("Case 2026/117", List.of(analogue, salt)).writePdf(out);
    byte[] pdf = out.toByteArray();
    assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
    Files.write(Path.of("target", "case-report-test.pdf"), pdf);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      String joined = text.replaceAll("\\s+", "");
      assertTrue(text.contains("Case 2026/117"), text);
      assertTrue(text.contains("Verdict: COVERED_BY_CLASS_DEFINITION"), text);
      assertTrue(text.contains("Verdict: LISTED"), text);
      assertTrue(text.contains("propionyl → valeryl"), "Unicode text survives: " + text);
      assertTrue(
          text.contains("para-Fluorobutyrfentanyl") || text.contains("para-fluorobutyrfentanyl"),
          text);
      assertTrue(text.contains("Fentanyl"), text);
      assertTrue(text.contains("is not a legal conclusion"), text);
      // Provenance values (long hashes may wrap inside their table cell).
      ProvenanceContext c = salt.provenance().context();
      assertTrue(joined.contains(salt.provenance().inputSha256()), text);
      assertTrue(joined.contains(c.registryContentHash()), text);
      assertTrue(joined.contains(c.gitCommit()), text);
      assertTrue(text.contains(c.cdkVersion()), text);
      assertTrue(joined.contains(analogue.provenance().identityKeys().orElseThrow().full()), text);
      int lines = 0;
      for (PDPage page : doc.getPages()) {
        SegmentCounter counter = new SegmentCounter(page);
        counter.processPage(page);
        lines += counter.segments;
      }
      // Two structures of ~30 bonds each, one beside its listed substance: well over a hundred
      // segments, where text and table borders alone draw a few.
      assertTrue(lines > 100, "the pictures are drawn: " + lines + " path segments");
    }
    // openhtmltopdf's log goes to SLF4J, not to java.util.logging's console.
    assertTrue(com.openhtmltopdf.util.XRLog.getLoggerImpl() instanceof Slf4jXrLogger);
  }

  /** Counts the line and curve segments the page's content draws. */
  private static final class SegmentCounter extends PDFGraphicsStreamEngine {
    int segments;

    SegmentCounter(PDPage page) {
      super(page);
    }

    @Override
    public void lineTo(float x, float y) {
      segments++;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      segments++;
    }

    @Override
    public void appendRectangle(
        java.awt.geom.Point2D p0,
        java.awt.geom.Point2D p1,
        java.awt.geom.Point2D p2,
        java.awt.geom.Point2D p3) {}

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {}

    @Override
    public java.awt.geom.Point2D getCurrentPoint() {
      return new java.awt.geom.Point2D.Float();
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {}

    @Override
    public void strokePath() {}

    @Override
    public void fillPath(int windingRule) {}

    @Override
    public void fillAndStrokePath(int windingRule) {}

    @Override
    public void shadingFill(COSName shadingName) {}
  }
}
