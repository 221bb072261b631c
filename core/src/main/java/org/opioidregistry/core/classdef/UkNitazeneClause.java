package org.opioidregistry.core.classdef;

/**
 * The clauses of the UK nitazene generic (Misuse of Drugs Act 1971, Schedule 2, Part I, paragraph
 * 1(ea), inserted by SI 2024/1361 art. 2(3)), worded as the revised text of the Act prints them
 * (legislation.gov.uk, as at 2025-01-15; read in the Markdown copy {@code
 * github:legalize-dev/legalize-uk}, {@code uk/ukpga-1971-38.md} at 70bcb97).
 *
 * <p>Thread-safe (an enum).
 */
enum UkNitazeneClause implements Clause {
  /** Amine nitrogen substituents, or the nitrogen in a ring. */
  I(
      "i",
      "by substitution at the nitrogen of the ethanamine to any extent by alkyl substituents"
          + " containing up to three carbon atoms or alkenyl substituents containing up to three"
          + " carbon atoms or by inclusion of the nitrogen atom (and no other atoms of the side"
          + " chain) in a cyclic structure"),
  /** Benzyl phenyl substituents. */
  II(
      "ii",
      "by substitution in the phenyl ring of the benzyl system to any extent by alkyl or"
          + " haloalkyl containing up to six carbon atoms, alkoxy or haloalkoxy containing up to"
          + " five carbon atoms, acetyloxy, hydroxy, cyano, halogen, thioalkyl containing up to"
          + " five carbon atoms or alkylsulphonyl containing up to five carbon atoms"),
  /** Benzimidazole 5- and 6-substituents. */
  III(
      "iii",
      "by substitution at the 5- or 6- positions of the benzimidazole system by nitro, acetyl,"
          + " cyano, methoxy, trifluoromethyl, trifluoromethoxy or halogen substituents"),
  /** Methyl on the benzylic carbon. */
  IV("iv", "by substitution at the benzylic carbon by a methyl group"),
  /** N, O or S for the benzylic carbon. */
  V("v", "by replacement of the benzylic carbon by a nitrogen, oxygen or sulphur atom"),
  /** The ethoxy bridge of a dihydrobenzofuran. */
  VI(
      "vi",
      "by substitution in the phenyl ring of the benzyl system by an ethoxy group linked back to"
          + " the phenyl ring to form a dihydrobenzofuran structure"),
  /** Methylenedioxyphenyl for phenyl. */
  VII("vii", "by replacement of the phenyl ring of the benzyl system by methylenedioxyphenyl");

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
