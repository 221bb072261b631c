package org.opioidregistry.core.classdef;

/**
 * The conditions of China's 2019 class control of fentanyl-related substances, in the UNODC English
 * summary quoted in shared/data/generic-definitions.md.
 *
 * <p>Thread-safe (an enum).
 */
enum ChinaFentanylClause implements Clause {
  /** Other acyl group. */
  ONE("1", "Replacement of the N-propionyl group by another acyl group;"),
  /** N-phenyl replaced by an aromatic monocycle. */
  TWO(
      "2",
      "Replacement of the N-phenyl group with any aromatic monocycle whether or not further"
          + " substituted in or on the aromatic monocycle;"),
  /** Piperidine substituents. */
  THREE(
      "3",
      "Substitution in or on the piperidine ring with alkyl, alkenyl, alkoxyl, ester, ether,"
          + " hydroxyl, halo, haloalkyl, amino or nitro groups; and/or"),
  /** Phenethyl replaced by any group but hydrogen. */
  FOUR("4", "Replacement of the phenethyl group with another group, excluding hydrogen atom.");

  private final String label;
  private final String wording;

  ChinaFentanylClause(String label, String wording) {
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
