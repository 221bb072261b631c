package org.opioidregistry.core.query;

import java.util.Objects;

/**
 * One way to read a query text: as what kind, the text to give that reader, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what the text is read as
 * @param text what to hand to the reader of that kind: usually the query itself, but the CAS RN
 *     with its hyphens for bare digits ("437387" → "437-38-7") and the parent's formula for a
 *     formula with a salt ("C22H28N2O.HCl" → "C22H28N2O")
 * @param reason why the text admits this reading, e.g. "bare digits with a valid CAS check digit"
 */
public record QueryReading(QueryKind kind, String text, String reason) {

  /** Checks for nulls. */
  public QueryReading {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
