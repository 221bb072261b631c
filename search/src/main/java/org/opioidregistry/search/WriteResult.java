package org.opioidregistry.search;

import java.util.List;
import java.util.Objects;
import org.opioidregistry.core.substance.SubstanceId;

/**
 * The outcome of an accepted write: which substance, and any warnings.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the substance written
 * @param warnings things the caller should know (e.g. an isomer is already registered)
 */
public record WriteResult(SubstanceId id, List<RegistryWarning> warnings) {

  /** Copies the list. */
  public WriteResult {
    Objects.requireNonNull(id, "id");
    warnings = List.copyOf(warnings);
  }
}
