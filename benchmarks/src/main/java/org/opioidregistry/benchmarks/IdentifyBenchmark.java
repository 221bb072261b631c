package org.opioidregistry.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.Query;

/**
 * The main job, warm: {@link Identifier#identify} of a SMILES (parse, standardise, InChI, identity,
 * similarity, every class definition), of a name (name search, then the same for the registered
 * structure), and a batch of 10,000 SMILES through {@link Identifier#identifyAll} on one and on two
 * threads, all over the bundled registry. Forks run with a 1 GB heap and G1, stated here so that a
 * re-run measures the same thing.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar IdentifyBenchmark -f 1 -wi 5 -i 10
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Xms1g", "-XX:+UseG1GC"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class IdentifyBenchmark {

  /** Records in the batch benchmark. */
  @Param("10000")
  public int batchSize;

  private static final String[] SMILES = {
    "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl",
    "CCCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1",
    "CCC(=S)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
    "Cn1cnc2c1c(=O)n(C)c(=O)n2C",
    "CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21"
  };

  private static final String[] NAMES = {
    "fentanyl citrate", "carfentanyl", "p-fluorobutyrylfentanyl", "isotonitazine", "437-38-7"
  };

  private Identifier identifier;
  private List<Query> batch;
  private int next;

  @Setup(Level.Trial)
  public void open() {
    MachineInfo.print();
    identifier = Identifier.bundled();
    batch = new ArrayList<>(batchSize);
    List<String> library = AnalogueLibrary.smiles(batchSize);
    for (String smiles : library) {
      batch.add(Query.of(QueryKind.SMILES, smiles));
    }
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    identifier.registry().close();
  }

  /** One SMILES query, parse to verdict. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Identification smiles() {
    return identifier.identify(SMILES[next++ % SMILES.length]);
  }

  /** One name query (typos, codes), name to verdict. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Identification name() {
    return identifier.identify(NAMES[next++ % NAMES.length]);
  }

  /** A batch of analogue SMILES through identifyAll, one worker thread. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long batchOneThread() {
    return runBatch(1);
  }

  /** The same batch on two worker threads. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long batchTwoThreads() {
    return runBatch(2);
  }

  private long runBatch(int threads) {
    LongAdder found = new LongAdder();
    identifier.identifyAll(
        batch.iterator(),
        threads,
        outcome -> {
          if (outcome.identification().map(Identification::foundSomething).orElse(false)) {
            found.increment();
          }
        });
    return found.sum();
  }
}
