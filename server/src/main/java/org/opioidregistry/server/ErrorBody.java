package org.opioidregistry.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The JSON error record of every failed request, the same fields as the command line's bad-input
 * line: a stable {@code reason} (an enum name tests and clients can switch on), a readable {@code
 * message}, and the zero-based {@code position} in the input where one is known.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reason stable identity of the problem, e.g. {@code INVALID_SMILES}, {@code TIMEOUT}
 * @param message what is wrong and where, for a person
 * @param position zero-based character position in the offending input, or null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ErrorBody(String reason, String message, Integer position) {

  ErrorBody {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }
}
