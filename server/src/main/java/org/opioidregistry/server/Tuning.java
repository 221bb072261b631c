package org.opioidregistry.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.search.SearchFilter;

/**
 * What a request changes in the identifier's settings: threshold, how many similar substances,
 * which fingerprint, and the class and jurisdiction filter of the lists shown (never of the
 * verdict: see {@link Identifier#withFilter}). Read from query parameters ({@code threshold},
 * {@code top}, {@code fingerprint}, {@code class}, {@code jurisdiction}) or the same members of a
 * JSON body, checked in one place ({@link Params}, {@link Bodies}), applied through the
 * identifier's copy-returning {@code with...} methods.
 *
 * <p>Immutable and thread-safe.
 */
record Tuning(
    OptionalDouble threshold,
    OptionalInt top,
    Optional<FingerprintType> fingerprint,
    SearchFilter filter) {

  static Tuning of(Context ctx, Params params) {
    Optional<String> t = params.optional(ctx, "threshold");
    return new Tuning(
        t.isPresent()
            ? OptionalDouble.of(params.fraction(ctx, "threshold", 0))
            : OptionalDouble.empty(),
        params.optional(ctx, "top").isPresent()
            ? OptionalInt.of(params.count(ctx, "top", 1))
            : OptionalInt.empty(),
        params.optional(ctx, "fingerprint").map(Params::fingerprintType),
        params.filter(ctx));
  }

  static Tuning of(JsonNode body, Bodies bodies) {
    JsonNode t = body.get("threshold");
    OptionalDouble threshold = OptionalDouble.empty();
    if (t != null && !t.isNull()) {
      if (!t.isNumber() || !(t.asDouble() >= 0 && t.asDouble() <= 1)) {
        throw ApiException.badRequest(
            "BAD_MEMBER", "member 'threshold' must be a number from 0 to 1");
      }
      threshold = OptionalDouble.of(t.asDouble());
    }
    JsonNode top = body.get("top");
    return new Tuning(
        threshold,
        top == null || top.isNull()
            ? OptionalInt.empty()
            : OptionalInt.of(bodies.count(body, "top", 1)),
        bodies.optionalText(body, "fingerprint").map(Params::fingerprintType),
        bodies.filter(body));
  }

  Identifier apply(Identifier identifier) {
    Identifier tuned = identifier;
    if (threshold.isPresent()) {
      tuned = tuned.withSimilarityThreshold(threshold.getAsDouble());
    }
    if (top.isPresent()) {
      tuned = tuned.withSimilarCount(top.getAsInt());
    }
    if (fingerprint.isPresent()) {
      tuned = tuned.withFingerprint(fingerprint.get());
    }
    if (!filter.isEmpty()) {
      tuned = tuned.withFilter(filter);
    }
    return tuned;
  }
}
