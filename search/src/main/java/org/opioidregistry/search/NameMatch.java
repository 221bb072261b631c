package org.opioidregistry.search;

import java.util.Objects;
import org.opioidregistry.core.substance.Substance;

/**
 * A substance found by name, synonym or code, with the name that matched, why, and how many letters
 * stand between the query and that name.
 *
 * <p>A single match is a lead, not an identification: whether the query names one substance
 * unambiguously is decided over the whole result list by {@link NameResolution#of(java.util.List)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param substance the substance found
 * @param matchedName the name, synonym or code that matched, as registered
 * @param kind why it matched
 * @param score rank score in [0, 1]; higher is better
 * @param edits the edit distance between the folded query and the folded matched name (letters
 *     inserted, deleted, substituted or swapped with a neighbour): 0 for a {@link
 *     NameMatchKind#CODE code} or an {@link NameMatchKind#EXACT_NAME exact name}; {@link
 *     #NOT_COMPARED} for a {@link NameMatchKind#QUERY Lucene-syntax} match, which compares no
 *     spelling
 * @param explanation the reason in words, e.g. "2 letters differ from 'Carfentanil'"
 */
public record NameMatch(
    Substance substance,
    String matchedName,
    NameMatchKind kind,
    double score,
    int edits,
    String explanation) {

  /** The {@link #edits()} of a match that compared no spelling. */
  public static final int NOT_COMPARED = -1;

  /** Checks for nulls and a meaningful edit count. */
  public NameMatch {
    Objects.requireNonNull(substance, "substance");
    Objects.requireNonNull(matchedName, "matchedName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(explanation, "explanation");
    if (edits < NOT_COMPARED || (edits == NOT_COMPARED) != (kind == NameMatchKind.QUERY)) {
      throw new IllegalArgumentException(
          "edits " + edits + " for a " + kind + " match; only QUERY matches compare no spelling");
    }
    if ((kind == NameMatchKind.CODE || kind == NameMatchKind.EXACT_NAME) && edits != 0) {
      throw new IllegalArgumentException("a " + kind + " match has 0 edits, not " + edits);
    }
  }
}
