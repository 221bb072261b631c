package org.opioidregistry.core.substructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.opioidregistry.core.testing.TestMolecules;

/**
 * A reproducible library of drug-like SMILES for measurement: head-linker-middle-linker-tail
 * combinations (about 200,000 possible) drawn with a fixed seed, plus every controlled substance.
 */
final class SyntheticLibrary {
  private static final String[] HEADS = {
    "c1ccccc1", "c1ccc(F)cc1", "c1ccc(OC)cc1", "c1ccc(Cl)cc1", "c1ccsc1", "c1ccoc1", "C1CCCCC1",
    "CC", "CCC", "CC(C)", "COC", "c1ccncc1", "CCOc1ccc(cc1)", "c1ccc2ccccc2c1"
  };
  private static final String[] LINKERS = {
    "", "C", "CC", "CCC", "C(C)C", "CC(O)", "C(=O)", "O", "N", "S", "CCO"
  };
  private static final String[] MIDDLES = {
    "C1CCN(CC1)",
    "N1CCN(CC1)",
    "c1ccc(cc1)",
    "C(=O)N",
    "C(=O)O",
    "C1CCC(CC1)",
    "c1csc(n1)",
    "C1CCN(C1)",
    "N(C)",
    "c1ccc2cc(ccc2c1)"
  };
  private static final String[] TAILS = {
    "C",
    "CC",
    "c1ccccc1",
    "c1ccc(F)cc1",
    "C(=O)OC",
    "N(C)C",
    "O",
    "Cl",
    "C#N",
    "c1cccs1",
    "N1CCOCC1",
    "C(F)(F)F"
  };

  private SyntheticLibrary() {}

  /** {@code size} SMILES (with repeats possible), the controlled substances first. */
  static List<String> smiles(int size, long seed) {
    List<String> out = new ArrayList<>(TestMolecules.controlled().values());
    Random random = new Random(seed);
    while (out.size() < size) {
      out.add(
          pick(HEADS, random)
              + pick(LINKERS, random)
              + pick(MIDDLES, random)
              + pick(LINKERS, random)
              + pick(TAILS, random));
    }
    return out.subList(0, size);
  }

  private static String pick(String[] options, Random random) {
    return options[random.nextInt(options.length)];
  }
}
