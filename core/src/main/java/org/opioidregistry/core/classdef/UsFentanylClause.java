package org.opioidregistry.core.classdef;

/**
 * The modifications of the US definition of fentanyl-related substances, 21 U.S.C. 812(c) Schedule
 * I (e)(2) (HALT Fentanyl Act, 2025), worded as in 21 CFR 1308.11(h). Wording quoted from the
 * statute as stored in shared/data/generic-definitions.md.
 *
 * <p>Thread-safe (an enum).
 */
enum UsFentanylClause implements Clause {
  /** Phenethyl phenyl replaced by any monocycle. */
  A(
      "By replacement of the phenyl portion of the phenethyl group by any monocycle, whether or"
          + " not further substituted in or on the monocycle."),
  /** Substituents on the phenethyl group. */
  B(
      "By substitution in or on the phenethyl group with alkyl, alkenyl, alkoxyl, hydroxyl, halo,"
          + " haloalkyl, amino, or nitro groups."),
  /** Substituents on the piperidine ring. */
  C(
      "By substitution in or on the piperidine ring with alkyl, alkenyl, alkoxyl, ester, ether,"
          + " hydroxyl, halo, haloalkyl, amino, or nitro groups."),
  /** Aniline ring replaced by an aromatic monocycle. */
  D(
      "By replacement of the aniline ring with any aromatic monocycle whether or not further"
          + " substituted in or on the aromatic monocycle."),
  /** Propionyl replaced by another acyl group. */
  E("By replacement of the N-propionyl group with another acyl group.");

  private final String wording;

  UsFentanylClause(String wording) {
    this.wording = wording;
  }

  @Override
  public String label() {
    return name();
  }

  @Override
  public String wording() {
    return wording;
  }
}
