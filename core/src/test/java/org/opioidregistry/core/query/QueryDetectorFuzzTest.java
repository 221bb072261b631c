package org.opioidregistry.core.query;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.opioidregistry.core.testing.FuzzBound;

/**
 * Fuzzing of query detection (issue 11): a detected kind, or an {@link IllegalArgumentException}
 * for an empty query. No file system is consulted. Regression inputs under {@code
 * QueryDetectorFuzzTestInputs/detect/}.
 */
class QueryDetectorFuzzTest {

  private static final QueryDetector DETECTOR = QueryDetector.withFiles(path -> false);

  @FuzzTest(maxDuration = "10m")
  void detect(FuzzedDataProvider data) {
    String text = FuzzBound.text(data.consumeRemainingAsBytes());
    FuzzBound.within(
        text,
        () -> {
          try {
            assertNotNull(DETECTOR.detect(text).kind());
          } catch (IllegalArgumentException e) {
            assertNotNull(e.getMessage());
          }
        });
  }
}
