package org.opioidregistry.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.search.IdentityResult;
import org.opioidregistry.search.NameMatch;
import org.opioidregistry.search.Registry;
import org.opioidregistry.search.SimilarityMatch;

/**
 * The registry's read paths and its opening, on the bundled reference data and on a persistent
 * registry of 100,000 analogues (built once into {@code registryDir} from {@link AnalogueLibrary}
 * if absent, which takes minutes). Forks run with a 1 GB heap: a 100,000-substance registry must
 * open and serve every kind of search within it. Name search is sampled, so JMH reports p50 and p99
 * per query.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RegistryBenchmark -p registryDir=/tmp/registry-100k
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class RegistryBenchmark {

  /** Where the large registry lives; built there on first use. */
  @Param("/tmp/opioid-registry-100k")
  public String registryDir;

  @Param("100000")
  public int largeSize;

  private static final String[] NAME_QUERIES = {
    "fentanyl citrate",
    "carfentanyl",
    "para fluoro butyryl fentanyl",
    "4-FBF",
    "isotonitazine",
    "437-38-7",
    "α-methylfentanyl",
    "furanyl fentanyl",
    "U47700",
    "meperidine",
    "analogue 4711",
    "metonitazene",
    "cis-3-methylfentanyl",
    "ocfentanyl",
    "THF-F",
    "N-pyrrolidino etonitazene"
  };

  private Registry bundled;
  private Registry large;
  private Structure query;
  private int next;

  @Setup(Level.Trial)
  public void open() throws IOException {
    bundled = Registry.inMemory(ReferenceData.bundled().substances());
    Path dir = Path.of(registryDir);
    if (!isBuilt(dir)) {
      build(dir, largeSize);
    }
    large = Registry.open(dir);
    query = StructureParser.parse("CC(C)C(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1"); // 4-FIBF
  }

  private static boolean isBuilt(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Registry r = Registry.open(dir)) {
      return r.size() > 0;
    }
  }

  /** Builds a persistent registry of {@code n} analogues, in batches of 5,000. */
  static void build(Path dir, int n) throws IOException {
    try (Registry registry = Registry.open(dir)) {
      List<Substance> batch = new ArrayList<>();
      List<String> library = AnalogueLibrary.smiles(n);
      for (int i = 0; i < n; i++) {
        Structure s = StructureParser.parse(library.get(i));
        batch.add(
            Substance.builder(SubstanceId.of("analogue-" + i), "Analogue " + i, s)
                .substanceClass(SubstanceClass.FENTANYL_ANALOGUE)
                .addSynonym("analogue " + i + " of fentanyl")
                .addSource("benchmark library (AnalogueLibrary member " + i + ")")
                .build());
        if (batch.size() == 5_000 || i == n - 1) {
          registry.addAll(batch);
          batch.clear();
        }
      }
    }
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    bundled.close();
    large.close();
  }

  private String nextQuery() {
    next = (next + 1) % NAME_QUERIES.length;
    return NAME_QUERIES[next];
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<NameMatch> nameSearchBundled() {
    return bundled.findByName(nextQuery(), 10);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<NameMatch> nameSearchLarge() {
    return large.findByName(nextQuery(), 10);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public IdentityResult identityLarge() {
    return large.findByStructure(query);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<SimilarityMatch> similarLarge() {
    return large.findSimilar(query, 0.5, 10);
  }

  /** Opening the bundled registry: load and verify the data files, index them in memory. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int openBundled() throws IOException {
    try (Registry r = Registry.inMemory(ReferenceData.load().substances())) {
      return r.size();
    }
  }

  /** Opening the 100,000-substance registry from disk. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int openLarge() throws IOException {
    large.close();
    large = Registry.open(Path.of(registryDir));
    return large.size();
  }
}
