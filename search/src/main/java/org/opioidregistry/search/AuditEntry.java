package org.opioidregistry.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One write in a registry's audit log: what the caller said ({@link AuditNote}), what the registry
 * did, and its content hash before and after, so that a result can name the registry state it was
 * computed on and the write that made it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence 1 for the registry's creation, then one more per committed write
 * @param recorded the registry's own clock when it committed the write
 * @param operation what was done
 * @param ids the substances written or removed, in the order given
 * @param note who, what for and when, as the caller stated
 * @param contentHashBefore {@link Registry#contentHash()} before the write
 * @param contentHashAfter {@link Registry#contentHash()} after it
 * @param previousEntryHash SHA-256 of the previous entry's log line (empty for the first): a chain
 *     that shows an edited or removed line
 */
public record AuditEntry(
    long sequence,
    Instant recorded,
    Operation operation,
    List<String> ids,
    AuditNote note,
    String contentHashBefore,
    String contentHashAfter,
    String previousEntryHash) {

  /** What a write did. */
  public enum Operation {
    /** The registry was created (empty). */
    CREATE,
    /** Substances were added. */
    ADD,
    /** A substance was replaced. */
    UPDATE,
    /** A substance was removed. */
    REMOVE,
    /** Derived values (fingerprints, identity keys) were recomputed, the content unchanged. */
    REBUILD
  }

  /** Copies the list and checks for nulls. */
  public AuditEntry {
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(operation, "operation");
    ids = List.copyOf(ids);
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(contentHashBefore, "contentHashBefore");
    Objects.requireNonNull(contentHashAfter, "contentHashAfter");
    Objects.requireNonNull(previousEntryHash, "previousEntryHash");
  }

  /** When the caller said the write was made, if they said. */
  public Optional<Instant> when() {
    return note.when();
  }
}
