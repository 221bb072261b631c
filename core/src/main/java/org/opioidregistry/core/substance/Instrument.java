package org.opioidregistry.core.substance;

import java.util.Objects;

/**
 * The legal instrument by which a control began or ended, as cited: a CND decision ({@code CND
 * decision 63/1}), a Federal Register citation ({@code 84 FR 12345}), a statutory instrument
 * ({@code SI 2021/1234}), an official list, with how well the citation is established.
 *
 * <pre>{@code
 * Instrument i = Instrument.parse("CND decision 58/1 (unverified)");
 * i.citation();    // "CND decision 58/1"
 * i.certainty();   // UNVERIFIED
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param citation the citation; empty when no instrument is recorded
 * @param certainty how well the citation is established: {@code VERIFIED} only when it was read
 *     from a copy of the instrument or of an official list that cites it
 */
public record Instrument(String citation, Certainty certainty) {

  /** No instrument recorded. */
  public static final Instrument NONE = new Instrument("", Certainty.UNVERIFIED);

  /**
   * Checks for nulls; a missing instrument cannot be verified.
   *
   * @throws IllegalArgumentException when an empty citation is marked verified
   */
  public Instrument {
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(certainty, "certainty");
    citation = citation.strip();
    if (citation.isEmpty() && certainty == Certainty.VERIFIED) {
      throw new IllegalArgumentException("a missing instrument cannot be verified");
    }
  }

  /**
   * Reads the reference data's notation: the citation, optionally followed by "(unverified)" or
   * "(recollection)"; an unmarked citation is verified, an empty one is {@link #NONE}.
   */
  public static Instrument parse(String notation) {
    String text = notation == null ? "" : notation.strip();
    if (text.isEmpty()) {
      return NONE;
    }
    // The mark (regex \s*\((unverified|recollection)\)\s*$, found), by hand as for dates: a regex
    // find tried every position of every citation of about 600 controls at each start.
    int unverified = ControlDate.markStart(text, "(unverified)");
    int recollection = ControlDate.markStart(text, "(recollection)");
    if (unverified >= 0 || recollection >= 0) {
      Certainty certainty = unverified >= 0 ? Certainty.UNVERIFIED : Certainty.RECOLLECTION;
      return new Instrument(
          text.substring(0, unverified >= 0 ? unverified : recollection), certainty);
    }
    return new Instrument(text, Certainty.VERIFIED);
  }

  /** True when no instrument is recorded. */
  public boolean isEmpty() {
    return citation.isEmpty();
  }

  /** True when the citation is recorded and verified. */
  public boolean isVerified() {
    return certainty == Certainty.VERIFIED;
  }

  /** The notation {@link #parse} reads back, e.g. "CND decision 58/1 (unverified)"; "" if none. */
  @Override
  public String toString() {
    if (citation.isEmpty()) {
      return "";
    }
    return switch (certainty) {
      case VERIFIED -> citation;
      case RECOLLECTION -> citation + " (recollection)";
      case UNVERIFIED -> citation + " (unverified)";
    };
  }
}
