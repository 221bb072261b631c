package org.opioidregistry.cli.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opioidregistry.core.structure.RemovedFragment;
import org.opioidregistry.core.structure.Structure;

/**
 * The short texts that the table and TSV writers share, so that both say the same thing.
 *
 * <p>Stateless and thread-safe.
 */
final class Cells {

  private Cells() {}

  static String mass(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  static String removed(Structure s) {
    return s.standardization().removed().stream()
        .map(RemovedFragment::name)
        .collect(Collectors.joining(", "));
  }

  static String verdict(QueryReport report) {
    return report.verdict().map(Enum::name).orElse("");
  }

  static String listed(List<ListedMatch> listed) {
    return listed.stream()
        .map(m -> m.id().value() + " (" + m.relation().name().toLowerCase(Locale.ROOT) + ")")
        .collect(Collectors.joining(", "));
  }

  /** E.g. "fentanyl (identical): UN-1961 Schedule I since 1964". */
  static String listedWithControls(ListedMatch m) {
    String relation = m.id().value() + " (" + m.relation().name().toLowerCase(Locale.ROOT) + ")";
    if (m.controls().isEmpty()) {
      return relation + ": registered, no control recorded";
    }
    return relation
        + ": "
        + m.controls().stream().map(Object::toString).collect(Collectors.joining("; "));
  }

  static String similar(List<SimilarMatch> similar, int limit) {
    return similar.stream()
        .limit(limit)
        .map(m -> m.id().value() + " " + String.format(Locale.ROOT, "%.2f", m.score()))
        .collect(Collectors.joining(", "));
  }

  static String covered(List<ClassDefinitionResult> definitions) {
    return definitions.stream()
        .filter(ClassDefinitionResult::covered)
        .map(d -> d.id() + " (" + d.jurisdiction().code() + ")")
        .collect(Collectors.joining(", "));
  }
}
