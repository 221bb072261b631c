package org.opioidregistry.core.similarity;

import java.util.Comparator;

/**
 * One search result: the caller's id of a fingerprint in a {@link FingerprintIndex} and its
 * Tanimoto score against the query.
 *
 * <p>Results are always listed in {@link #ORDER}: score descending, then id ascending, so that
 * equal scores come out in the same order on every run, thread count and index layout.
 *
 * <p>Thread safety: immutable.
 *
 * @param id the id given to {@link FingerprintIndex.Builder#add}
 * @param score the Tanimoto similarity in {@code [0, 1]}
 */
public record Hit(int id, double score) {

  /** Score descending, then id ascending: the order of every result list. */
  public static final Comparator<Hit> ORDER =
      (x, y) -> {
        int c = Double.compare(y.score, x.score);
        return c != 0 ? c : Integer.compare(x.id, y.id);
      };
}
