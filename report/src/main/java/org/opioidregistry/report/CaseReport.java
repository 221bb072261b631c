package org.opioidregistry.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.opioidregistry.identify.Identification;

/**
 * A case report: per identification the picture (for a covered analogue, each site the class
 * definition found changed, coloured and labelled with its clause, beside the nearest listed
 * substance), the verdict and its grounds (listed matches with their controls, certainty and
 * sources; covering clauses and site changes; the nearest listed substances with scores), the
 * disclaimer of what a verdict does not mean, and the provenance the identification carries ({@link
 * Identification#provenance()}).
 *
 * <pre>{@code
 * Identifier identifier = Identifier.bundled();
 * CaseReport report = CaseReport.of("Case 2026/117", List.of(identifier.identify("fentanil citrate")));
 * try (OutputStream out = Files.newOutputStream(path)) {
 *   report.writeHtml(out);     // one self-contained HTML file: no script, no external resource
 * }
 * }</pre>
 *
 * <p>Every text that came from a query, a registry or a caller (the title) is escaped. The HTML is
 * also well-formed XML. Immutable and thread-safe; each write renders the document afresh.
 */
public final class CaseReport {

  /** The most identifications one report holds: a case file, not a screen. */
  public static final int MAX_IDENTIFICATIONS = 100;

  /** The longest title, in characters. */
  public static final int MAX_TITLE_LENGTH = 500;

  /** What every report says a verdict does not mean. */
  public static final String DISCLAIMER =
      "A verdict reports what this registry holds and how the class definitions, as implemented,"
          + " read the structure. It is not a legal conclusion: national laws and newer listings"
          + " may apply, a similarity score measures likeness, not legal status, and NO_LISTED_MATCH"
          + " means only that this registry has nothing to report.";

  private final String title;
  private final List<Identification> identifications;

  private CaseReport(String title, List<Identification> identifications) {
    this.title = title;
    this.identifications = identifications;
  }

  /**
   * A report of these identifications, in this order.
   *
   * @param title the report's title (a case number, say), at most {@link #MAX_TITLE_LENGTH}
   *     characters
   * @param identifications 1 to {@link #MAX_IDENTIFICATIONS} identifications
   * @return the report
   * @throws IllegalArgumentException when the title is too long or the count out of range
   */
  public static CaseReport of(String title, List<Identification> identifications) {
    Objects.requireNonNull(title, "title");
    List<Identification> ids = List.copyOf(identifications);
    if (title.length() > MAX_TITLE_LENGTH) {
      throw new IllegalArgumentException(
          "a report title has at most "
              + MAX_TITLE_LENGTH
              + " characters; this one has "
              + title.length());
    }
    if (ids.isEmpty() || ids.size() > MAX_IDENTIFICATIONS) {
      throw new IllegalArgumentException(
          "a report holds 1 to "
              + MAX_IDENTIFICATIONS
              + " identifications; "
              + ids.size()
              + " were given");
    }
    return new CaseReport(title, ids);
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the identifications, in report order.
   *
   * @return the identifications
   */
  public List<Identification> identifications() {
    return identifications;
  }

  /**
   * Returns the report as one HTML document.
   *
   * @return the document
   */
  public String html() {
    return CaseHtml.document(title, identifications);
  }

  /**
   * Writes the report as one HTML document in UTF-8. The stream is not closed.
   *
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void writeHtml(OutputStream out) throws IOException {
    out.write(html().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes the report as a PDF: the HTML document laid out by openhtmltopdf and written with
   * PDFBox, the pictures drawn as vectors. Text outside Latin-1 (the arrows of site changes, Greek
   * letters) needs the DejaVu fonts of the system (Debian's {@code fonts-dejavu-core}); without
   * them a warning is logged. The stream is not closed; a caller writing a file writes it to a
   * temporary file first, so that a failure leaves no half-written PDF.
   *
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void writePdf(OutputStream out) throws IOException {
    CasePdf.write(html(), out);
    out.flush();
  }
}
