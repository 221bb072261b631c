package org.opioidregistry.benchmarks;

import java.io.IOException;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.search.NameMatch;
import org.opioidregistry.search.Registry;

/**
 * Name search over the bundled registry alone (no large registry to build), one query kind per
 * parameter: an exact name, a typo, a near miss in a locant, a code, a long systematic name. The
 * typo rule, its marker check and the exact edit counts of leads all run here.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar NameSearchBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NameSearchBenchmark {

  @Param({
    "fentanyl citrate",
    "brorphin",
    "4-methylfentanyl",
    "U47700",
    "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide"
  })
  public String query;

  private Registry bundled;

  @Setup(Level.Trial)
  public void open() {
    MachineInfo.print();
    bundled = Registry.inMemory(ReferenceData.bundled().substances());
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    bundled.close();
  }

  @Benchmark
  public List<NameMatch> findByName() {
    return bundled.findByName(query, 10);
  }
}
