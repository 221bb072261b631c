package org.opioidregistry.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link FixedDecimal} against the JDK's formatter it replaces, on values chosen to be awkward. */
class FixedDecimalTest {

  private static void same(double value, int decimals) {
    assertEquals(
        String.format(Locale.ROOT, "%." + decimals + "f", value),
        FixedDecimal.format(value, decimals),
        () -> "value " + value + " (" + Double.toString(value) + "), " + decimals + " decimals");
  }

  @Test
  void randomMassesAndScoresOverManyMagnitudes() {
    SplittableRandom random = new SplittableRandom(20261201);
    for (int i = 0; i < 50_000; i++) {
      double magnitude = Math.pow(10, random.nextInt(-8, 10));
      double value = random.nextDouble() * magnitude;
      same(value, 4);
      same(value, 2);
    }
  }

  @Test
  void valuesOnTheRoundingBoundary() {
    // k + 0.00005 and its neighbours: where half-up on the shortest digits and the binary value
    // disagree, the formatter's rule (the digits of Double.toString) must win.
    for (int k = 0; k < 20_000; k++) {
      double half = k / 10_000.0 + 0.00005;
      same(half, 4);
      same(Math.nextUp(half), 4);
      same(Math.nextDown(half), 4);
      double score = k / 20_000.0 + 0.005;
      same(score, 2);
      same(Math.nextDown(score), 2);
    }
  }

  @Test
  void specialValuesKeepTheFormattersSpelling() {
    for (double v :
        new double[] {
          0.0,
          -0.0,
          1.0,
          -1.0,
          -0.00001,
          1e-300,
          Double.MIN_VALUE,
          Double.MAX_VALUE,
          1e7,
          9999999.99995,
          1e22,
          Double.NaN,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY,
          382.24196858,
          0.995
        }) {
      same(v, 4);
      same(v, 2);
    }
  }
}
