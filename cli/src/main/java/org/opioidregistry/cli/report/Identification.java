package org.opioidregistry.cli.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What the registry found for one structure: the verdict and the findings behind it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param verdict the strongest finding
 * @param listed listed substances identical to the query, salts, stereoisomers, isotope variants
 * @param similar similar listed substances, best first
 * @param classDefinitions generic definitions tested, covered ones first
 */
public record Identification(
    Verdict verdict,
    List<ListedMatch> listed,
    List<SimilarMatch> similar,
    List<ClassDefinitionResult> classDefinitions) {

  /** Checks for nulls and copies the lists. */
  public Identification {
    Objects.requireNonNull(verdict, "verdict");
    listed = ImmutableList.copyOf(listed);
    similar = ImmutableList.copyOf(similar);
    classDefinitions = ImmutableList.copyOf(classDefinitions);
  }
}
