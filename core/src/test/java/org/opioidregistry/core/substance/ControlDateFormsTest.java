package org.opioidregistry.core.substance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ControlDate} and {@link Instrument} match their forms by hand; this checks them against
 * the regexes and java.time parsers they used before, as the oracle: for every form, near misses of
 * each, and random texts over the characters that matter (seed printed in each failure message),
 * the same forms, the same mark, the same parsed date with the same certainty, the same days and
 * the same refusals.
 */
class ControlDateFormsTest {

  private static final long SEED = 20261201L;

  private static final Pattern EXACT_YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern EXACT_MONTH = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)");
  private static final Pattern EXACT_DAY = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)");
  private static final Pattern BEFORE_YEAR = Pattern.compile("pre-((?:19|20)\\d\\d)");
  private static final Pattern DECADE = Pattern.compile("((?:19|20)\\d)0s");
  private static final Pattern MARK = Pattern.compile("\\s*\\((unverified|recollection)\\)\\s*$");

  private static final String[] PIECES = {
    "19",
    "20",
    "18",
    "21",
    "0",
    "1",
    "2",
    "3",
    "9",
    "5",
    "-",
    "pre-",
    "pre",
    "s",
    "0s",
    " ",
    "\t",
    "\n",
    "\r",
    "\u0085",
    "\u2028",
    "\u00a0",
    "(",
    ")",
    "(unverified)",
    "(recollection)",
    "unverified",
    "x",
    "٣",
    "12",
    "31",
    "02-29",
    "13",
    "00",
    "-12-31",
    "-02-30",
    "-04-31"
  };

  @Test
  void knownTextsAgree() {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "",
                "2020-12-02",
                "2020-12",
                "2018",
                "pre-1964",
                "1980s",
                "1964 (unverified)",
                "2016 (recollection)",
                "2016(recollection)",
                "2016 (recollection) ",
                "2021-02-29",
                "2020-02-29",
                "2020-13",
                "2020-00",
                "2020-04-31",
                "1999-12-31",
                "2099-01-01",
                "1899",
                "2100",
                "19xx",
                "1980",
                "1990s",
                "2000s",
                "1890s",
                "pre-2001",
                "pre-1899",
                "unknown",
                "(unverified)",
                " (unverified)",
                "1964 (unverified) (unverified)",
                "1964 (unverified)\u0085",
                "1964 (unverified) \u0085",
                "1964 (unverified)\r\n",
                "1964 (unverified)\n",
                "1964 (unverified)\u00a0",
                "1964 (Unverified)",
                "1964 (recollection)(unverified)",
                "٢٠٢٠",
                "2020-1-02",
                "2020-12-2"));
    for (String t : texts) {
      assertAgrees(t, "known");
    }
  }

  @Test
  void randomTextsAgree() {
    Random random = new Random(SEED);
    for (int n = 0; n < 100_000; n++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(6);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      assertAgrees(text.toString(), "seed " + SEED + ", case " + n);
    }
  }

  @Test
  void everyDayOfTwoCenturiesAgrees() {
    for (LocalDate d = LocalDate.of(1900, 1, 1);
        d.isBefore(LocalDate.of(2100, 1, 1));
        d = d.plusDays(1)) {
      assertAgrees(d.toString(), "day");
    }
    for (int y = 1890; y < 2110; y++) {
      for (int m = 0; m <= 13; m++) {
        for (int day : new int[] {0, 1, 28, 29, 30, 31, 32}) {
          assertAgrees(
              String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, day), "day " + y + " " + m);
        }
        assertAgrees(String.format(Locale.ROOT, "%04d-%02d", y, m), "month");
      }
    }
  }

  private static void assertAgrees(String text, String where) {
    String w = where + ": '" + text + "'";
    assertEquals(EXACT_YEAR.matcher(text).matches(), ControlDate.isExactYear(text), w);
    assertEquals(EXACT_MONTH.matcher(text).matches(), ControlDate.isExactMonth(text), w);
    assertEquals(EXACT_DAY.matcher(text).matches(), ControlDate.isExactDay(text), w);
    assertEquals(BEFORE_YEAR.matcher(text).matches(), ControlDate.isBeforeYear(text), w);
    assertEquals(DECADE.matcher(text).matches(), ControlDate.isDecade(text), w);
    Matcher mark = MARK.matcher(text);
    boolean found = mark.find();
    int unverified = ControlDate.markStart(text, "(unverified)");
    int recollection = ControlDate.markStart(text, "(recollection)");
    assertEquals(found && mark.group(1).equals("unverified") ? mark.start() : -1, unverified, w);
    assertEquals(
        found && mark.group(1).equals("recollection") ? mark.start() : -1, recollection, w);
    assertEquals(oldParse(text), newParse(text), w);
    assertEquals(oldInstrument(text), newInstrument(text), w);
  }

  private static String newInstrument(String notation) {
    try {
      Instrument i = Instrument.parse(notation);
      return i.citation() + "|" + i.certainty();
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getMessage();
    }
  }

  /** Instrument.parse as it was, through the mark regex. */
  private static String oldInstrument(String notation) {
    String text = notation == null ? "" : notation.strip();
    if (text.isEmpty()) {
      return "|" + Certainty.UNVERIFIED;
    }
    Matcher mark = MARK.matcher(text);
    if (mark.find()) {
      Certainty certainty =
          mark.group(1).equals("recollection") ? Certainty.RECOLLECTION : Certainty.UNVERIFIED;
      return text.substring(0, mark.start()).strip() + "|" + certainty;
    }
    return text + "|" + Certainty.VERIFIED;
  }

  /** What ControlDate.parse and the accessors give now, or the refusal's message. */
  private static String newParse(String notation) {
    try {
      ControlDate d = ControlDate.parse(notation);
      return d.text()
          + "|"
          + d.certainty()
          + "|"
          + d.earliest()
          + "|"
          + d.latest()
          + "|"
          + d.day()
          + "|"
          + d.year();
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getMessage();
    }
  }

  /** The same through the regexes and java.time parsers ControlDate used before. */
  private static String oldParse(String notation) {
    String text = notation == null ? "" : notation.strip();
    if (text.isEmpty()) {
      text = "";
      return describe("", Certainty.UNVERIFIED);
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
    // The record's constructor.
    text = text.strip();
    if (text.isEmpty() && certainty == Certainty.VERIFIED) {
      return "refused: an unknown date cannot be verified";
    }
    if (certainty == Certainty.VERIFIED && !isExact(text)) {
      return "refused: only a day, a month or a year can be verified, not '" + text + "'";
    }
    try {
      if (EXACT_DAY.matcher(text).matches()) {
        LocalDate.parse(text);
      }
      if (EXACT_MONTH.matcher(text).matches()) {
        YearMonth.parse(text);
      }
    } catch (DateTimeException e) {
      return "refused: not a calendar date: '" + text + "'";
    }
    return describe(text, certainty);
  }

  private static String describe(String text, Certainty certainty) {
    return text
        + "|"
        + certainty
        + "|"
        + earliest(text)
        + "|"
        + latest(text)
        + "|"
        + (EXACT_DAY.matcher(text).matches()
            ? Optional.of(LocalDate.parse(text))
            : Optional.empty())
        + "|"
        + (isExact(text)
            ? OptionalInt.of(Integer.parseInt(text.substring(0, 4)))
            : OptionalInt.empty());
  }

  private static boolean isExact(String text) {
    return EXACT_YEAR.matcher(text).matches()
        || EXACT_MONTH.matcher(text).matches()
        || EXACT_DAY.matcher(text).matches();
  }

  private static Optional<LocalDate> earliest(String text) {
    if (EXACT_DAY.matcher(text).matches()) {
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

  private static Optional<LocalDate> latest(String text) {
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
}
