package org.opioidregistry.core.classdef;

/**
 * The modifications of the UK fentanyl generic definition (Misuse of Drugs Act 1971, Schedule 2,
 * Part I, paragraph 1(d), added by SI 1986/2230 art. 2(2)(b)), worded as the Act's revised text
 * prints them (legislation.gov.uk, as at 2025-01-15; read in the Markdown copy {@code
 * github:legalize-dev/legalize-uk}, {@code uk/ukpga-1971-38.md} at 70bcb97). Labels 1 to 6 are the
 * text's clauses (i) to (vi), in its order.
 *
 * <p>Thread-safe (an enum).
 */
enum UkFentanylClause implements Clause {
  /** (i) Phenethyl phenyl replaced by a heteromonocycle. */
  ONE(
      "1",
      "by replacement of the phenyl portion of the phenethyl group by any heteromonocycle whether"
          + " or not further substituted in the heterocycle"),
  /** (ii) Phenethyl substituents. */
  TWO(
      "2",
      "by substitution in the phenethyl group with alkyl, alkenyl, alkoxy, hydroxy, halogeno,"
          + " haloalkyl, amino or nitro groups"),
  /** (iii) Piperidine alkyl or alkenyl. */
  THREE("3", "by substitution in the piperidine ring with alkyl or alkenyl groups"),
  /** (iv) Aniline ring substituents. */
  FOUR(
      "4",
      "by substitution in the aniline ring with alkyl, alkoxy, alkylenedioxy, halogeno or"
          + " haloalkyl groups"),
  /** (v) Piperidine 4-position ester or ether groups. */
  FIVE(
      "5",
      "by substitution at the 4-position of the piperidine ring with any alkoxycarbonyl or"
          + " alkoxyalkyl or acyloxy group"),
  /** (vi) Other acyl group. */
  SIX("6", "by replacement of the N-propionyl group by another acyl group");

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
