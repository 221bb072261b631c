package org.opioidregistry.core.substructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain measurement (not a JMH benchmark; that belongs to the benchmarks module): substructure
 * search over a synthetic library with and without screening. Run from {@code core/} with
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) \
 *     org.opioidregistry.core.substructure.ScreeningMeasurement 100000
 * </pre>
 */
public final class ScreeningMeasurement {
  static final String[] QUERIES = {
    "O=C-N(-c1ccccc1)-C1CCNCC1", // 4-anilidopiperidine core
    "c1ccsc1", // thiophene
    "C1CCNCC1", // piperidine
    "C(F)(F)F",
    "c1ccccc1", // benzene: almost everything has one, little to screen
    "[#6]~[#7]" // generic
  };

  private ScreeningMeasurement() {}

  /**
   * Runs the measurement.
   *
   * @param args optional library size (default 100,000)
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long t0 = System.nanoTime();
    List<SearchTarget> targets = new ArrayList<>(size);
    List<String> smiles = SyntheticLibrary.smiles(size, 42L);
    for (int i = 0; i < smiles.size(); i++) {
      targets.add(SearchTarget.ofSmiles("t" + i, smiles.get(i)));
    }
    SubstructureSearcher searcher = SubstructureSearcher.of(targets);
    System.out.printf(
        Locale.ROOT,
        "%d targets (SMILES, parsed on demand); screens computed in %.1f s%n",
        size,
        (System.nanoTime() - t0) / 1e9);
    System.out.printf(
        Locale.ROOT,
        "%-28s %7s %9s %7s %10s %10s %7s%n",
        "query",
        "hits",
        "screened",
        "ratio",
        "on (ms)",
        "off (ms)",
        "speedup");
    for (String q : QUERIES) {
      SubstructureQuery query = SubstructureQuery.smarts(q);
      searcher.search(query, Integer.MAX_VALUE, Duration.ofMinutes(5)); // warm-up
      long a = System.nanoTime();
      SubstructureSearchResult on =
          searcher.search(query, Integer.MAX_VALUE, Duration.ofMinutes(5), Screening.ON);
      long b = System.nanoTime();
      SubstructureSearchResult off =
          searcher.search(query, Integer.MAX_VALUE, Duration.ofMinutes(5), Screening.OFF);
      long c = System.nanoTime();
      if (!on.hits().equals(off.hits())) {
        throw new AssertionError("screening lost hits for " + q);
      }
      System.out.printf(
          Locale.ROOT,
          "%-28s %7d %9d %6.1f%% %10.0f %10.0f %6.1fx%n",
          q,
          on.hits().size(),
          on.screenedOut(),
          100 * on.screeningRatio(),
          (b - a) / 1e6,
          (c - b) / 1e6,
          (double) (c - b) / (b - a));
    }
  }
}
