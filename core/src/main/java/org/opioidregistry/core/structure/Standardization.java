package org.opioidregistry.core.structure;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What standardisation removed from or changed in an input to reach the parent structure that
 * identity is decided on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param removed fragments dropped (counter-ions, solvents, metals, further copies of the parent)
 * @param neutralisedCations protonated amines (and other cations with a hydrogen) turned into the
 *     free base
 * @param neutralisedAnions deprotonated acids (carboxylates, phenolates...) turned into the free
 *     acid
 * @param normalisedGroups groups redrawn in their one accepted form (pentavalent nitro to
 *     charge-separated, iminol to amide); they do not change the InChIKey
 */
public record Standardization(
    List<RemovedFragment> removed,
    int neutralisedCations,
    int neutralisedAnions,
    int normalisedGroups) {

  /** Nothing removed, nothing changed. */
  public static final Standardization NONE = new Standardization(List.of(), 0, 0, 0);

  /** Copies the list; counts must not be negative. */
  public Standardization {
    removed = ImmutableList.copyOf(removed);
    if (neutralisedCations < 0 || neutralisedAnions < 0 || normalisedGroups < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** True when the input already was its own parent, drawn the standard way. */
  public boolean isUnchanged() {
    return removed.isEmpty()
        && neutralisedCations == 0
        && neutralisedAnions == 0
        && normalisedGroups == 0;
  }

  /**
   * True when an organic fragment that is not a known counter-ion was dropped: the input may have
   * been a mixture of two substances, of which only the larger one was kept.
   */
  public boolean removedUnknownOrganic() {
    return removed.stream().anyMatch(f -> f.kind() == RemovedFragment.Kind.OTHER_ORGANIC);
  }

  /** The changes as short sentences, e.g. ["removed: citrate", "neutralised: 1 ammonium"]. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    if (!removed.isEmpty()) {
      lines.add(
          "removed: "
              + removed.stream().map(RemovedFragment::toString).collect(Collectors.joining(", ")));
    }
    if (neutralisedCations > 0) {
      lines.add("neutralised: " + neutralisedCations + " ammonium");
    }
    if (neutralisedAnions > 0) {
      lines.add("neutralised: " + neutralisedAnions + " acid anion");
    }
    if (normalisedGroups > 0) {
      lines.add("normalised: " + normalisedGroups + " group(s) redrawn (nitro, N-oxide, amide)");
    }
    return List.copyOf(lines);
  }

  /** The changes in one line, e.g. "removed: citrate; neutralised: 1 ammonium", or "unchanged". */
  @Override
  public String toString() {
    return isUnchanged() ? "unchanged" : String.join("; ", describe());
  }
}
