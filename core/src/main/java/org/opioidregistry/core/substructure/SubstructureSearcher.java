package org.opioidregistry.core.substructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Runs one substructure query over a fixed list of prepared targets: screen first, then match.
 *
 * <pre>{@code
 * SubstructureSearcher searcher = SubstructureSearcher.of(targets);
 * SubstructureSearchResult r =
 *     searcher.search(SubstructureQuery.smarts("c1ccsc1"), 100, Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>Immutable and thread-safe: each search has its own matcher and deadline.
 */
public final class SubstructureSearcher {
  private final List<SearchTarget> targets;

  private SubstructureSearcher(List<SearchTarget> targets) {
    this.targets = targets;
  }

  /**
   * Creates a searcher over the given targets, in their iteration order.
   *
   * @param targets the prepared targets
   * @return the searcher
   */
  public static SubstructureSearcher of(Collection<SearchTarget> targets) {
    return new SubstructureSearcher(List.copyOf(targets));
  }

  /**
   * Returns the number of targets.
   *
   * @return the size
   */
  public int size() {
    return targets.size();
  }

  /**
   * Searches with screening on.
   *
   * @param query the query
   * @param limit the maximum number of hits; the search stops when it is reached
   * @param timeout the time bound for the whole search
   * @return the hits and the screening counts; partial if timed out
   */
  public SubstructureSearchResult search(SubstructureQuery query, int limit, Duration timeout) {
    return search(query, limit, timeout, Screening.ON);
  }

  /**
   * Searches, screening or not.
   *
   * @param query the query
   * @param limit the maximum number of hits, at least 1
   * @param timeout the time bound for the whole search, including graph matching
   * @param screening whether to reject targets by screen fingerprint first
   * @return the hits and the screening counts; partial if timed out
   */
  public SubstructureSearchResult search(
      SubstructureQuery query, int limit, Duration timeout, Screening screening) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    QueryMatcher matcher = query.newMatcher(Deadline.after(timeout, query.smarts()));
    boolean screen = screening == Screening.ON && query.isScreenable();
    List<SubstructureHit> hits = new ArrayList<>();
    int examined = 0;
    int screenedOut = 0;
    for (int i = 0; i < targets.size(); i++) {
      if (matcher.deadline().expired()) {
        return new SubstructureSearchResult(hits, examined, screenedOut, false, true);
      }
      SearchTarget target = targets.get(i);
      examined++;
      if (screen && !target.screen().containsAll(query.screen())) {
        screenedOut++;
        continue;
      }
      Optional<SubstructureMatch> match;
      try {
        match = target.match(matcher);
      } catch (SubstructureTimeoutException e) {
        return new SubstructureSearchResult(hits, examined, screenedOut, false, true);
      }
      if (match.isPresent()) {
        hits.add(new SubstructureHit(i, target.id(), match.get()));
        if (hits.size() == limit) {
          return new SubstructureSearchResult(hits, examined, screenedOut, true, false);
        }
      }
    }
    return new SubstructureSearchResult(hits, examined, screenedOut, false, false);
  }
}
