package org.opioidregistry.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.Query;
import org.opioidregistry.identify.Screener;

/**
 * The batch screen against the bundled registry, in molecules per second: {@link
 * Screener#screenAll} over the first {@value #RECORDS} SMILES of {@code smilesFile} (the peers'
 * {@code variants.smi}), on 1 or 2 worker threads, with or without an InChIKey for every record,
 * beside the full {@link Identifier#identifyAll} it must agree with. One operation is one molecule
 * (JMH divides each invocation by {@value #RECORDS}).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ScreenBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScreenBenchmark {

  static final int RECORDS = 5_000;

  /** One SMILES per line (an id may follow after whitespace). */
  @Param("/tmp/perf-peers/variants.smi")
  public String smilesFile;

  @Param({"1", "2"})
  public int threads;

  @Param({"false", "true"})
  public boolean keys;

  private Identifier identifier;
  private Screener screener;
  private List<Query> queries;

  @Setup(Level.Trial)
  public void load() throws IOException {
    MachineInfo.print();
    identifier = Identifier.bundled();
    screener = Screener.of(identifier).withKeys(keys);
    queries = new ArrayList<>(RECORDS);
    try (BufferedReader in = Files.newBufferedReader(Path.of(smilesFile), StandardCharsets.UTF_8)) {
      for (String line = in.readLine();
          line != null && queries.size() < RECORDS;
          line = in.readLine()) {
        if (!line.isBlank()) {
          queries.add(Query.of(QueryKind.SMILES, line.strip()));
        }
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void screen(Blackhole sink) {
    screener.screenAll(queries.iterator(), threads, sink::consume);
  }

  /** The full identification of every record, which the screen must agree with. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public void identifyAll(Blackhole sink) {
    identifier.identifyAll(queries.iterator(), threads, sink::consume);
  }
}
