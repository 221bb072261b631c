package org.opioidregistry.core.classdef;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the changes of one evaluation and stops at the first failure. Single use, confined to
 * one call.
 */
final class Verdict {
  private final List<SiteChange> changes = new ArrayList<>();
  private String failure;

  void change(Clause clause, String from, String to) {
    changes.add(new SiteChange(clause, from, to));
  }

  /** Records the first failure; always returns false so that checks can {@code return fail(..)}. */
  boolean fail(String reason) {
    if (failure == null) {
      failure = reason;
    }
    return false;
  }

  boolean failed() {
    return failure != null;
  }

  ClassEvaluation finish(String definitionId) {
    if (failure != null) {
      return ClassEvaluation.notCovered(definitionId, changes, failure);
    }
    if (changes.isEmpty()) {
      return ClassEvaluation.notCovered(
          definitionId,
          changes,
          "no modification of fentanyl: this is fentanyl itself (salt or stereoisomer at most),"
              + " which is controlled by its own listing");
    }
    return ClassEvaluation.covered(definitionId, changes);
  }
}
