package org.opioidregistry.core.fingerprint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import org.opioidregistry.core.testing.FuzzBound;

/**
 * Fuzzing of the FPS reader (issue 11): records, or an {@link FpsFormatException} naming a line
 * that exists. Regression inputs under {@code FpsReaderFuzzTestInputs/fps/}.
 */
class FpsReaderFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void fps(FuzzedDataProvider data) {
    String text = FuzzBound.text(data.consumeRemainingAsBytes());
    long lines = text.lines().count();
    FuzzBound.within(
        text,
        () -> {
          try (FpsReader reader = FpsReader.open(new StringReader(text))) {
            for (FpsRecord r = reader.next(); r != null; r = reader.next()) {
              assertFalse(r.id().isEmpty());
              assertTrue(r.fingerprint().bitLength() == reader.header().numBits());
            }
          } catch (FpsFormatException e) {
            assertTrue(e.lineNumber() >= 1 && e.lineNumber() <= lines + 1, e.getMessage());
          } catch (IOException e) {
            throw new AssertionError("a StringReader does not fail", e);
          }
        });
  }
}
