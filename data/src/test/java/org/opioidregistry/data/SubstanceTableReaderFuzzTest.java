package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.opioidregistry.core.substance.Substance;

/**
 * Fuzzing of the reference-data reader (issue 11): substances, or a {@link DataFileException}
 * naming the file, a line that exists and the problem; never another exception, and within a
 * generous bound (raise with {@code -Dopioid.test.timeoutFactor=N}). One target fuzzes the
 * substances table beside the bundled controls' header, the other the controls table beside the
 * bundled substances. Regression inputs under {@code SubstanceTableReaderFuzzTestInputs/}.
 */
class SubstanceTableReaderFuzzTest {

  private static final Duration BOUND =
      Duration.ofSeconds(
          (long) (600 * Double.parseDouble(System.getProperty("opioid.test.timeoutFactor", "1"))));

  private static final String CONTROLS_HEADER =
      String.join("\t", SubstanceTableReader.CONTROL_COLUMNS) + "\n";

  private static final String BUNDLED_SUBSTANCES = bundled(SubstanceTableReader.SUBSTANCES_FILE);

  private static String bundled(String file) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void substances(FuzzedDataProvider data) {
    String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    readHonours(text, CONTROLS_HEADER);
  }

  @FuzzTest(maxDuration = "10m")
  void controls(FuzzedDataProvider data) {
    String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    readHonours(BUNDLED_SUBSTANCES, text);
  }

  private static void readHonours(String substances, String controls) {
    long start = System.nanoTime();
    try {
      List<Substance> read =
          SubstanceTableReader.read(
              new StringReader(substances),
              SubstanceTableReader.SUBSTANCES_FILE,
              new StringReader(controls),
              SubstanceTableReader.CONTROLS_FILE);
      read.forEach(s -> assertNotNull(s.id()));
    } catch (DataFileException e) {
      assertNotNull(e.problem());
      long lines = Math.max(substances.lines().count(), controls.lines().count());
      assertTrue(e.line() >= 1 && e.line() <= lines + 1, e.getMessage());
      assertFalse(e.getMessage().isBlank());
    } catch (IOException e) {
      throw new AssertionError("a StringReader does not fail", e);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(took.compareTo(BOUND) <= 0, "took " + took.toMillis() + " ms");
  }
}
