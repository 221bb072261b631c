package org.opioidregistry.core.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The detector's contract on random text, as jsoup fuzzes its parser: every text gets a reading
 * with a reason, or an {@link IllegalArgumentException} (a typed one for size); never another
 * exception. Reproducible: the seed is in the failure message.
 */
class QueryDetectorContractTest {

  private static final String ALPHABET = "CNOScnosHBrlFIPK1234567890()[]=#@+-.·/\\\\ %$*:aAuUxXα";

  @Test
  void everyTextGetsAReadingOrATypedError() {
    long seed = Long.getLong("opioid.test.seed", 20261201L);
    Random random = new Random(seed);
    QueryDetector detector = QueryDetector.textOnly();
    for (int i = 0; i < 5_000; i++) {
      int length = 1 + random.nextInt(i % 50 == 0 ? 12_000 : 24);
      StringBuilder text = new StringBuilder(length);
      for (int j = 0; j < length; j++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String query = text.toString();
      try {
        DetectedQuery detected = detector.detect(query);
        assertNotNull(detected.kind());
        assertFalse(detected.reason().isBlank(), "seed " + seed + ": " + query);
      } catch (IllegalArgumentException expected) {
        assertNotNull(expected.getMessage(), "seed " + seed + ": " + query);
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("seed " + seed + ", text '" + query + "': " + e, e);
      }
    }
  }
}
