package org.opioidregistry.search;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opioidregistry.data.ReferenceData;

/**
 * Name search on random text: a list of matches (each with a meaningful edit count, and a
 * resolution that can be decided), or {@link NameQueryTooLongException}; never another exception.
 * Reproducible: the seed is in the failure message.
 */
class NameSearchContractTest {

  private static final String ALPHABET = "fentaylcrbozipmhsu-FENT 0123456789()[],'αβγ·.+*?~:\\\"/";

  private static Registry registry;

  @BeforeAll
  static void open() {
    registry = Registry.inMemory(ReferenceData.bundled().substances());
  }

  @AfterAll
  static void close() throws IOException {
    registry.close();
  }

  @Test
  void everyTextGetsMatchesOrTheTypedError() {
    long seed = Long.getLong("opioid.test.seed", 20261201L);
    Random random = new Random(seed);
    for (int i = 0; i < 500; i++) {
      int length = 1 + random.nextInt(i % 25 == 0 ? 700 : 30);
      StringBuilder text = new StringBuilder(length);
      for (int j = 0; j < length; j++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String query = text.toString();
      try {
        List<NameMatch> matches = registry.findByName(query, NameResolution.SEARCH_LIMIT);
        for (NameMatch m : matches) {
          assertTrue(m.edits() >= 0, "seed " + seed + ": " + query + " -> " + m);
        }
        assertNotNull(NameResolution.of(matches).outcome());
      } catch (NameQueryTooLongException expected) {
        assertTrue(expected.length() > NameQueryTooLongException.MAX_LENGTH);
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("seed " + seed + ", text '" + query + "': " + e, e);
      }
    }
  }
}
