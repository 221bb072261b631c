package org.opioidregistry.core.structure;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates valid SMILES thousands of times (deleting, inserting, swapping and duplicating
 * characters): every outcome must be a structure or a {@link StructureParseException}, never any
 * other exception. The seed is printed so that a failure can be replayed with {@code
 * -Dfuzz.seed=...}.
 */
class MutationFuzzTest {

  private static final String ALPHABET = "CNOSPFclBrI[]()=#@+-123456789%/\\.*H ncos";
  private static final int MUTATIONS = 3_000;

  @Test
  void mutatedSmilesEitherParseOrFailCleanly() {
    long seed = Long.getLong("fuzz.seed", new Random().nextLong());
    System.out.println(
        "MutationFuzzTest seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
    Random random = new Random(seed);
    List<String> seeds =
        ReferenceStructures.all().stream().map(ReferenceStructures.Row::smiles).toList();
    int parsed = 0;
    int rejected = 0;
    for (int i = 0; i < MUTATIONS; i++) {
      String smiles = mutate(seeds.get(random.nextInt(seeds.size())), random);
      try {
        assertNotNull(StructureParser.parse(smiles).inchiKey());
        parsed++;
      } catch (StructureParseException expected) {
        rejected++;
      } catch (RuntimeException | Error e) {
        fail("seed " + seed + ", input '" + smiles + "': " + e, e);
      }
    }
    System.out.println("MutationFuzzTest: " + parsed + " parsed, " + rejected + " rejected");
  }

  private static String mutate(String smiles, Random random) {
    StringBuilder s = new StringBuilder(smiles);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && s.length() > 1; e++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(4)) {
        case 0 -> s.deleteCharAt(at);
        case 1 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        case 2 -> {
          int other = random.nextInt(s.length());
          char c = s.charAt(at);
          s.setCharAt(at, s.charAt(other));
          s.setCharAt(other, c);
        }
        default -> {
          int end = Math.min(s.length(), at + 1 + random.nextInt(6));
          s.insert(at, s.substring(at, end));
        }
      }
    }
    return s.toString();
  }
}
