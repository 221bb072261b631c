package org.opioidregistry.core.substance;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a control applies: one of the three UN drug conventions, or a country or region by code
 * (ISO 3166 alpha-2 such as {@code US}, {@code CN}, {@code GB}; {@code EU} for the European Union).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code {@code UN-1961}, {@code UN-1971}, {@code UN-1988}, or a two-letter code
 * @param name a readable name
 */
public record Jurisdiction(String code, String name) {

  // Declared before the constants below, whose construction uses it.
  private static final Pattern FORM = Pattern.compile("UN-19(61|71|88)|[A-Z]{2}");

  /** Single Convention on Narcotic Drugs, 1961. */
  public static final Jurisdiction UN_1961 =
      new Jurisdiction("UN-1961", "UN Single Convention on Narcotic Drugs, 1961");

  /** Convention on Psychotropic Substances, 1971. */
  public static final Jurisdiction UN_1971 =
      new Jurisdiction("UN-1971", "UN Convention on Psychotropic Substances, 1971");

  /** Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances, 1988. */
  public static final Jurisdiction UN_1988 =
      new Jurisdiction(
          "UN-1988",
          "UN Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances,"
              + " 1988");

  /**
   * Checks the code.
   *
   * @throws IllegalArgumentException when the code is neither a treaty nor a two-letter code
   */
  public Jurisdiction {
    Objects.requireNonNull(name, "name");
    if (code == null || !FORM.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "a jurisdiction is UN-1961, UN-1971, UN-1988 or a two-letter code: '" + code + "'");
    }
  }

  /**
   * The jurisdiction for a code: a treaty constant for {@code UN-19xx} (or the bare year {@code
   * 1961}...), else a country or region named by its code.
   */
  public static Jurisdiction ofCode(String code) {
    return switch (code) {
      case "UN-1961", "1961" -> UN_1961;
      case "UN-1971", "1971" -> UN_1971;
      case "UN-1988", "1988" -> UN_1988;
      default -> new Jurisdiction(code, code);
    };
  }

  /** True for the UN conventions. */
  public boolean isTreaty() {
    return code.startsWith("UN-");
  }

  @Override
  public String toString() {
    return code;
  }
}
