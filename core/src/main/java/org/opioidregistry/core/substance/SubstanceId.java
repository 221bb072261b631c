package org.opioidregistry.core.substance;

import java.util.regex.Pattern;

/**
 * A substance's stable, human-readable identifier, e.g. {@code fentanyl} or {@code
 * 4-fluoroisobutyrfentanyl}: lower-case ASCII letters and digits in hyphen-separated words. Once
 * published an id never changes, so that other systems can refer to it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the id text
 */
public record SubstanceId(String value) implements Comparable<SubstanceId> {

  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_LENGTH = 100;

  /**
   * Checks the form.
   *
   * @throws IllegalArgumentException when the value is not lower-case hyphenated ASCII words
   */
  public SubstanceId {
    if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a substance id is lower-case letters and digits in hyphen-separated words"
              + " (e.g. 'alpha-methylfentanyl'), at most "
              + MAX_LENGTH
              + " characters: '"
              + value
              + "'");
    }
  }

  /** Same as the constructor, for fluent use. */
  public static SubstanceId of(String value) {
    return new SubstanceId(value);
  }

  // equals and hashCode written out, with the values the record's own would give: the generated
  // ones are bootstrapped through method handles on first use, which a cold start paid on the
  // first substance id hashed (JFR: about 7 ms of the bundled data's load, with Code).
  @Override
  public boolean equals(Object o) {
    return o instanceof SubstanceId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(SubstanceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
