package org.opioidregistry.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a name search result names one substance: the single decision that turns name matches
 * into an identity, or into candidates and leads that are none.
 *
 * <pre>{@code
 * NameResolution r = NameResolution.of(registry.findByName("brorphin", NameResolution.SEARCH_LIMIT));
 * r.outcome();     // IDENTIFIED
 * r.identified();  // Optional[brorphine, TYPO, 1 edit]
 * NameResolution.of(registry.findByName("betonitazene", 10)).outcome();  // AMBIGUOUS
 * }</pre>
 *
 * <h2>The rule</h2>
 *
 * <ol>
 *   <li>Only a {@link NameMatchKind#CODE code}, an {@link NameMatchKind#EXACT_NAME exact name} or
 *       an accepted {@link NameMatchKind#TYPO typo} can identify. A typo is accepted when it needs
 *       at most one edit per eight letters (at most three) and changes no digit, locant or Greek
 *       letter; see {@link NameMatch#edits()} and {@link
 *       org.opioidregistry.search.name.NameFolding#markers}. A {@link NameMatchKind#PREFIX prefix},
 *       a {@link NameMatchKind#PARTIAL partial} or a {@link NameMatchKind#QUERY query} match is a
 *       lead only.
 *   <li>The best is the identifying match with the fewest edits (a code before a name on a tie).
 *   <li>It identifies only when every other substance in the result, whatever the kind of its
 *       match, is clearly farther from the query: at least {@code max(e + 1, ⌈1.5·e⌉)} edits away
 *       when the best is {@code e} edits away (1 for an exact name or code, 2 for a one-letter
 *       typo, 3 for two, 5 for three). Otherwise the best and every rival within that distance are
 *       reported as {@link Outcome#AMBIGUOUS} candidates, none of them an identity. Why: a query
 *       one letter from two listed names is as likely a slip on either; the margin grows with the
 *       distance because every further slip in the query could bring the runner-up level. A rival
 *       whose one-letter difference is a digit ("U-47701" beside "U-47700") counts: which letter
 *       the user mistyped is unknown.
 * </ol>
 *
 * <p>The runner-up must be in the list, so pass a whole search result of at least {@link
 * #SEARCH_LIMIT} matches, best first as {@code Registry} returns them; a list cut to one match
 * cannot show a rival.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcome what the name search amounts to
 * @param candidates for {@link Outcome#IDENTIFIED} the one match; for {@link Outcome#AMBIGUOUS} the
 *     equally close matches, closest first; for {@link Outcome#LEADS_ONLY} every match given; empty
 *     for {@link Outcome#NOT_FOUND}
 * @param reason the decision in words, e.g. "1 letter differs from 'Brorphine'; the next closest
 *     name, 'Morpheridine', is 6 edits away"
 */
public record NameResolution(Outcome outcome, List<NameMatch> candidates, String reason) {

  /** The search limit that lets the rule see the rivals it compares against. */
  public static final int SEARCH_LIMIT = 10;

  private static final Set<NameMatchKind> IDENTIFYING =
      Set.of(NameMatchKind.CODE, NameMatchKind.EXACT_NAME, NameMatchKind.TYPO);

  /** What a name search amounts to, strongest first. */
  public enum Outcome {
    /** One substance, unambiguously: its code, its name, or a clear typo of its name. */
    IDENTIFIED,
    /** Two or more substances are about equally close to the query: candidates, no identity. */
    AMBIGUOUS,
    /** Only prefix, partial or query matches: leads to look at, not an identification. */
    LEADS_ONLY,
    /** Nothing matched. */
    NOT_FOUND
  }

  /** Copies the candidates and checks that they fit the outcome. */
  public NameResolution {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    candidates = List.copyOf(candidates);
    boolean fits =
        switch (outcome) {
          case IDENTIFIED -> candidates.size() == 1;
          case AMBIGUOUS -> candidates.size() >= 2;
          case LEADS_ONLY -> !candidates.isEmpty();
          case NOT_FOUND -> candidates.isEmpty();
        };
    if (!fits) {
      throw new IllegalArgumentException(outcome + " with " + candidates.size() + " candidate(s)");
    }
  }

  /**
   * Applies the rule to a name search result.
   *
   * @param matches a search result, best first, of at least {@link #SEARCH_LIMIT} matches when
   *     there are that many (one match per substance, as {@code Registry} returns them)
   */
  public static NameResolution of(List<NameMatch> matches) {
    Objects.requireNonNull(matches, "matches");
    if (matches.isEmpty()) {
      return new NameResolution(
          Outcome.NOT_FOUND, List.of(), "no registered name, synonym or code matches");
    }
    Optional<NameMatch> best =
        matches.stream()
            .filter(m -> IDENTIFYING.contains(m.kind()))
            .min(Comparator.comparingInt(NameMatch::edits).thenComparing(NameMatch::kind));
    if (best.isEmpty()) {
      return new NameResolution(
          Outcome.LEADS_ONLY,
          matches,
          "only " + kinds(matches) + " matches: leads, not an identification");
    }
    NameMatch chosen = best.get();
    int clear = clearDistance(chosen.edits());
    List<NameMatch> rivals = new ArrayList<>();
    NameMatch runnerUp = null;
    for (NameMatch m : matches) {
      if (m == chosen
          || m.edits() == NameMatch.NOT_COMPARED
          || m.substance().id().equals(chosen.substance().id())) {
        continue;
      }
      if (m.edits() < clear) {
        rivals.add(m);
      } else if (runnerUp == null || m.edits() < runnerUp.edits()) {
        runnerUp = m;
      }
    }
    if (!rivals.isEmpty()) {
      rivals.sort(Comparator.comparingInt(NameMatch::edits));
      List<NameMatch> candidates = new ArrayList<>();
      candidates.add(chosen);
      candidates.addAll(rivals);
      return new NameResolution(
          Outcome.AMBIGUOUS,
          candidates,
          "about equally close: "
              + String.join(", ", candidates.stream().map(NameResolution::describe).toList())
              + "; no identity (a clear match needs the next name at least "
              + clear
              + " edits away)");
    }
    String next =
        runnerUp == null
            ? "no other substance matched"
            : "the next closest name, '"
                + runnerUp.matchedName()
                + "', is "
                + runnerUp.edits()
                + (runnerUp.edits() == 1 ? " edit away" : " edits away");
    return new NameResolution(
        Outcome.IDENTIFIED, List.of(chosen), chosen.explanation() + "; " + next);
  }

  /** The identified match, for {@link Outcome#IDENTIFIED}; empty otherwise. */
  public Optional<NameMatch> identified() {
    return outcome == Outcome.IDENTIFIED ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /** The fewest edits a rival must need for a best match {@code edits} away to be clear. */
  static int clearDistance(int edits) {
    return Math.max(edits + 1, (3 * edits + 1) / 2);
  }

  private static String describe(NameMatch m) {
    return "'" + m.matchedName() + "' (" + m.edits() + (m.edits() == 1 ? " edit)" : " edits)");
  }

  private static String kinds(List<NameMatch> matches) {
    return String.join(
        " or ",
        matches.stream().map(m -> m.kind().name().toLowerCase(Locale.ROOT)).distinct().toList());
  }
}
