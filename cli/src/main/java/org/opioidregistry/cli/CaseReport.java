package org.opioidregistry.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.depict.Depicter;
import org.opioidregistry.identify.ClassDefinitionResult;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.ListedMatch;
import org.opioidregistry.identify.Provenance;
import org.opioidregistry.search.SimilarityMatch;

/**
 * One self-contained HTML file for a case: per query the picture (sites labelled by clause when a
 * class definition covers it), the verdict and its grounds (listed matches with their controls and
 * certainty, covering clauses and site changes, the nearest listed substances with scores), the
 * disclaimer of what a verdict does not mean, and the provenance block. No script, no external
 * resource; every text is HTML-escaped.
 *
 * <p>Not thread-safe: a builder for one report.
 */
final class CaseReport {

  static final String DISCLAIMER =
      "A verdict reports what this registry holds and how the class definitions, as implemented,"
          + " read the structure. It is not a legal conclusion: national laws and newer listings"
          + " may apply, a similarity score measures likeness, not legal status, and NO_LISTED_MATCH"
          + " means only that this registry has nothing to report.";

  private final StringBuilder body = new StringBuilder();
  private final String title;
  private int count;

  CaseReport(String title) {
    this.title = title;
  }

  /** Adds one identification with the provenance it was computed under. */
  void add(Identification id, Provenance provenance) {
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
            .append(")<ul>");
        for (Control c : m.controls()) {
          body.append("<li>").append(esc(control(c))).append("</li>");
        }
        body.append("</ul></li>\n");
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
    provenance(provenance);
    body.append("</section>\n");
  }

  private static Optional<String> picture(Identification id) {
    if (id.structure().isEmpty()) {
      return Optional.empty();
    }
    Structure structure = id.structure().get();
    Optional<ClassDefinitionResult> covering =
        id.classDefinitions().stream().filter(r -> r.evaluation().covered()).findFirst();
    Optional<Structure> compared =
        id.listed().stream()
            .flatMap(m -> m.substance().structure().stream())
            .findFirst()
            .or(
                () ->
                    id.similar().stream()
                        .flatMap(m -> m.substance().structure().stream())
                        .findFirst());
    String svg =
        covering.isPresent() && compared.isPresent()
            ? Depicter.defaults()
                .classEvaluation(
                    structure,
                    covering.get().evaluation(),
                    compared.get(),
                    covering.get().definitionId())
            : Depicter.defaults().structure(structure);
    // Inline SVG in HTML: the XML declaration is not allowed there.
    return Optional.of(svg.substring(svg.indexOf("<svg")));
  }

  private void provenance(Provenance p) {
    body.append("<details open class='provenance'><summary>Provenance</summary>\n<table>\n");
    row("input", p.input());
    row("input SHA-256", p.inputSha256());
    row(
        "standardisation",
        p.standardisation().isEmpty() ? "unchanged" : String.join("; ", p.standardisation()));
    p.identityKeys()
        .ifPresent(
            k -> {
              row("keys: full", k.full());
              row("keys: connectivity", k.connectivity());
              row("keys: tautomer", k.tautomer());
            });
    row("InChI", p.inchiVersion());
    row("software", p.softwareVersion() + " (git " + p.gitCommit() + ")");
    row("CDK / OPSIN", p.cdkVersion() + " / " + p.opsinVersion());
    row("registry content SHA-256", p.registryContentHash());
    row("data version", p.dataVersion());
    row(
        "fingerprint, threshold, count",
        p.fingerprintSpec() + ", " + p.similarityThreshold() + ", " + p.similarCount());
    row("class definitions", String.join(", ", p.classDefinitions()));
    row("as of", p.asOf().map(LocalDate::toString).orElse("today"));
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

  /** The whole document. */
  String html() {
    return "<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n<title>"
        + esc(title)
        + "</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;}"
        + "th{text-align:left;padding-right:1em;vertical-align:top}code{font-size:90%}"
        + "section{border-top:1px solid #888;margin-top:2em}.disclaimer{background:#f4f4f4;"
        + "padding:.5em 1em}</style>\n</head>\n<body>\n<h1>"
        + esc(title)
        + "</h1>\n<p class='disclaimer'>"
        + esc(DISCLAIMER)
        + "</p>\n"
        + body
        + "</body>\n</html>\n";
  }

  /** HTML text and attribute escaping. */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }
}
