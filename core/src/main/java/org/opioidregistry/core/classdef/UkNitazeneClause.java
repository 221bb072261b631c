package org.opioidregistry.core.classdef;

/**
 * The clauses of the UK nitazene generic (Misuse of Drugs Act 1971, Schedule 2, Part I, paragraph
 * 1(ea), inserted by SI 2024/1361 art. 2(3)) that the shared notes hold: (i) verbatim, (ii) as a
 * summary cut short. Later clauses are not available, so definitions built on this enum must answer
 * {@link Coverage#UNDETERMINED} where they would be needed.
 *
 * <p>Thread-safe (an enum).
 */
enum UkNitazeneClause implements Clause {
  /** Amine nitrogen substituents. */
  I(
      "i",
      "by substitution at the nitrogen of the ethanamine to any extent by alkyl substituents"
          + " containing up to three carbon atoms or alkenyl substituents containing up to three"
          + " carbon atoms or by inclusion of the nitrogen atom (and no other atoms of the side"
          + " chain) in a cyclic structure"),
  /** Benzyl phenyl substituents (summary, truncated). */
  II(
      "ii",
      "[summary; text cut] substitution in the phenyl ring of the benzyl system by alkyl or"
          + " haloalkyl (up to C6), alkoxy or haloalkoxy (up to C5), acetyloxy, hydroxy, cyano,"
          + " halogen, thioalkyl (up to C5), alkylsulphonyl ...");

  private final String label;
  private final String wording;

  UkNitazeneClause(String label, String wording) {
    this.label = label;
    this.wording = wording;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String wording() {
    return wording;
  }
}
