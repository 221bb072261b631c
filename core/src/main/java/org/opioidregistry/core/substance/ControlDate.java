package org.opioidregistry.core.substance;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a control took effect (or ended), as precisely as it is known, and how sure that is: a day
 * ({@code 2020-12-02}), a month ({@code 2020-12}), a year ({@code 2018}), or an approximate period
 * ({@code pre-1964}, {@code 1980s}), each with its {@link Certainty}. {@link #earliest()} and
 * {@link #latest()} give the days between which the event happened, so that "was it in force on
 * that day?" can be answered, or answered "uncertain", without pretending to more precision than
 * the source gives.
 *
 * <pre>{@code
 * ControlDate d = ControlDate.parse("2020-12-02");   // verified, one day
 * ControlDate y = ControlDate.parse("2016 (recollection)");
 * y.earliest();                                      // 2016-01-01
 * y.latest();                                        // 2016-12-31
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the date as the source gives it, e.g. "2020-12-02", "2018", "pre-1964", "1980s";
 *     empty when unknown
 * @param certainty how well the date is established
 */
public record ControlDate(String text, Certainty certainty) {

  private static final Pattern EXACT_YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern EXACT_MONTH = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)");
  private static final Pattern EXACT_DAY = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)");
  private static final Pattern BEFORE_YEAR = Pattern.compile("pre-((?:19|20)\\d\\d)");
  private static final Pattern DECADE = Pattern.compile("((?:19|20)\\d)0s");
  private static final Pattern MARK = Pattern.compile("\\s*\\((unverified|recollection)\\)\\s*$");

  // Declared after the patterns, which its construction uses.
  /** No date known. */
  public static final ControlDate UNKNOWN = new ControlDate("", Certainty.UNVERIFIED);

  /**
   * Checks for nulls; an unknown date cannot be verified, and a date written as a day or month must
   * be a real one.
   *
   * @throws IllegalArgumentException for a verified unknown date or an impossible day or month
   */
  public ControlDate {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(certainty, "certainty");
    text = text.strip();
    if (text.isEmpty() && certainty == Certainty.VERIFIED) {
      throw new IllegalArgumentException("an unknown date cannot be verified");
    }
    if (certainty == Certainty.VERIFIED && !isExact(text)) {
      throw new IllegalArgumentException(
          "only a day, a month or a year can be verified, not '" + text + "'");
    }
    checkCalendar(text);
  }

  /**
   * Reads the reference data's notation: a day, month, year or period, optionally followed by
   * "(unverified)" or "(recollection)", e.g. {@code "2016 (recollection)"} or {@code "pre-1964
   * (unverified)"}. A plain day, month or year with no mark is verified; a period with no mark
   * ("pre-1961 (original schedule)") keeps its remark in the text and is unverified.
   *
   * @throws IllegalArgumentException for an impossible day or month, e.g. {@code 2019-02-30}
   */
  public static ControlDate parse(String notation) {
    String text = notation == null ? "" : notation.strip();
    if (text.isEmpty()) {
      return UNKNOWN;
    }
    Certainty certainty = Certainty.VERIFIED;
    Matcher mark = MARK.matcher(text);
    if (mark.find()) {
      certainty =
          mark.group(1).equals("recollection") ? Certainty.RECOLLECTION : Certainty.UNVERIFIED;
      text = text.substring(0, mark.start());
    } else if (!isExact(text)) {
      certainty = Certainty.UNVERIFIED;
    }
    return new ControlDate(text, certainty);
  }

  private static boolean isExact(String text) {
    return EXACT_YEAR.matcher(text).matches()
        || EXACT_MONTH.matcher(text).matches()
        || EXACT_DAY.matcher(text).matches();
  }

  private static void checkCalendar(String text) {
    try {
      Matcher day = EXACT_DAY.matcher(text);
      if (day.matches()) {
        LocalDate.parse(text);
      }
      Matcher month = EXACT_MONTH.matcher(text);
      if (month.matches()) {
        YearMonth.parse(text);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a calendar date: '" + text + "'", e);
    }
  }

  /** The year, when the date is an exact day, month or year (whatever its certainty). */
  public OptionalInt year() {
    return isExact(text)
        ? OptionalInt.of(Integer.parseInt(text.substring(0, 4)))
        : OptionalInt.empty();
  }

  /** The day, when the date is given to the day. */
  public Optional<LocalDate> day() {
    return EXACT_DAY.matcher(text).matches()
        ? Optional.of(LocalDate.parse(text))
        : Optional.empty();
  }

  /**
   * The first day on which the event may have happened: the day itself, the first of the month or
   * year, the first year of a decade; empty when the text gives no lower bound ({@code pre-1964},
   * unknown, or a free remark).
   */
  public Optional<LocalDate> earliest() {
    Matcher m = EXACT_DAY.matcher(text);
    if (m.matches()) {
      return Optional.of(LocalDate.parse(text));
    }
    if (EXACT_MONTH.matcher(text).matches()) {
      return Optional.of(YearMonth.parse(text).atDay(1));
    }
    if (EXACT_YEAR.matcher(text).matches()) {
      return Optional.of(LocalDate.of(Integer.parseInt(text), 1, 1));
    }
    Matcher decade = DECADE.matcher(text);
    if (decade.matches()) {
      return Optional.of(LocalDate.of(Integer.parseInt(decade.group(1)) * 10, 1, 1));
    }
    return Optional.empty();
  }

  /**
   * The last day on which the event may have happened: the day itself, the last of the month or
   * year, the last day of a decade, the day before the year of {@code pre-1964}; empty when the
   * text gives no upper bound (unknown, or a free remark).
   */
  public Optional<LocalDate> latest() {
    if (EXACT_DAY.matcher(text).matches()) {
      return Optional.of(LocalDate.parse(text));
    }
    if (EXACT_MONTH.matcher(text).matches()) {
      return Optional.of(YearMonth.parse(text).atEndOfMonth());
    }
    if (EXACT_YEAR.matcher(text).matches()) {
      return Optional.of(LocalDate.of(Integer.parseInt(text), 12, 31));
    }
    Matcher decade = DECADE.matcher(text);
    if (decade.matches()) {
      return Optional.of(LocalDate.of(Integer.parseInt(decade.group(1)) * 10 + 9, 12, 31));
    }
    Matcher before = BEFORE_YEAR.matcher(text);
    if (before.matches()) {
      return Optional.of(LocalDate.of(Integer.parseInt(before.group(1)) - 1, 12, 31));
    }
    return Optional.empty();
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

  /** The notation {@link #parse} reads back: empty for an unknown date, else {@link #toString}. */
  public String notation() {
    return text.isEmpty() ? "" : toString();
  }
}
