package org.opioidregistry.search;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who makes a write, what it is for, and when, as the caller states them: the registry records them
 * in its audit log beside what it knows itself (the operation, the ids, the content hashes before
 * and after, its own clock).
 *
 * <pre>{@code
 * registry.addAll(batch, AuditNote.of("j.smith", "import of CND 2025 decisions", Instant.now()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param actor who makes the write (a person or a system), as the caller names it; may be empty
 * @param description what the write is for (a case number, a decision); may be empty
 * @param when when the caller says the write was made, or empty when not given
 */
public record AuditNote(String actor, String description, Optional<Instant> when) {

  /** A write nobody signed: the log still records the operation, hashes and time. */
  public static final AuditNote UNATTRIBUTED = new AuditNote("", "", Optional.empty());

  /** Checks for nulls and bounds the texts (they go into every log line). */
  public AuditNote {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(when, "when");
    if (actor.length() > 200 || description.length() > 2_000) {
      throw new IllegalArgumentException(
          "an audit note's actor is at most 200 characters and its description 2,000");
    }
  }

  /** A note with all three parts. */
  public static AuditNote of(String actor, String description, Instant when) {
    return new AuditNote(actor, description, Optional.of(when));
  }
}
