package org.opioidregistry.core.structure;

import java.util.Objects;

/**
 * A fragment that standardisation removed from the input, named in words a chemist reads.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name "hydrogen chloride", "citrate", "water", or the fragment's formula when it is not a
 *     known counter-ion or solvent
 * @param formula the fragment's Hill formula as given (e.g. "C6H8O7")
 * @param kind what sort of fragment it was
 */
public record RemovedFragment(String name, String formula, Kind kind) {

  /** What sort of fragment was removed. */
  public enum Kind {
    /** A known acid, base or counter-ion of a salt (chloride, citrate, oxalate...). */
    COUNTER_ION,
    /** Water or a known crystallisation solvent. */
    SOLVENT,
    /** A metal ion or atom. */
    METAL,
    /** A further copy of the parent itself (e.g. in a 2:1 salt). */
    PARENT_COPY,
    /**
     * An organic fragment that is not a known counter-ion: the input may be a mixture, and the
     * caller should look at it.
     */
    OTHER_ORGANIC,
    /** An inorganic fragment that is not in the known table. */
    OTHER_INORGANIC
  }

  /** Checks that nothing is null. */
  public RemovedFragment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public String toString() {
    return kind == Kind.OTHER_ORGANIC ? name + " (organic, not a known counter-ion)" : name;
  }
}
