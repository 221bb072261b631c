package org.opioidregistry.search;

import java.util.ArrayList;
import java.util.List;
import org.opioidregistry.core.structure.IdentityKeys;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.core.substance.SubstanceId;

/**
 * Many distinct substances made cheaply for store tests: n-alkyl homologues of fentanyl's acyl
 * chain. Their structures are restored from SMILES with synthetic InChIKeys, because computing
 * thousands of real InChIs would only slow the tests down: these tests exercise the store, not
 * chemistry.
 */
final class SyntheticSubstances {

  private SyntheticSubstances() {}

  static List<Substance> range(String prefix, int from, int to) {
    List<Substance> list = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      list.add(substance(prefix, i));
    }
    return list;
  }

  static Substance substance(String prefix, int i) {
    // Chain length and ring substituent vary so fingerprints differ too.
    String acyl = "C".repeat(1 + i % 7);
    String substituent =
        switch ((i / 7) % 4) {
          case 0 -> "";
          case 1 -> "F";
          case 2 -> "C";
          default -> "OC";
        };
    String smiles = acyl + "C(=O)N(c1ccc(" + substituent + ")cc1)C1CCN(CCc2ccccc2)CC1";
    if (substituent.isEmpty()) {
      smiles = acyl + "C(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";
    }
    String inchi = "InChI=1S/synthetic/" + prefix + i;
    String key = syntheticKey(prefix, i);
    Structure structure =
        Structure.restore(
            smiles,
            inchi,
            key,
            "C0",
            0,
            0,
            new IdentityKeys("C0", key.substring(0, 14), key.substring(0, 14), inchi, inchi, key));
    return Substance.builder(
            SubstanceId.of(prefix + "-" + i), prefix + " substance " + i, structure)
        .substanceClass(SubstanceClass.OTHER)
        .addSource("synthetic test data")
        .build();
  }

  /** A well-formed InChIKey-shaped key, unique per prefix and number (skeleton block too). */
  private static String syntheticKey(String prefix, int i) {
    StringBuilder block1 = new StringBuilder();
    long p = Math.abs((long) prefix.hashCode() * 1_000_003L + i);
    for (int k = 0; k < 14; k++) {
      block1.append((char) ('A' + (p % 26)));
      p /= 26;
    }
    StringBuilder block2 = new StringBuilder();
    int n = i;
    for (int k = 0; k < 10; k++) {
      block2.append((char) ('A' + n % 26));
      n /= 26;
    }
    return block1 + "-" + block2 + "-N";
  }
}
