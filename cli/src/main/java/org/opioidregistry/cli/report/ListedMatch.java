package org.opioidregistry.cli.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.SubstanceId;

/**
 * A registered substance found for a query, with how it relates to the query and its controls.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the substance's id
 * @param name its preferred name
 * @param inchiKey its InChIKey
 * @param relation how it relates to the query
 * @param controls its legal controls (may be empty for a substance registered for comparison)
 * @param ppmError for a mass match, the query's deviation from the substance's mass in ppm
 */
public record ListedMatch(
    SubstanceId id,
    String name,
    String inchiKey,
    Relation relation,
    List<Control> controls,
    OptionalDouble ppmError) {

  /** Checks for nulls and copies the controls. */
  public ListedMatch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(inchiKey, "inchiKey");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(ppmError, "ppmError");
    controls = ImmutableList.copyOf(controls);
  }

  /** A match that is not by mass. */
  public static ListedMatch of(
      SubstanceId id, String name, String inchiKey, Relation relation, List<Control> controls) {
    return new ListedMatch(id, name, inchiKey, relation, controls, OptionalDouble.empty());
  }
}
