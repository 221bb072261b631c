package org.opioidregistry.core.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What every fuzz target of this project asserts besides its contract: one input finishes within a
 * generous bound. The bound guards a hang only (minutes where an input takes milliseconds) and is
 * raised with {@code -Dopioid.test.timeoutFactor=N} on a slow machine; when fuzzing, Jazzer's own
 * per-input timeout stops a true hang.
 */
public final class FuzzBound {

  /** 600 s, times the timeout factor (which may be fractional, e.g. 1.5). */
  public static final Duration PER_INPUT =
      Duration.ofSeconds(
          (long) (600 * Double.parseDouble(System.getProperty("opioid.test.timeoutFactor", "1"))));

  private FuzzBound() {}

  /** Runs one input's work and fails if it took longer than {@link #PER_INPUT}. */
  public static void within(String input, Runnable work) {
    long start = System.nanoTime();
    work.run();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(
        took.compareTo(PER_INPUT) <= 0, () -> "took " + took.toMillis() + " ms: " + shorten(input));
  }

  /** The fuzzer's bytes as text: UTF-8, malformed sequences replaced, as a reader would give. */
  public static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String shorten(String input) {
    return input.length() <= 200 ? input : input.substring(0, 200) + "...";
  }
}
