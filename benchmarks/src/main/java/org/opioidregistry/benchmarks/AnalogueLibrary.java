package org.opioidregistry.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic library of up to 100,000 distinct fentanyl-like structures, made by combining the
 * four sites that analogue designers vary: the acyl group (25), the aryl on the anilide nitrogen
 * (20), the N1 substituent of the piperidine (20) and substitution on the piperidine (10).
 * Realistic for the registry's workload: every member is a plausible analogue, and near neighbours
 * differ at one site.
 */
final class AnalogueLibrary {

  private static final String[] ACYL = {
    "CC(=O)",
    "CCC(=O)",
    "CCCC(=O)",
    "CC(C)C(=O)",
    "CCCCC(=O)",
    "C3CC3C(=O)",
    "C3CCC3C(=O)",
    "c3ccoc3C(=O)",
    "C3CCOC3C(=O)",
    "COCC(=O)",
    "C=CC(=O)",
    "C/C=C/C(=O)",
    "COC(=O)",
    "CCOC(=O)",
    "CC(C)CC(=O)",
    "CC(C)(C)C(=O)",
    "c3ccccc3C(=O)",
    "c3ccsc3C(=O)",
    "ClCC(=O)",
    "FCC(=O)",
    "FCCC(=O)",
    "C3CCCC3C(=O)",
    "C3CCCCC3C(=O)",
    "N#CCC(=O)",
    "OCC(=O)"
  };

  private static final String[] ARYL = {
    "c1ccccc1",
    "c1ccc(F)cc1",
    "c1cccc(F)c1",
    "c1ccccc1F",
    "c1ccc(Cl)cc1",
    "c1ccc(C)cc1",
    "c1ccc(OC)cc1",
    "c1ccccc1OC",
    "c1ccc(Br)cc1",
    "c1ccccn1",
    "c1cccnc1",
    "c1ccncc1",
    "c1cccs1",
    "c1ccsc1",
    "c1ccc(F)cc1F",
    "c1ccc(C)c(C)c1",
    "c1ccc(CC)cc1",
    "c1ccc(O)cc1",
    "c1ccc(N)cc1",
    "c1ccc(C(F)(F)F)cc1"
  };

  private static final String[] N1_SUBSTITUENT = {
    "CCc2ccccc2",
    "CCc2cccs2",
    "C(C)Cc2ccccc2",
    "CC(O)c2ccccc2",
    "Cc2ccccc2",
    "CCCc2ccccc2",
    "CCc2ccc(F)cc2",
    "CCc2ccc(Cl)cc2",
    "CCc2ccc(OC)cc2",
    "CCc2ccccn2",
    "CCC2CCCCC2",
    "CCc2ccco2",
    "CC(C)c2ccccc2",
    "CCc2ccc(C)cc2",
    "CCOc2ccccc2",
    "CCC(=O)OC",
    "CCn2nnn(CC)c2=O",
    "CC",
    "CCCC",
    "CCc2ccc(O)cc2"
  };

  /** Piperidine-4-yl rings with the N1 substituent written as R. */
  private static final String[] PIPERIDINE = {
    "C4CCN(R)CC4", "C4CCN(R)CC4C", "C4(COC)CCN(R)CC4", "C4(C(=O)OC)CCN(R)CC4", "C4CCN(R)CC4CC",
    "C4CCN(R)C(C)C4", "C4CCN(R)CC4O", "C4(C)CCN(R)CC4", "C4CCN(R)CC4F", "C4CCN(R)CC4OC"
  };

  /** The maximum number of distinct members. */
  static final int MAX_SIZE = ACYL.length * ARYL.length * N1_SUBSTITUENT.length * PIPERIDINE.length;

  private AnalogueLibrary() {}

  /** The first {@code n} members, always in the same order. */
  static List<String> smiles(int n) {
    if (n > MAX_SIZE) {
      throw new IllegalArgumentException("at most " + MAX_SIZE + " members");
    }
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(member(i));
    }
    return out;
  }

  static String member(int i) {
    int a = i % ACYL.length;
    int rest = i / ACYL.length;
    int b = rest % ARYL.length;
    rest /= ARYL.length;
    int c = rest % N1_SUBSTITUENT.length;
    int d = rest / N1_SUBSTITUENT.length;
    String ring = PIPERIDINE[d].replace("R", N1_SUBSTITUENT[c]);
    return ACYL[a] + "N(" + ARYL[b] + ")" + ring;
  }
}
