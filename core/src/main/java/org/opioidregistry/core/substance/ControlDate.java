package org.opioidregistry.core.substance;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

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

  // The forms of a date, matched by hand (a cold start read about 600 controls, each date matched
  // against up to eight regexes and parsed with java.time's formatters, mostly in the interpreter).
  // ControlDateFormsTest checks every method against these regexes, which they replace:
  //   exact year   (19|20)\d\d
  //   exact month  ((?:19|20)\d\d)-(\d\d)
  //   exact day    ((?:19|20)\d\d)-(\d\d)-(\d\d)
  //   before year  pre-((?:19|20)\d\d)
  //   decade       ((?:19|20)\d)0s
  //   mark         \s*\((unverified|recollection)\)\s*$   (found, not matched)
  private static final String UNVERIFIED_MARK = "(unverified)";
  private static final String RECOLLECTION_MARK = "(recollection)";

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
    int mark = markStart(text, UNVERIFIED_MARK);
    int recollection = markStart(text, RECOLLECTION_MARK);
    if (mark >= 0 || recollection >= 0) {
      certainty = mark >= 0 ? Certainty.UNVERIFIED : Certainty.RECOLLECTION;
      text = text.substring(0, mark >= 0 ? mark : recollection);
    } else if (!isExact(text)) {
      certainty = Certainty.UNVERIFIED;
    }
    return new ControlDate(text, certainty);
  }

  /**
   * Where the mark (the regex {@code \s*\((unverified|recollection)\)\s*$}) found in the text
   * starts, or -1: the mark's word in brackets at the end, white space ({@code \s}) around it,
   * where the end may also be before a final line terminator, as {@code $} allows.
   */
  static int markStart(String text, String mark) {
    int end = text.length();
    if (end > 0 && isLineTerminator(text.charAt(end - 1))) {
      int before = end - 1;
      if (text.charAt(before) == '\n' && before > 0 && text.charAt(before - 1) == '\r') {
        before--;
      }
      int found = markEndingAt(text, mark, before);
      if (found >= 0) {
        return found;
      }
    }
    return markEndingAt(text, mark, end);
  }

  private static int markEndingAt(String text, String mark, int end) {
    int close = end;
    while (close > 0 && isRegexSpace(text.charAt(close - 1))) {
      close--;
    }
    int open = close - mark.length();
    if (open < 0 || !text.startsWith(mark, open)) {
      return -1;
    }
    int start = open;
    while (start > 0 && isRegexSpace(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /** {@code \s} of a regex without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** A line terminator of a regex without UNIX_LINES, before which {@code $} also matches. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isDigit(String text, int i) {
    char c = text.charAt(i);
    return c >= '0' && c <= '9';
  }

  /** 19dd or 20dd at {@code i} (the text is long enough). */
  private static boolean isYear(String text, int i) {
    return isCentury(text, i) && isDigit(text, i + 2) && isDigit(text, i + 3);
  }

  private static boolean isCentury(String text, int i) {
    char a = text.charAt(i);
    char b = text.charAt(i + 1);
    return (a == '1' && b == '9') || (a == '2' && b == '0');
  }

  static boolean isExactYear(String text) {
    return text.length() == 4 && isYear(text, 0);
  }

  static boolean isExactMonth(String text) {
    return text.length() == 7
        && isYear(text, 0)
        && text.charAt(4) == '-'
        && isDigit(text, 5)
        && isDigit(text, 6);
  }

  static boolean isExactDay(String text) {
    return text.length() == 10
        && isYear(text, 0)
        && text.charAt(4) == '-'
        && isDigit(text, 5)
        && isDigit(text, 6)
        && text.charAt(7) == '-'
        && isDigit(text, 8)
        && isDigit(text, 9);
  }

  static boolean isBeforeYear(String text) {
    return text.length() == 8 && text.startsWith("pre-") && isYear(text, 4);
  }

  static boolean isDecade(String text) {
    return text.length() == 5
        && isCentury(text, 0)
        && isDigit(text, 2)
        && text.charAt(3) == '0'
        && text.charAt(4) == 's';
  }

  /** The digits of {@code text} from {@code from} to {@code to}, all of them digits. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  /** The day of an exact day's text, as {@code LocalDate.parse} reads it. */
  private static LocalDate dayOf(String text) {
    return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
  }

  /** The month of an exact month's text, as {@code YearMonth.parse} reads it. */
  private static YearMonth monthOf(String text) {
    return YearMonth.of(digits(text, 0, 4), digits(text, 5, 7));
  }

  private static boolean isExact(String text) {
    return isExactYear(text) || isExactMonth(text) || isExactDay(text);
  }

  private static void checkCalendar(String text) {
    try {
      if (isExactDay(text)) {
        dayOf(text);
      }
      if (isExactMonth(text)) {
        monthOf(text);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a calendar date: '" + text + "'", e);
    }
  }

  /** The year, when the date is an exact day, month or year (whatever its certainty). */
  public OptionalInt year() {
    return isExact(text) ? OptionalInt.of(digits(text, 0, 4)) : OptionalInt.empty();
  }

  /** The day, when the date is given to the day. */
  public Optional<LocalDate> day() {
    return isExactDay(text) ? Optional.of(dayOf(text)) : Optional.empty();
  }

  /**
   * The first day on which the event may have happened: the day itself, the first of the month or
   * year, the first year of a decade; empty when the text gives no lower bound ({@code pre-1964},
   * unknown, or a free remark).
   */
  public Optional<LocalDate> earliest() {
    if (isExactDay(text)) {
      return Optional.of(dayOf(text));
    }
    if (isExactMonth(text)) {
      return Optional.of(monthOf(text).atDay(1));
    }
    if (isExactYear(text)) {
      return Optional.of(LocalDate.of(digits(text, 0, 4), 1, 1));
    }
    if (isDecade(text)) {
      return Optional.of(LocalDate.of(digits(text, 0, 3) * 10, 1, 1));
    }
    return Optional.empty();
  }

  /**
   * The last day on which the event may have happened: the day itself, the last of the month or
   * year, the last day of a decade, the day before the year of {@code pre-1964}; empty when the
   * text gives no upper bound (unknown, or a free remark).
   */
  public Optional<LocalDate> latest() {
    if (isExactDay(text)) {
      return Optional.of(dayOf(text));
    }
    if (isExactMonth(text)) {
      return Optional.of(monthOf(text).atEndOfMonth());
    }
    if (isExactYear(text)) {
      return Optional.of(LocalDate.of(digits(text, 0, 4), 12, 31));
    }
    if (isDecade(text)) {
      return Optional.of(LocalDate.of(digits(text, 0, 3) * 10 + 9, 12, 31));
    }
    if (isBeforeYear(text)) {
      return Optional.of(LocalDate.of(digits(text, 4, 8) - 1, 12, 31));
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
