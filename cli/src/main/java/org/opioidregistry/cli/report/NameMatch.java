package org.opioidregistry.cli.report;

import java.util.Objects;
import java.util.Optional;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.SubstanceId;

/**
 * A registered substance whose name, synonym or code matched a text query.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the substance's id
 * @param name its preferred name
 * @param matched the name, synonym or code that matched
 * @param score the name index's relevance score (higher is better; exact matches first)
 * @param strength how closely the text matched
 * @param structure the substance's structure, which a name query goes on to identify; empty for a
 *     substance without one (opium, coca leaf), which is found by name only
 */
public record NameMatch(
    SubstanceId id,
    String name,
    String matched,
    double score,
    Strength strength,
    Optional<Structure> structure) {

  /** How closely a text matched a name or code. */
  public enum Strength {
    /** The text is a code of the substance, or one of its names once spelling is folded. */
    EXACT,
    /** The text is one of its names with a few letters wrong. */
    TYPO,
    /** The text is the start of a name, or shares much of one: a lead, not an identification. */
    PARTIAL
  }

  /** Checks for nulls. */
  public NameMatch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(matched, "matched");
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(structure, "structure");
  }
}
