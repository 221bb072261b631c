package org.opioidregistry.core.substance;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a control took effect, as precisely as it is known, and how sure that is: an exact year
 * ({@code 2018}), or an approximate period ({@code pre-1964}, {@code 1980s}), each with its {@link
 * Certainty}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the date as the source gives it, e.g. "2018", "pre-1964", "1980s"; empty when unknown
 * @param certainty how well the date is established
 */
public record ControlDate(String text, Certainty certainty) {

  /** No date known. */
  public static final ControlDate UNKNOWN = new ControlDate("", Certainty.UNVERIFIED);

  private static final Pattern EXACT_YEAR = Pattern.compile("(19|20)\\d\\d");

  /** Checks for nulls; an unknown date cannot be verified. */
  public ControlDate {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(certainty, "certainty");
    text = text.strip();
    if (text.isEmpty() && certainty == Certainty.VERIFIED) {
      throw new IllegalArgumentException("an unknown date cannot be verified");
    }
  }

  /**
   * Reads the reference data's notation: a year or period, optionally followed by "(unverified)" or
   * "(recollection)", e.g. {@code "2016 (recollection)"} or {@code "pre-1964 (unverified)"}. A
   * plain exact year with no mark is verified; a period with no mark ("pre-1961 (original
   * schedule)") keeps its remark in the text and is verified only if it is an exact year.
   */
  public static ControlDate parse(String notation) {
    String text = notation == null ? "" : notation.strip();
    if (text.isEmpty()) {
      return UNKNOWN;
    }
    Certainty certainty = Certainty.VERIFIED;
    Matcher mark = Pattern.compile("\\s*\\((unverified|recollection)\\)\\s*$").matcher(text);
    if (mark.find()) {
      certainty =
          mark.group(1).equals("recollection") ? Certainty.RECOLLECTION : Certainty.UNVERIFIED;
      text = text.substring(0, mark.start());
    } else if (!EXACT_YEAR.matcher(text).matches()) {
      certainty = Certainty.UNVERIFIED;
    }
    return new ControlDate(text, certainty);
  }

  /** The year, when the date is an exact year (whatever its certainty). */
  public OptionalInt year() {
    return EXACT_YEAR.matcher(text).matches()
        ? OptionalInt.of(Integer.parseInt(text))
        : OptionalInt.empty();
  }

  /** True when the date is known and verified. */
  public boolean isVerified() {
    return certainty == Certainty.VERIFIED;
  }

  /** E.g. "2018", "2016 (recollection)", "pre-1964 (unverified)", "unknown". */
  @Override
  public String toString() {
    if (text.isEmpty()) {
      return "unknown";
    }
    return switch (certainty) {
      case VERIFIED -> text;
      case RECOLLECTION -> text + " (recollection)";
      case UNVERIFIED -> text + " (unverified)";
    };
  }
}
