package org.opioidregistry.search;

import java.util.List;
import org.opioidregistry.search.name.NameFolding;

/**
 * Decides when a name that differs from a registered one is taken as a typo of it ({@link
 * NameMatchKind#TYPO}), rather than as another substance's name that shares letters with it ({@link
 * NameMatchKind#PARTIAL}). Two conditions, both on the folded names:
 *
 * <ol>
 *   <li><b>At most one edit per eight letters, and never more than three</b> ({@link
 *       #allowedEdits}), counted on the longer of the two folded names. "brorphin" (9 letters, one
 *       short of "brorphine") and "fentanly" (8, two letters swapped) are typos; a one-letter slip
 *       in a name of seven letters or fewer ("etazine" for "etazene") is not. Why: the registry's
 *       own names stand one edit apart at eleven letters (etonitazene, metonitazene), and the
 *       shorter a name, the larger the share of its one-letter variants that are other names or
 *       codes, so a short name must be spelt out. The cap of three keeps long systematic names,
 *       where one edit turns ethyl into methyl, from matching loosely.
 *   <li><b>The edits touch no marker</b> ({@link NameFolding#markers}): digits, Greek letters and
 *       heteroatom locants must be the same, in the same order. One edit turns 3-methylfentanyl
 *       into 4-methylfentanyl, alpha- into beta-, U-47700 into U-47701: different substances.
 * </ol>
 *
 * Whether the typo then identifies the substance also depends on the runner-up: see {@link
 * NameResolution}.
 *
 * <p>Stateless and thread-safe.
 */
final class TypoRule {

  /** Letters per tolerated edit. */
  static final int LETTERS_PER_EDIT = 8;

  /** The most edits ever tolerated. */
  static final int MAX_EDITS = 3;

  private TypoRule() {}

  /** How many edits a name of this folded length tolerates: 0 below 8 letters, then 1, 2, 3. */
  static int allowedEdits(int foldedLength) {
    return Math.min(MAX_EDITS, foldedLength / LETTERS_PER_EDIT);
  }

  /**
   * True when a query {@code edits} away from a registered name is a typo of it.
   *
   * @param queryMarkers {@link NameFolding#markers} of the query
   * @param name the registered name, as registered
   * @param foldedLength the longer of the two folded lengths
   */
  static boolean accepts(int edits, int foldedLength, List<String> queryMarkers, String name) {
    return edits > 0
        && edits <= allowedEdits(foldedLength)
        && queryMarkers.equals(NameFolding.markers(name));
  }
}
