package org.opioidregistry.server;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.search.SearchFilter;

/**
 * Reads and checks query parameters, one place for their limits and their error records: a missing,
 * oversized or malformed parameter is a 400 that names the parameter.
 *
 * <p>Stateless apart from the settings it reads; thread-safe.
 */
final class Params {

  private final ServerSettings settings;

  Params(ServerSettings settings) {
    this.settings = settings;
  }

  /** A required text parameter, within the query length limit. */
  String required(Context ctx, String name) {
    return optional(ctx, name)
        .orElseThrow(
            () ->
                ApiException.badRequest(
                    "MISSING_PARAMETER", "parameter '" + name + "' is required"));
  }

  /** An optional text parameter, blank taken as absent, within the query length limit. */
  Optional<String> optional(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(checkLength(name, value));
  }

  /** The text, or a 400 when it is longer than the query limit. */
  String checkLength(String what, String value) {
    if (value.length() > settings.maxQueryLength()) {
      throw new ApiException(
          400,
          "TOO_LONG",
          what + " is " + value.length() + " characters; the limit is " + settings.maxQueryLength(),
          settings.maxQueryLength());
    }
    return value;
  }

  /** A number in [0, 1], or the default. */
  double fraction(Context ctx, String name, double fallback) {
    Optional<String> text = optional(ctx, name);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      double value = Double.parseDouble(text.get());
      if (value >= 0 && value <= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, with the parameter's name
    }
    throw ApiException.badRequest(
        "BAD_PARAMETER", "parameter '" + name + "' must be a number from 0 to 1: " + text.get());
  }

  /** A count from 1 to the server's result limit, or the default. */
  int count(Context ctx, String name, int fallback) {
    Optional<String> text = optional(ctx, name);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.get().strip());
      if (value >= 1 && value <= settings.maxResults()) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, with the parameter's name
    }
    throw ApiException.badRequest(
        "BAD_PARAMETER",
        "parameter '"
            + name
            + "' must be a whole number from 1 to "
            + settings.maxResults()
            + ": "
            + text.get());
  }

  /** The fingerprint type of this name (case ignored), or a 400 that lists the types. */
  static FingerprintType fingerprintType(String name) {
    String wanted = name.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(FingerprintType.values())
        .filter(t -> t.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                ApiException.badRequest(
                    "BAD_PARAMETER",
                    "fingerprint must be one of "
                        + Arrays.toString(FingerprintType.values())
                        + ": "
                        + name));
  }

  /**
   * The filter of the {@code class} (id such as {@code fentanyl-analogue} or enum name) and {@code
   * jurisdiction} (e.g. {@code UN-1961}, {@code US}) parameters, each repeatable or
   * comma-separated.
   */
  SearchFilter filter(Context ctx) {
    return filter(values(ctx, "class"), values(ctx, "jurisdiction"), "parameter");
  }

  /**
   * The filter of these class and jurisdiction texts, a bad one a 400 naming it; one place for
   * query parameters and body members.
   *
   * @param what "parameter" or "member", for the error message
   */
  static SearchFilter filter(List<String> classes, List<String> jurisdictions, String what) {
    SearchFilter.Builder filter = SearchFilter.builder();
    for (String value : classes) {
      filter.substanceClass(substanceClass(value));
    }
    for (String value : jurisdictions) {
      try {
        filter.jurisdiction(Jurisdiction.ofCode(value.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("BAD_PARAMETER", what + " 'jurisdiction': " + e.getMessage());
      }
    }
    return filter.build();
  }

  private List<String> values(Context ctx, String name) {
    return ctx.queryParams(name).stream()
        .map(v -> checkLength(name, v))
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  static SubstanceClass substanceClass(String value) {
    String name = value.strip();
    return SubstanceClass.fromId(name.toLowerCase(Locale.ROOT))
        .or(
            () ->
                Arrays.stream(SubstanceClass.values())
                    .filter(c -> c.name().equalsIgnoreCase(name))
                    .findFirst())
        .orElseThrow(
            () ->
                ApiException.badRequest(
                    "BAD_PARAMETER",
                    "unknown substance class '"
                        + value
                        + "'; one of "
                        + Arrays.stream(SubstanceClass.values()).map(SubstanceClass::id).toList()));
  }
}
