package org.opioidregistry.identify;

import java.util.List;
import java.util.Optional;
import org.opioidregistry.search.NameMatch;
import org.opioidregistry.search.NameMatchKind;

/**
 * Which name matches identify a substance. A code or an exact name (once spelling is folded)
 * identifies; a typo identifies only when the name search found no other substance about as close
 * and the policy allows typos; a partial match (a prefix, a shared part) never does.
 */
final class NameRules {

  /** Two typo matches whose scores differ by less than this are about equally close. */
  private static final double TIE = 0.02;

  private NameRules() {}

  /** True for the kinds of match that can identify a substance on their own. */
  static boolean isIdentity(NameMatchKind kind) {
    return kind == NameMatchKind.CODE || kind == NameMatchKind.EXACT_NAME;
  }

  /** The outcome of reading a name against the registry's names. */
  sealed interface Outcome permits Identified, Ambiguous, NotIdentified {}

  /** One substance is named. */
  record Identified(NameMatch match) implements Outcome {}

  /** Several substances are about equally close: candidates, no identity. */
  record Ambiguous(List<NameMatch> candidates) implements Outcome {}

  /** No name identifies (only partial matches, or none). */
  record NotIdentified() implements Outcome {}

  /** Decides what the matches (best first) say. {@code typos} says whether a typo may identify. */
  static Outcome decide(List<NameMatch> matches, boolean typos) {
    if (matches.isEmpty()) {
      return new NotIdentified();
    }
    NameMatch best = matches.get(0);
    if (isIdentity(best.kind())) {
      List<NameMatch> exact =
          matches.stream()
              .filter(m -> isIdentity(m.kind()))
              .filter(m -> !m.substance().id().equals(best.substance().id()))
              .toList();
      return exact.isEmpty() ? new Identified(best) : new Ambiguous(withBest(best, exact));
    }
    if (best.kind() != NameMatchKind.TYPO) {
      return new NotIdentified();
    }
    List<NameMatch> close =
        matches.stream()
            .filter(m -> m.kind() == NameMatchKind.TYPO)
            .filter(m -> !m.substance().id().equals(best.substance().id()))
            .filter(m -> best.score() - m.score() < TIE)
            .toList();
    if (!close.isEmpty() || !typos) {
      return new Ambiguous(withBest(best, close));
    }
    return new Identified(best);
  }

  private static List<NameMatch> withBest(NameMatch best, List<NameMatch> others) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(best), others.stream())
        .toList();
  }

  /** The best match, when it is a lead only. */
  static Optional<NameMatch> lead(List<NameMatch> matches) {
    return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
  }
}
