package org.opioidregistry.cli.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.opioidregistry.core.classdef.Coverage;
import org.opioidregistry.core.substance.Jurisdiction;

/**
 * The outcome of testing the query against one generic (class-wide) legal definition, with the
 * clauses that decided it and an explanation a reader can check.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the definition's id
 * @param jurisdiction where the definition is law
 * @param coverage covered, not covered, or undetermined (wording known only in part)
 * @param clauses labels of the clauses that cover the query (empty unless covered)
 * @param explanation the changes found at each site, or the first reason it is not covered
 */
public record ClassDefinitionResult(
    String id,
    Jurisdiction jurisdiction,
    Coverage coverage,
    List<String> clauses,
    String explanation) {

  /** Checks for nulls and copies the clauses. */
  public ClassDefinitionResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(explanation, "explanation");
    clauses = ImmutableList.copyOf(clauses);
  }

  /** True when the definition covers the query. */
  public boolean covered() {
    return coverage == Coverage.COVERED;
  }
}
