package org.opioidregistry.core.substance;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An identifier code of a substance, e.g. CAS RN {@code 437-38-7}. A CAS RN is checked for form and
 * check digit, so that a transposed digit is caught when data are loaded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type what kind of code
 * @param value the code as written
 */
public record Code(CodeType type, String value) {

  private static final Pattern CAS_FORM = Pattern.compile("(\\d{2,7})-(\\d{2})-(\\d)");

  /**
   * Checks the value.
   *
   * @throws IllegalArgumentException for a blank value or an invalid CAS RN
   */
  public Code {
    Objects.requireNonNull(type, "type");
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a code needs a value");
    }
    value = value.strip();
    if (type == CodeType.CAS_RN) {
      checkCas(value);
    }
  }

  // Written out, with the values the record's own would give, for the reason SubstanceId gives.
  @Override
  public boolean equals(Object o) {
    return o instanceof Code other && type == other.type && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return 31 * type.hashCode() + value.hashCode();
  }

  /** A CAS Registry Number. */
  public static Code cas(String value) {
    return new Code(CodeType.CAS_RN, value);
  }

  /** The CAS RN without hyphens, the form some databases store. */
  public String compactValue() {
    return value.replace("-", "");
  }

  private static void checkCas(String value) {
    var matcher = CAS_FORM.matcher(value);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a CAS RN (digits-dd-d): '" + value + "'");
    }
    String digits = matcher.group(1) + matcher.group(2);
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int weight = digits.length() - i;
      sum += weight * (digits.charAt(i) - '0');
    }
    int check = matcher.group(3).charAt(0) - '0';
    if (sum % 10 != check) {
      throw new IllegalArgumentException(
          "CAS RN '" + value + "' has check digit " + check + "; its digits give " + (sum % 10));
    }
  }

  @Override
  public String toString() {
    return type.id() + ":" + value;
  }
}
