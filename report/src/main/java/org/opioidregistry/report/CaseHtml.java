package org.opioidregistry.report;

import static org.opioidregistry.report.Html.esc;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.depict.Depicter;
import org.opioidregistry.identify.ClassDefinitionResult;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.ListedMatch;
import org.opioidregistry.identify.Provenance;
import org.opioidregistry.identify.ProvenanceContext;
import org.opioidregistry.search.SimilarityMatch;

/**
 * The markup of a {@link CaseReport}: HTML that is also well-formed XML, with the pictures as
 * inline SVG. Not thread-safe: one per document.
 */
final class CaseHtml {

  private static final String STYLE =
      "body{font-family:'"
          + CasePdf.FAMILY
          + "',sans-serif;max-width:60em;margin:2em auto;}"
          + "th{text-align:left;padding-right:1em;vertical-align:top}"
          + "code{font-family:'"
          + CasePdf.MONO_FAMILY
          + "',monospace;font-size:90%}"
          + "td{word-wrap:break-word}"
          + "section{border-top:1px solid #888;margin-top:2em}.disclaimer{background:#f4f4f4;"
          + "padding:.5em 1em}";

  private final StringBuilder body = new StringBuilder();
  private int count;

  private CaseHtml() {}

  static String document(String title, List<Identification> identifications) {
    CaseHtml html = new CaseHtml();
    for (Identification id : identifications) {
      html.add(id);
    }
    return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
        + "<meta charset=\"utf-8\"/>\n<title>"
        + esc(title)
        + "</title>\n<style>"
        + STYLE
        + "</style>\n</head>\n<body>\n<h1>"
        + esc(title)
        + "</h1>\n<p class='disclaimer'>"
        + esc(CaseReport.DISCLAIMER)
        + "</p>\n"
        + html.body
        + "</body>\n</html>\n";
  }

  private void add(Identification id) {
    count++;
    body.append("<section class='query'>\n<h2>")
        .append(count)
        .append(". ")
        .append(esc(id.query().shownAs()))
        .append("</h2>\n");
    body.append("<p class='verdict'>Verdict: <strong>")
        .append(esc(id.verdict().name()))
        .append("</strong></p>\n");
    picture(id).ifPresent(svg -> body.append("<figure>").append(svg).append("</figure>\n"));
    if (id.structure().isPresent()) {
      Structure s = id.structure().get();
      body.append("<p>Structure: <code>")
          .append(esc(s.canonicalSmiles()))
          .append("</code> InChIKey <code>")
          .append(esc(s.inchiKey()))
          .append("</code>, ")
          .append(esc(s.formula()))
          .append("</p>\n");
    }
    if (!id.listed().isEmpty()) {
      body.append("<h3>Listed matches</h3>\n<ul>\n");
      for (ListedMatch m : id.listed()) {
        body.append("<li>")
            .append(esc(m.substance().name()))
            .append(" (")
            .append(esc(m.relation().name()))
            .append(")");
        if (!m.controls().isEmpty()) {
          body.append("<ul>");
          for (Control c : m.controls()) {
            body.append("<li>").append(esc(control(c))).append("</li>");
          }
          body.append("</ul>");
        }
        body.append("</li>\n");
      }
      body.append("</ul>\n");
    }
    List<ClassDefinitionResult> covering =
        id.classDefinitions().stream().filter(r -> r.evaluation().covered()).toList();
    if (!covering.isEmpty()) {
      body.append("<h3>Class definitions that cover it</h3>\n<ul>\n");
      for (ClassDefinitionResult r : covering) {
        body.append("<li>")
            .append(esc(r.definitionId()))
            .append(" (")
            .append(esc(r.jurisdiction().toString()))
            .append(r.wordingVerified() ? "" : ", wording unverified")
            .append("): ")
            .append(esc(r.evaluation().summary()))
            .append("</li>\n");
      }
      body.append("</ul>\n");
    }
    if (!id.similar().isEmpty()) {
      body.append("<h3>Nearest listed substances</h3>\n<ul>\n");
      for (SimilarityMatch m : id.similar()) {
        body.append("<li>")
            .append(esc(m.substance().name()))
            .append(": ")
            .append(esc(String.format(Locale.ROOT, "%.2f", m.score())))
            .append(" (")
            .append(esc(m.metric().name() + ", " + m.fingerprint().spec()))
            .append(")</li>\n");
      }
      body.append("</ul>\n");
    }
    for (String w : id.warnings()) {
      body.append("<p class='warning'>Warning: ").append(esc(w)).append("</p>\n");
    }
    provenance(id.provenance());
    body.append("</section>\n");
  }

  /**
   * The query's picture: for a covered structure, its sites labelled beside the substance it is
   * compared with ({@link Identification#comparedWith()}); otherwise the structure alone.
   */
  private static Optional<String> picture(Identification id) {
    if (id.structure().isEmpty()) {
      return Optional.empty();
    }
    Structure structure = id.structure().get();
    Optional<ClassDefinitionResult> covering =
        id.classDefinitions().stream().filter(r -> r.evaluation().covered()).findFirst();
    Optional<Structure> compared = id.comparedWith().flatMap(Substance::structure);
    String svg =
        covering.isPresent() && compared.isPresent()
            ? Depicter.defaults()
                .classEvaluation(
                    structure,
                    covering.get().evaluation(),
                    compared.get(),
                    covering.get().definitionId())
            : Depicter.defaults().structure(structure);
    // Inline SVG: the XML declaration is not allowed inside the document.
    return Optional.of(svg.substring(svg.indexOf("<svg")));
  }

  private void provenance(Provenance p) {
    ProvenanceContext c = p.context();
    body.append("<details open='open' class='provenance'><summary>Provenance</summary>\n<table>\n");
    row("input", p.input());
    row("input SHA-256", p.inputSha256());
    row(
        "standardisation",
        p.standardisation().isEmpty() ? "unchanged" : String.join("; ", p.standardisation()));
    p.identityKeys()
        .ifPresent(
            k -> {
              row("keys: formula", k.formula());
              row("keys: connectivity", k.connectivity());
              row("keys: tautomer", k.tautomer());
              row("keys: stereo-insensitive", k.stereoInsensitive());
              row("keys: isotope-insensitive", k.isotopeInsensitive());
              row("keys: full", k.full());
            });
    row("InChI", c.inchiVersion());
    row("software", c.softwareVersion() + " (git " + c.gitCommit() + ")");
    row("CDK / OPSIN", c.cdkVersion() + " / " + c.opsinVersion());
    row("registry content SHA-256", c.registryContentHash());
    row("data version", c.dataVersion());
    row(
        "fingerprint, threshold, count",
        c.fingerprintSpec() + ", " + c.similarityThreshold() + ", " + c.similarCount());
    row("class definitions", String.join(", ", c.classDefinitions()));
    row("as of", c.asOf().map(LocalDate::toString).orElse("today"));
    body.append("</table></details>\n");
  }

  private void row(String name, String value) {
    body.append("<tr><th>")
        .append(esc(name))
        .append("</th><td>")
        .append(esc(value))
        .append("</td></tr>\n");
  }

  private static String control(Control c) {
    return c.jurisdiction()
        + " schedule "
        + c.schedule()
        + ", since "
        + c.since()
        + (c.since().isVerified()
            ? ""
            : " (" + c.since().certainty().name().toLowerCase(Locale.ROOT) + ")")
        + (c.instrument().isEmpty() ? "" : ", " + c.instrument())
        + (c.source().isEmpty() ? "" : "; source: " + c.source());
  }
}
