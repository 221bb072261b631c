package org.opioidregistry.core.query;

import com.google.common.collect.Sets;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A query text and what it was taken to be, with the other readings it also admits (e.g. "CO" is
 * methanol as SMILES, carbon monoxide as a formula, and could be a code).
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the query as given, stripped of surrounding whitespace
 * @param kind what it was taken to be
 * @param alternatives other kinds it could also be, which a caller may try when the first reading
 *     finds nothing; never contains {@code kind}
 * @param fileFormat for a {@link QueryKind#FILE}, the format its extension announces, if any
 */
public record DetectedQuery(
    String text, QueryKind kind, Set<QueryKind> alternatives, Optional<FileFormat> fileFormat) {

  /** Copies the alternatives and checks that they do not repeat the kind. */
  public DetectedQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fileFormat, "fileFormat");
    alternatives = Sets.immutableEnumSet(alternatives);
    if (alternatives.contains(kind)) {
      throw new IllegalArgumentException(kind + " cannot be its own alternative");
    }
  }

  static DetectedQuery of(String text, QueryKind kind) {
    return new DetectedQuery(text, kind, Set.of(), Optional.empty());
  }

  /** True when the text admits another reading than {@link #kind()}. */
  public boolean isAmbiguous() {
    return !alternatives.isEmpty();
  }
}
