package org.opioidregistry.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.Query;
import org.opioidregistry.identify.ScreenResult;
import org.opioidregistry.identify.Screener;
import org.opioidregistry.identify.Verdict;

/**
 * The proof run of the screen on a large SMILES file: every record is identified in full by the
 * {@link Identifier} and screened by the {@link Screener} (with keys, so that the InChIKey is
 * compared too), and every difference is printed. Not a benchmark: it runs the slow path on every
 * record on purpose.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.opioidregistry.benchmarks.ScreenAgreement \
 *     /tmp/perf-peers/variants.smi 1000000
 * </pre>
 *
 * <p>Not thread-safe; a command-line tool.
 */
public final class ScreenAgreement {

  private ScreenAgreement() {}

  /**
   * Runs the comparison.
   *
   * @param args the SMILES file, optionally the number of records (default all)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    long limit = args.length > 1 ? Long.parseLong(args[1]) : Long.MAX_VALUE;
    Identifier identifier = Identifier.bundled();
    Screener screener = Screener.of(identifier);
    Screener keyed = screener.withKeys(true);
    Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    long records = 0;
    long differences = 0;
    long errors = 0;
    long light = 0;
    long start = System.nanoTime();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null && records < limit; line = in.readLine()) {
        String smiles = line.strip().split("\\s+", 2)[0];
        if (smiles.isEmpty()) {
          continue;
        }
        records++;
        Query q = Query.of(QueryKind.SMILES, smiles);
        Identification expected;
        try {
          expected = identifier.identify(q);
        } catch (BadQueryException e) {
          errors++;
          String again = error(screener, q);
          if (!(e.problem() + ": " + e.getMessage()).equals(again)) {
            differences++;
            System.out.println(
                "record "
                    + records
                    + " "
                    + smiles
                    + ": error "
                    + e.problem()
                    + ": "
                    + e.getMessage()
                    + " vs "
                    + again);
          }
          continue;
        }
        verdicts.merge(expected.verdict(), 1L, Long::sum);
        for (Screener s : List.of(screener, keyed)) {
          ScreenResult r;
          try {
            r = s.screen(q);
          } catch (BadQueryException e) {
            differences++;
            System.out.println("record " + records + " " + smiles + ": screen refused it: " + e);
            continue;
          }
          if (s == screener && r.identification().isEmpty()) {
            light++;
          }
          List<String> diff = r.differencesFrom(expected);
          if (!diff.isEmpty()) {
            differences++;
            System.out.println("record " + records + " " + smiles + ": " + diff);
          }
        }
        if (records % 5_000 == 0) {
          report(records, differences, errors, light, verdicts, start);
        }
      }
    }
    report(records, differences, errors, light, verdicts, start);
  }

  private static String error(Screener screener, Query q) {
    try {
      screener.screen(q);
      return "no error";
    } catch (BadQueryException e) {
      return e.problem() + ": " + e.getMessage();
    }
  }

  private static void report(
      long records,
      long differences,
      long errors,
      long light,
      Map<Verdict, Long> verdicts,
      long start) {
    System.out.printf(
        Locale.ROOT,
        "%,d records: %,d differences, %,d unreadable (same error both ways unless counted),"
            + " %,d decided without InChI (%.2f %%), verdicts %s, %.0f s%n",
        records,
        differences,
        errors,
        light,
        100.0 * light / Math.max(1, records - errors),
        verdicts,
        (System.nanoTime() - start) / 1e9);
    System.out.flush();
  }
}
