package org.opioidregistry.identify;

/**
 * Which name matches may identify a substance. Either way a partial match (a shared prefix or part
 * of a name) is only a lead, and a name about equally close to two registered names identifies
 * neither: both are reported as candidates.
 *
 * <p>Immutable and thread-safe.
 */
public enum NamePolicy {
  /** An exact name or code, or a typo the name search accepts as unambiguous (the default). */
  ALLOW_TYPOS,
  /** Only an exact name or code (after spelling is folded); typos are reported as candidates. */
  EXACT_ONLY
}
