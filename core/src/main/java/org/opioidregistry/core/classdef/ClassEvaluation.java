package org.opioidregistry.core.classdef;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The answer of one class definition for one structure: covered or not, the clauses used, the
 * change found at each site, and, when not covered, the first reason why.
 *
 * <pre>{@code
 * ClassEvaluation e = UsFentanylRelatedSubstances.INSTANCE.evaluate(ocfentanil);
 * e.covered();       // true
 * e.clauseLabels();  // "D+E"
 * e.changes();       // [D: phenyl → 2-fluorophenyl, E: propionyl → methoxyacetyl]
 * }</pre>
 *
 * <p>This is a structural reading of the wording only. A substance listed by name elsewhere (e.g.
 * fentanyl itself, sufentanil, carfentanil) may be controlled under that listing instead. Immutable
 * and thread-safe.
 *
 * @param definitionId the {@link ClassDefinition#id()} that produced this evaluation
 * @param covered whether the structure falls within the definition
 * @param clauses the clauses used, in the order the definition numbers them; empty if not covered
 * @param changes the changes found at each site (when not covered: those found before the failure)
 * @param reason the first reason the structure is not covered; empty if covered
 */
public record ClassEvaluation(
    String definitionId,
    boolean covered,
    List<Clause> clauses,
    List<SiteChange> changes,
    Optional<String> reason) {

  /**
   * Validates and copies the components.
   *
   * @param definitionId the definition id
   * @param covered whether covered
   * @param clauses clauses used
   * @param changes site changes
   * @param reason reason when not covered
   */
  public ClassEvaluation {
    clauses = List.copyOf(clauses);
    changes = List.copyOf(changes);
    if (covered == reason.isPresent()) {
      throw new IllegalArgumentException("a reason is given exactly when not covered");
    }
  }

  static ClassEvaluation covered(String definitionId, List<SiteChange> found) {
    // Reported in clause order, whatever order the sites were checked in.
    List<SiteChange> changes =
        found.stream().sorted(Comparator.comparing(c -> c.clause().label())).toList();
    List<Clause> clauses =
        changes.stream()
            .map(SiteChange::clause)
            .distinct()
            .sorted(Comparator.comparing(Clause::label))
            .collect(Collectors.toList());
    return new ClassEvaluation(definitionId, true, clauses, changes, Optional.empty());
  }

  static ClassEvaluation notCovered(String definitionId, List<SiteChange> changes, String reason) {
    return new ClassEvaluation(definitionId, false, List.of(), changes, Optional.of(reason));
  }

  /**
   * Returns the labels of the clauses used joined by "+", e.g. "A+C"; empty if not covered.
   *
   * @return the labels
   */
  public String clauseLabels() {
    return clauses.stream().map(Clause::label).collect(Collectors.joining("+"));
  }

  /**
   * Returns one line for a report, e.g. "covered (A+C): A: phenyl → thiophen-2-yl; C: ...".
   *
   * @return the summary
   */
  public String summary() {
    String list = changes.stream().map(SiteChange::toString).collect(Collectors.joining("; "));
    return covered
        ? "covered (" + clauseLabels() + "): " + list
        : "not covered: " + reason.orElseThrow();
  }
}
