package org.opioidregistry.core.substance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One legal control of a substance: under which treaty or in which country, in which schedule or
 * table, from when (and, where it ended, until when), by which instruments, what the listing
 * extends to, and on what source that rests.
 *
 * <pre>{@code
 * Control c = new Control(Jurisdiction.UN_1961, "I", ControlDate.parse("2018"),
 *     "CND decision 61/1", "UNODC/CND decisions 2018");
 * c.inForceOn(LocalDate.of(2019, 6, 1));      // IN_FORCE
 * Control moved = c.withEnd(ControlDate.parse("2022-05-01"), Instrument.parse("CND decision 65/2"));
 * Control wide = c.withScope(ListingScope.of(EnumSet.of(ListedForm.ISOMERS), List.of()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param jurisdiction treaty or country
 * @param schedule schedule, list, table or class, e.g. "I", "IV", "Table I", "Class A"
 * @param since when the control took effect, with its certainty
 * @param instrument the legal instrument that began it, with its certainty; {@link Instrument#NONE}
 *     when not recorded
 * @param until when the control ended (moved to another schedule, or descheduled), empty while in
 *     force
 * @param endInstrument the instrument that ended it; {@link Instrument#NONE} when not recorded or
 *     not ended
 * @param scope what the listing extends to (isomers, esters, ethers, salts) and its named
 *     exceptions; {@link ListingScope#NAMED_ONLY} when not recorded
 * @param source where the fact comes from; never empty
 */
public record Control(
    Jurisdiction jurisdiction,
    String schedule,
    ControlDate since,
    Instrument instrument,
    Optional<ControlDate> until,
    Instrument endInstrument,
    ListingScope scope,
    String source) {

  /**
   * Checks that every part is present and that the source is named.
   *
   * @throws IllegalArgumentException when the schedule or the source is blank, when an end
   *     instrument is given without an end, or when the end is known to precede the start
   */
  public Control {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(endInstrument, "endInstrument");
    Objects.requireNonNull(scope, "scope");
    if (schedule == null || schedule.isBlank()) {
      throw new IllegalArgumentException("a control needs a schedule");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("a control needs a source");
    }
    if (until.isEmpty() && !endInstrument.isEmpty()) {
      throw new IllegalArgumentException(
          "an end instrument (" + endInstrument + ") needs an end date, even an unknown one");
    }
    Optional<LocalDate> start = since.earliest();
    Optional<LocalDate> end = until.flatMap(ControlDate::latest);
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      throw new IllegalArgumentException(
          "the control ends (" + until.get() + ") before it begins (" + since + ")");
    }
    schedule = schedule.strip();
    source = source.strip();
  }

  /**
   * A control in force, with no end and no recorded scope: the shape of most lines.
   *
   * @param instrument the instrument's notation, read by {@link Instrument#parse}
   */
  public Control(
      Jurisdiction jurisdiction,
      String schedule,
      ControlDate since,
      String instrument,
      String source) {
    this(
        jurisdiction,
        schedule,
        since,
        Instrument.parse(instrument),
        Optional.empty(),
        Instrument.NONE,
        ListingScope.NAMED_ONLY,
        source);
  }

  /** This control, ended on the given date by the given instrument. */
  public Control withEnd(ControlDate end, Instrument by) {
    return new Control(
        jurisdiction, schedule, since, instrument, Optional.of(end), by, scope, source);
  }

  /** This control with the given scope. */
  public Control withScope(ListingScope value) {
    return new Control(
        jurisdiction, schedule, since, instrument, until, endInstrument, value, source);
  }

  /** True when the date the control took effect is verified. */
  public boolean isVerified() {
    return since.isVerified();
  }

  /** True when the control has ended (its end date may be unknown). */
  public boolean hasEnded() {
    return until.isPresent();
  }

  /**
   * Whether the control was in force on the given day, as its recorded dates tell: {@link
   * InForce#NOT_YET} when it certainly began after the day, {@link InForce#ENDED} when it certainly
   * ended on or before it, {@link InForce#IN_FORCE} when it certainly began on or before the day
   * and had not ended, and {@link InForce#UNCERTAIN} when the day falls inside the imprecision of a
   * date (a year without a day, {@code 1980s}, an unknown date). The certainty of the dates is not
   * folded in: show {@code since().certainty()} beside the answer.
   */
  public InForce inForceOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    Optional<LocalDate> beganAtEarliest = since.earliest();
    if (beganAtEarliest.isPresent() && day.isBefore(beganAtEarliest.get())) {
      return InForce.NOT_YET;
    }
    if (until.isPresent()) {
      Optional<LocalDate> endedAtLatest = until.get().latest();
      if (endedAtLatest.isPresent() && !day.isBefore(endedAtLatest.get())) {
        return InForce.ENDED;
      }
      Optional<LocalDate> endedAtEarliest = until.get().earliest();
      if (endedAtEarliest.isEmpty() || !day.isBefore(endedAtEarliest.get())) {
        return InForce.UNCERTAIN;
      }
    }
    Optional<LocalDate> beganAtLatest = since.latest();
    return beganAtLatest.isPresent() && !day.isBefore(beganAtLatest.get())
        ? InForce.IN_FORCE
        : InForce.UNCERTAIN;
  }

  /** E.g. "UN-1961 Schedule I since 2018", "US Schedule II since 1971 until 2019-06-01". */
  @Override
  public String toString() {
    String list =
        schedule.startsWith("Table") || schedule.startsWith("Class") || schedule.startsWith("List")
            ? schedule
            : "Schedule " + schedule;
    String text = jurisdiction.code() + " " + list + " since " + since;
    return until.map(u -> text + " until " + u).orElse(text);
  }
}
