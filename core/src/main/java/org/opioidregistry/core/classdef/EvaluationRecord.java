package org.opioidregistry.core.classdef;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the changes of one evaluation and stops at the first failure. Single use, confined to
 * one call.
 */
final class EvaluationRecord {
  private final List<SiteChange> changes = new ArrayList<>();
  private String failure;
  private String unknown;

  void change(Clause clause, String from, String to, List<Integer> atoms) {
    changes.add(new SiteChange(clause, from, to, atoms));
  }

  /** Records the first failure; always returns false so that checks can {@code return fail(..)}. */
  boolean fail(String reason) {
    if (failure == null) {
      failure = reason;
    }
    return false;
  }

  /**
   * Records a difference that only clauses missing from the implemented text could allow; the
   * result is undetermined unless a definite failure is also found. Returns true so checking goes
   * on and a definite failure can still be found.
   */
  boolean unknown(String reason) {
    if (unknown == null) {
      unknown = reason;
    }
    return true;
  }

  /** The evaluation; {@code parent} names the compound the definition modifies. */
  ClassEvaluation finish(String definitionId, String parent) {
    if (failure != null) {
      return ClassEvaluation.notCovered(definitionId, changes, failure);
    }
    if (unknown != null) {
      return ClassEvaluation.undetermined(definitionId, changes, unknown);
    }
    if (changes.isEmpty()) {
      return ClassEvaluation.notCovered(
          definitionId,
          changes,
          "no modification of "
              + parent
              + ": this is "
              + parent
              + " itself (salt or stereoisomer at most), which is not a derivative under the"
              + " definition and is controlled, if at all, by its own listing");
    }
    return ClassEvaluation.covered(definitionId, changes);
  }

  /** The best of several readings of one molecule: covered, else undetermined, else the first. */
  static ClassEvaluation best(List<ClassEvaluation> readings) {
    for (Coverage wanted : List.of(Coverage.COVERED, Coverage.UNDETERMINED)) {
      for (ClassEvaluation e : readings) {
        if (e.coverage() == wanted) {
          return e;
        }
      }
    }
    return readings.get(0);
  }
}
