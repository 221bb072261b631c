package org.opioidregistry.core.classdef;

/**
 * One clause of a class definition: an allowed modification, e.g. US (A) "replacement of the phenyl
 * portion of the phenethyl group by any monocycle". Implemented by one enum per definition.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Clause {
  /**
   * Returns the clause's label as the legal text numbers it, e.g. "A" or "3".
   *
   * @return the label
   */
  String label();

  /**
   * Returns the wording of the clause (quoted, or paraphrased where the definition says so).
   *
   * @return the wording
   */
  String wording();
}
