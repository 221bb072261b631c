package org.opioidregistry.cli.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.opioidregistry.core.substance.Jurisdiction;

/**
 * The outcome of testing the query against one generic (class-wide) legal definition, with the
 * clauses that decided it and an explanation a reader can check.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the definition's id
 * @param jurisdiction where the definition is law
 * @param covered whether the query falls under it
 * @param clauses the clauses of the definition that were met (or the first that failed)
 * @param explanation a sentence saying why
 */
public record ClassDefinitionResult(
    String id,
    Jurisdiction jurisdiction,
    boolean covered,
    List<String> clauses,
    String explanation) {

  /** Checks for nulls and copies the clauses. */
  public ClassDefinitionResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(explanation, "explanation");
    clauses = ImmutableList.copyOf(clauses);
  }
}
