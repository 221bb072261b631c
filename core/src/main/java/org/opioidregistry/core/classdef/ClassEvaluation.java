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
 * @param coverage covered, not covered, or undetermined (for definitions known only in part)
 * @param clauses the clauses used, in the order the definition numbers them; empty if not covered
 * @param changes the changes found at each site (when not covered: those found before the failure)
 * @param reason the first reason the structure is not covered (or cannot be decided); empty if
 *     covered
 */
public record ClassEvaluation(
    String definitionId,
    Coverage coverage,
    List<Clause> clauses,
    List<SiteChange> changes,
    Optional<String> reason) {

  /**
   * Validates and copies the components.
   *
   * @param definitionId the definition id
   * @param coverage the outcome
   * @param clauses clauses used
   * @param changes site changes
   * @param reason reason when not covered
   */
  public ClassEvaluation {
    clauses = List.copyOf(clauses);
    changes = List.copyOf(changes);
    if ((coverage == Coverage.COVERED) == reason.isPresent()) {
      throw new IllegalArgumentException("a reason is given exactly when not covered");
    }
    if (coverage != Coverage.COVERED && !clauses.isEmpty()) {
      throw new IllegalArgumentException("clauses are listed only when covered");
    }
  }

  /**
   * Returns whether the structure is covered.
   *
   * @return true if {@link #coverage()} is {@link Coverage#COVERED}
   */
  public boolean covered() {
    return coverage == Coverage.COVERED;
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
    return new ClassEvaluation(definitionId, Coverage.COVERED, clauses, changes, Optional.empty());
  }

  static ClassEvaluation notCovered(String definitionId, List<SiteChange> changes, String reason) {
    return new ClassEvaluation(
        definitionId, Coverage.NOT_COVERED, List.of(), changes, Optional.of(reason));
  }

  static ClassEvaluation undetermined(
      String definitionId, List<SiteChange> changes, String reason) {
    return new ClassEvaluation(
        definitionId, Coverage.UNDETERMINED, List.of(), changes, Optional.of(reason));
  }

  /**
   * The atoms of every changed site, sorted and each once: indices into the evaluated graph as
   * {@link SiteChange#atoms()} describes, for highlighting the sites in a depiction.
   *
   * @return the site atoms
   */
  public List<Integer> siteAtoms() {
    return changes.stream().flatMap(c -> c.atoms().stream()).distinct().sorted().toList();
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
    return switch (coverage) {
      case COVERED -> "covered (" + clauseLabels() + "): " + list;
      case NOT_COVERED -> "not covered: " + reason.orElseThrow();
      case UNDETERMINED -> "undetermined: " + reason.orElseThrow();
    };
  }
}
