package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Loading the bundled data, with full verification, must take well under a second once the JVM is
 * warm. Not a benchmark (JMH belongs in the benchmarks module): a guard against an accidental
 * slowdown, with the measured times printed so that a reviewer can see them.
 *
 * <p>The bound is on the thread's CPU time, not on wall-clock time: on a shared build machine the
 * wall-clock time also measures the other jobs (it was seen to triple under a load average of 12 on
 * two cores), while the CPU time measures the loader. Loading is single-threaded, so the two agree
 * on an idle machine.
 */
class LoadTimeTest {

  private static final int WARM_UP = 5;
  private static final int MEASURED = 10;

  @Test
  void warmLoadTakesWellUnderASecond() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < WARM_UP; i++) {
      assertEquals(91, ReferenceData.load().size());
    }
    long[] wallMillis = new long[MEASURED];
    long[] cpuMillis = new long[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      assertEquals(91, ReferenceData.load().size());
      wallMillis[i] = (System.nanoTime() - wall) / 1_000_000;
      cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
    }
    Arrays.sort(wallMillis);
    Arrays.sort(cpuMillis);
    long cpuMedian = cpuMillis[MEASURED / 2];
    System.out.printf(
        Locale.ROOT,
        "LoadTimeTest: warm ReferenceData.load() of 91 substances, %d runs after %d warm-up:"
            + " CPU median %d ms (min %d, max %d); wall-clock median %d ms (min %d, max %d)%n",
        MEASURED,
        WARM_UP,
        cpuMedian,
        cpuMillis[0],
        cpuMillis[MEASURED - 1],
        wallMillis[MEASURED / 2],
        wallMillis[0],
        wallMillis[MEASURED - 1]);
    assertTrue(cpuMedian < 1000, "median warm load " + cpuMedian + " ms of CPU time");
  }
}
