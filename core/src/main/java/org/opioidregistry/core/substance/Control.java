package org.opioidregistry.core.substance;

import java.util.Objects;

/**
 * One legal control of a substance: under which treaty or in which country, in which schedule or
 * table, since when, by which instrument, and on what source that rests.
 *
 * <pre>{@code
 * Control c = new Control(Jurisdiction.UN_1961, "I", ControlDate.parse("2018"),
 *     "CND decision 61/1", "UNODC/CND decisions 2018");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param jurisdiction treaty or country
 * @param schedule schedule, list or table, e.g. "I", "IV", "Table I"
 * @param since when the control took effect, with its certainty
 * @param instrument the legal instrument (e.g. a CND decision number), empty when not recorded
 * @param source where the fact comes from; never empty
 */
public record Control(
    Jurisdiction jurisdiction,
    String schedule,
    ControlDate since,
    String instrument,
    String source) {

  /**
   * Checks that every part is present and that the source is named.
   *
   * @throws IllegalArgumentException when the schedule or the source is blank
   */
  public Control {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(instrument, "instrument");
    if (schedule == null || schedule.isBlank()) {
      throw new IllegalArgumentException("a control needs a schedule");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("a control needs a source");
    }
    schedule = schedule.strip();
    instrument = instrument.strip();
    source = source.strip();
  }

  /** True when the date of the control is verified. */
  public boolean isVerified() {
    return since.isVerified();
  }

  /** E.g. "UN-1961 Schedule I since 2018". */
  @Override
  public String toString() {
    String list = schedule.startsWith("Table") ? schedule : "Schedule " + schedule;
    return jurisdiction.code() + " " + list + " since " + since;
  }
}
