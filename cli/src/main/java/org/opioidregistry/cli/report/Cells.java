package org.opioidregistry.cli.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opioidregistry.core.structure.RemovedFragment;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.identify.ClassDefinitionResult;
import org.opioidregistry.identify.ListedMatch;
import org.opioidregistry.search.SimilarityMatch;

/**
 * Formats the parts of an identification that the table and TSV writers share, and makes untrusted
 * text safe for a terminal.
 *
 * <p>Stateless and thread-safe.
 */
public final class Cells {

  private Cells() {}

  /** A mass with four decimals, as mass spectrometrists quote them. */
  static String mass(double value) {
    return FixedDecimal.format(value, 4);
  }

  /** A similarity score with two decimals. */
  static String score(double value) {
    return FixedDecimal.format(value, 2);
  }

  static String removed(Structure s) {
    return removed(s.standardization());
  }

  static String removed(org.opioidregistry.core.structure.Standardization s) {
    if (s.removed().isEmpty()) {
      return ""; // the common case of a screen: no stream for it
    }
    return s.removed().stream().map(RemovedFragment::name).collect(Collectors.joining(", "));
  }

  static String controls(List<Control> controls) {
    if (controls.isEmpty()) {
      return "registered, no control in force";
    }
    return controls.stream().map(Cells::control).collect(Collectors.joining("; "));
  }

  /** E.g. "UN-1961 Schedule I since 1964 (VERIFIED)". */
  static String control(Control c) {
    return c + " (" + c.since().certainty().name() + ")";
  }

  static String listed(ListedMatch m) {
    String text =
        m.substance().id().value() + " (" + m.relation().name() + "): " + controls(m.controls());
    if (m.controlled() && !m.countsForVerdict()) {
      text += " [does not extend to the query: see warnings]";
    }
    return text;
  }

  static String similar(List<SimilarityMatch> similar) {
    if (similar.isEmpty()) {
      return "";
    }
    return similar.stream()
        .map(m -> m.substance().id().value() + " " + score(m.score()))
        .collect(Collectors.joining(", "));
  }

  static String covered(List<ClassDefinitionResult> definitions) {
    boolean any = false;
    for (ClassDefinitionResult d : definitions) {
      any |= d.covered();
    }
    if (!any) {
      return "";
    }
    return definitions.stream()
        .filter(ClassDefinitionResult::covered)
        .map(d -> d.definitionId() + " (" + d.jurisdiction().code() + ")")
        .collect(Collectors.joining(", "));
  }

  /**
   * Text from a registry, a file or a query, made safe to print: control characters (escape
   * sequences, BEL, line breaks) and bidirectional overrides are shown as {@code \\uXXXX}, so that
   * a crafted name can neither drive the terminal nor fake a line of the report.
   *
   * @param text untrusted text
   * @return the text with those characters escaped
   */
  public static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe =
          c < 0x20
              || (c >= 0x7f && c <= 0x9f)
              || c == '\u061c'
              || c == '\u200e'
              || c == '\u200f'
              || (c >= '\u202a' && c <= '\u202e')
              || (c >= '\u2066' && c <= '\u2069');
      if (unsafe) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
