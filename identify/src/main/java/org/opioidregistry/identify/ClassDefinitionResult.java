package org.opioidregistry.identify;

import java.util.Objects;
import org.opioidregistry.core.classdef.ClassDefinition;
import org.opioidregistry.core.classdef.ClassEvaluation;
import org.opioidregistry.core.substance.Jurisdiction;

/**
 * One generic (class-wide) definition's evaluation of the query: which definition, where it is law,
 * and what it found (covered, not covered or undetermined, with clauses and site changes).
 *
 * <p>Immutable and thread-safe.
 *
 * @param definitionId the definition's id, e.g. "us-frs"
 * @param jurisdiction where the definition is law
 * @param wordingVerified whether the implemented wording was checked against the legal text
 * @param evaluation the evaluation
 */
public record ClassDefinitionResult(
    String definitionId,
    Jurisdiction jurisdiction,
    boolean wordingVerified,
    ClassEvaluation evaluation) {

  /** Checks for nulls. */
  public ClassDefinitionResult {
    Objects.requireNonNull(definitionId, "definitionId");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(evaluation, "evaluation");
  }

  static ClassDefinitionResult of(ClassDefinition definition, ClassEvaluation evaluation) {
    return new ClassDefinitionResult(
        definition.id(),
        Jurisdiction.ofCode(definition.jurisdiction()),
        definition.wordingVerified(),
        evaluation);
  }

  /**
   * Returns whether the definition covers the query.
   *
   * @return true when covered
   */
  public boolean covered() {
    return evaluation.covered();
  }
}
