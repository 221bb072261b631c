package org.opioidregistry.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.opioidregistry.core.substructure.Screening;
import org.opioidregistry.core.substructure.SearchTarget;
import org.opioidregistry.core.substructure.SubstructureQuery;
import org.opioidregistry.core.substructure.SubstructureSearchResult;
import org.opioidregistry.core.substructure.SubstructureSearcher;

/**
 * Substructure search over 100,000 structures held as prepared graphs, with and without the screen,
 * for queries of different selectivity. The molecules are the first {@code size} lines of {@code
 * smilesFile}: by default the peers' {@code variants.smi} (NCI set plus single-site analogues, made
 * by {@code shared/peers/gen_dataset.py}), the same molecules RDKit's SubstructLibrary is run on.
 * When that file is absent the built-in {@link AnalogueLibrary} is used (all fentanyl-like, so
 * screening has little to reject: say so when quoting figures). The setup prints each query's hit
 * count and screening ratio.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SubstructureBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    // A fixed heap and the parallel collector: with JVM ergonomics this 2-processor machine got
    // the Serial collector, whose 0.2-2 s pauses over 100,000 held graphs made single shots bimodal
    // (-prof gc showed it). The graphs are allocated once; a search allocates little.
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
// Averages over timed iterations instead of single shots, after enough warm-up for C2 to compile
// the matcher and the screen: one screened search takes tens of milliseconds.
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SubstructureBenchmark {

  /** One SMILES per line (an id may follow after whitespace). */
  @Param("/tmp/perf-peers/variants.smi")
  public String smilesFile;

  @Param("100000")
  public int size;

  /** Query SMARTS: 4-anilidopiperidine core, 2-benzylbenzimidazole core, piperidine, thiophene. */
  @Param({"O=CN(c1ccccc1)C1CCNCC1", "c1ccccc1Cc1nc2ccccc2n1", "C1CCNCC1", "c1ccsc1"})
  public String query;

  @Param({"ON", "OFF"})
  public Screening screening;

  private SubstructureSearcher searcher;
  private SubstructureQuery compiled;

  @Setup(Level.Trial)
  public void load() throws IOException {
    MachineInfo.print();
    List<String> smiles = read(Path.of(smilesFile), size);
    List<SearchTarget> targets = new ArrayList<>(smiles.size());
    SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
    int rejected = 0;
    for (int i = 0; i < smiles.size(); i++) {
      try {
        targets.add(SearchTarget.ofGraph(String.valueOf(i), parser.parseSmiles(smiles.get(i))));
      } catch (InvalidSmilesException | IllegalArgumentException e) {
        rejected++; // CDK cannot read a few of the peers' SMILES; they are left out, and counted
      }
    }
    searcher = SubstructureSearcher.of(targets);
    compiled = SubstructureQuery.smarts(query);
    SubstructureSearchResult probe =
        searcher.search(compiled, Integer.MAX_VALUE, Duration.ofMinutes(10), Screening.ON);
    System.err.printf(
        Locale.ROOT,
        "%n%s over %d targets (%d unreadable left out): %d hits, %.1f %% screened out%n",
        query,
        targets.size(),
        rejected,
        probe.hits().size(),
        100 * probe.screeningRatio());
    // The 100,000 graphs were just allocated in the young generation. Left there, each young
    // collection during the measurement copies them again (to a survivor space, until they reach
    // the tenuring age): -Xlog:gc showed single pauses of 1.2 and 2.8 s on one core, inside
    // iterations of 30 ms operations. A full collection now moves them to the old generation once;
    // what the searches then allocate is short-lived and cheap to collect.
    System.gc();
  }

  private static List<String> read(Path file, int size) throws IOException {
    if (!Files.exists(file)) {
      System.err.println(
          "no " + file + ": using the built-in analogue library (fentanyl-like only)");
      return AnalogueLibrary.smiles(Math.min(size, AnalogueLibrary.MAX_SIZE));
    }
    List<String> smiles = new ArrayList<>(size);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine();
          line != null && smiles.size() < size;
          line = in.readLine()) {
        String s = line.strip().split("\\s+", 2)[0];
        if (!s.isEmpty()) {
          smiles.add(s);
        }
      }
    }
    return smiles;
  }

  @Benchmark
  public SubstructureSearchResult searchAll() {
    return searcher.search(compiled, Integer.MAX_VALUE, Duration.ofMinutes(10), screening);
  }
}
