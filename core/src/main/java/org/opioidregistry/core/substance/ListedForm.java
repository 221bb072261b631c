package org.opioidregistry.core.substance;

import java.util.Optional;

/**
 * A form of a listed substance that a listing extends to, in the words of the treaty or statute
 * (e.g. the 1961 Convention, Schedule I: "the isomers ... the esters and ethers ... the salts").
 *
 * <p>Immutable and thread-safe.
 */
public enum ListedForm {
  /**
   * Isomers "whenever the existence of such isomers is possible within the specific chemical
   * designation" (1961 Convention, Schedules I and II): structure search can test the stereoisomers
   * (same constitution, other or unspecified configuration).
   */
  ISOMERS("isomers"),
  /**
   * Optical isomers only (e.g. a US schedule paragraph that names "optical isomers"): enantiomers
   * and diastereomers at stereocentres, not cis/trans isomers.
   */
  OPTICAL_ISOMERS("optical-isomers"),
  /** Stereoisomers (the 1971 Convention's wording). */
  STEREOISOMERS("stereoisomers"),
  /** Esters of the listed substance. */
  ESTERS("esters"),
  /** Ethers of the listed substance. */
  ETHERS("ethers"),
  /** Salts of the substance (and of its listed isomers, esters and ethers). */
  SALTS("salts"),
  /**
   * The other pentavalent nitrogen derivatives of the tertiary amine the listed substance derives
   * from (1961 Convention, Schedule I: "morphine methobromide and other pentavalent nitrogen
   * morphine derivatives"): its quaternary N-alkyl salts and its N-oxide. Structure search tests it
   * through {@link org.opioidregistry.core.structure.PentavalentNitrogen#tertiaryParents}.
   */
  PENTAVALENT_NITROGEN_DERIVATIVES("pentavalent-nitrogen-derivatives");

  private final String id;

  ListedForm(String id) {
    this.id = id;
  }

  /** Stable identifier for files, e.g. {@code isomers}. */
  public String id() {
    return id;
  }

  /** The form with the given {@link #id()}, if any. */
  public static Optional<ListedForm> fromId(String id) {
    // A loop, not a stream: called for every row of the tables at each start.
    for (var f : values()) {
      if (f.id.equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
