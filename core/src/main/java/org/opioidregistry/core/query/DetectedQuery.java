package org.opioidregistry.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A query text, the reading that won, and the other readings it admits in the order to try them
 * when the first finds nothing (e.g. "CO" is methanol as SMILES, then carbon monoxide as a formula,
 * then a name or code). {@link QueryDetector} documents the order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the query as given, stripped of surrounding whitespace (a MOL block is kept whole)
 * @param reading the reading that won, with the reason
 * @param alternatives the other readings, in the order to try them; none of the winner's kind
 * @param fileFormat for a {@link QueryKind#FILE}, the format its extension announces, if any
 */
public record DetectedQuery(
    String text,
    QueryReading reading,
    List<QueryReading> alternatives,
    Optional<FileFormat> fileFormat) {

  /** Copies the alternatives and checks that none repeats a kind. */
  public DetectedQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reading, "reading");
    Objects.requireNonNull(fileFormat, "fileFormat");
    alternatives = List.copyOf(alternatives);
    List<QueryKind> kinds = new ArrayList<>();
    kinds.add(reading.kind());
    for (QueryReading alternative : alternatives) {
      if (kinds.contains(alternative.kind())) {
        throw new IllegalArgumentException(alternative.kind() + " is read twice");
      }
      kinds.add(alternative.kind());
    }
  }

  static DetectedQuery of(String text, QueryKind kind, String reason) {
    return new DetectedQuery(
        text, new QueryReading(kind, text, reason), List.of(), Optional.empty());
  }

  /** What the text was taken to be: the kind of {@link #reading()}. */
  public QueryKind kind() {
    return reading.kind();
  }

  /** Why it was taken to be that, in words. */
  public String reason() {
    return reading.reason();
  }

  /** True when the text admits another reading than {@link #kind()}. */
  public boolean isAmbiguous() {
    return !alternatives.isEmpty();
  }

  /** True when one of the {@link #alternatives()} is of this kind. */
  public boolean hasAlternative(QueryKind kind) {
    return alternatives.stream().anyMatch(a -> a.kind() == kind);
  }

  /** Every reading in the order to try them: {@link #reading()}, then the alternatives. */
  public List<QueryReading> readings() {
    List<QueryReading> all = new ArrayList<>(alternatives.size() + 1);
    all.add(reading);
    all.addAll(alternatives);
    return List.copyOf(all);
  }
}
