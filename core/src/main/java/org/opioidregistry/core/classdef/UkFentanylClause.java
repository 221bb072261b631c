package org.opioidregistry.core.classdef;

/**
 * The modifications of the UK fentanyl generic definition (Misuse of Drugs Act 1971, Schedule 2,
 * Part I, paragraph 1). UNVERIFIED: paraphrased from the curator's recollection in
 * shared/data/generic-definitions.md, not from the legal text; numbered in that order.
 *
 * <p>Thread-safe (an enum).
 */
enum UkFentanylClause implements Clause {
  /** Phenethyl phenyl replaced by a heteromonocycle. */
  ONE(
      "1",
      "replacement of the phenyl portion of the phenethyl group by any heteromonocycle, whether or"
          + " not further substituted in the heterocycle"),
  /** Phenethyl substituents. */
  TWO(
      "2",
      "substitution in the phenethyl group with alkyl, alkenyl, alkoxy, hydroxy, halogeno,"
          + " haloalkyl, amino or nitro groups"),
  /** Piperidine alkyl or alkenyl. */
  THREE("3", "substitution in the piperidine ring with alkyl or alkenyl groups"),
  /** Aniline ring substituents. */
  FOUR(
      "4",
      "substitution in the aniline ring with alkyl, alkoxy, alkylenedioxy, halogeno or haloalkyl"
          + " groups"),
  /** Piperidine 4-position ester or ether groups. */
  FIVE(
      "5",
      "substitution at the 4-position of the piperidine ring with any alkoxycarbonyl, alkoxyalkyl"
          + " or acyloxy group"),
  /** Other acyl group. */
  SIX("6", "replacement of the N-propionyl group by another acyl group");

  private final String label;
  private final String wording;

  UkFentanylClause(String label, String wording) {
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
