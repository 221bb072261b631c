package org.opioidregistry.search;

/**
 * Why a name search found a substance, from the strongest reason to the weakest.
 *
 * <p>Immutable and thread-safe.
 */
public enum NameMatchKind {
  /** The query is one of the substance's codes (CAS RN, InChIKey, id, lab code). */
  CODE,
  /** The query is one of its names, once spelling differences are folded away. */
  EXACT_NAME,
  /** The query is the beginning of one of its names (autocomplete). */
  PREFIX,
  /** The query is one of its names with a few letters wrong. */
  TYPO,
  /** The query shares much of one of its names. */
  PARTIAL,
  /** A fielded query in Lucene syntax matched. */
  QUERY
}
