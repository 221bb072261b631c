package org.opioidregistry.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the report's document to PDF with openhtmltopdf (layout and CSS of the same XHTML the
 * browser shows; PDFBox writes the file; Batik draws the inline SVG pictures as vectors). Scripts
 * in SVG are refused and no external resource is loaded. Stateless; each call builds its own
 * renderer.
 */
final class CasePdf {

  private static final Logger LOG = LoggerFactory.getLogger(CasePdf.class);

  /**
   * Where Linux distributions keep DejaVu (Debian and Ubuntu: {@code fonts-dejavu-core}; Fedora;
   * Arch). PDF's built-in fonts hold Latin-1 only: the arrows of site changes and Greek letters of
   * names need an embedded Unicode font.
   */
  private static final List<Path> FONT_DIRECTORIES =
      List.of(
          Path.of("/usr/share/fonts/truetype/dejavu"),
          Path.of("/usr/share/fonts/dejavu-sans-fonts"),
          Path.of("/usr/share/fonts/dejavu-sans-mono-fonts"),
          Path.of("/usr/share/fonts/TTF"),
          Path.of("/usr/share/fonts/dejavu"));

  /** The family the report's CSS asks for first. */
  static final String FAMILY = "DejaVu Sans";

  static final String MONO_FAMILY = "DejaVu Sans Mono";

  private CasePdf() {}

  static void write(String xhtml, OutputStream out) throws IOException {
    Slf4jXrLogger.installUnlessConfigured();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
    Optional<File> regular = font("DejaVuSans.ttf");
    regular.ifPresent(f -> builder.useFont(f, FAMILY, 400, FontStyle.NORMAL, true));
    font("DejaVuSans-Bold.ttf")
        .ifPresent(f -> builder.useFont(f, FAMILY, 700, FontStyle.NORMAL, true));
    font("DejaVuSansMono.ttf")
        .ifPresent(f -> builder.useFont(f, MONO_FAMILY, 400, FontStyle.NORMAL, true));
    if (regular.isEmpty()) {
      LOG.warn(
          "no DejaVu font found (Debian: apt-get install fonts-dejavu-core): the PDF uses the"
              + " built-in Latin-1 fonts, and characters outside Latin-1 show as #");
    }
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    builder.run();
  }

  private static Optional<File> font(String file) {
    for (Path dir : FONT_DIRECTORIES) {
      Path candidate = dir.resolve(file);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate.toFile());
      }
    }
    return Optional.empty();
  }
}
