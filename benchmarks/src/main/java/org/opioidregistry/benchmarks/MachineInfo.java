package org.opioidregistry.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints, from inside the benchmark's own JVM, what a figure depends on: the CPU model and the
 * instruction-set flags the kernel reports (so that a README never claims an extension the machine
 * lacks), the load average when the trial started, the JVM, its garbage collector and heap.
 *
 * <p>Stateless and thread-safe.
 */
final class MachineInfo {

  /** The flags that matter to the popcount and vector kernels, reported first. */
  private static final List<String> KEY_FLAGS =
      List.of("popcnt", "avx2", "avx512f", "avx512bw", "avx512vl", "avx512_vpopcntdq");

  private MachineInfo() {}

  /** One block of lines on standard error (JMH shows the fork's output). */
  static void print() {
    System.err.println(describe());
  }

  static String describe() {
    StringBuilder out = new StringBuilder("\n# machine\n");
    List<String> cpuinfo = lines("/proc/cpuinfo");
    String model = first(cpuinfo, "model name");
    String flags = first(cpuinfo, "flags");
    List<String> flagList = List.of(flags.split("\\s+"));
    out.append("# cpu        ")
        .append(model)
        .append(", ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" processors\n");
    out.append("# key flags  ")
        .append(
            KEY_FLAGS.stream()
                .map(f -> f + (flagList.contains(f) ? "=yes" : "=no"))
                .collect(Collectors.joining(" ")))
        .append('\n');
    out.append("# all flags  ").append(flags).append('\n');
    out.append("# load avg   ").append(String.join(" ", lines("/proc/loadavg"))).append('\n');
    out.append("# jvm        ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(Runtime.version())
        .append('\n');
    out.append("# gc         ")
        .append(
            ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", ")))
        .append(
            String.format(
                Locale.ROOT,
                "; max heap %.1f GiB%n",
                Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024)));
    out.append("# jvm args   ")
        .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()))
        .append('\n');
    return out.toString();
  }

  private static List<String> lines(String file) {
    try {
      return Files.readAllLines(Path.of(file));
    } catch (IOException | RuntimeException e) {
      return List.of("(" + file + " unreadable: " + e.getMessage() + ")");
    }
  }

  private static String first(List<String> lines, String key) {
    for (String line : lines) {
      if (line.startsWith(key)) {
        int colon = line.indexOf(':');
        return colon < 0 ? line : line.substring(colon + 1).strip();
      }
    }
    return "(no " + key + " line)";
  }
}
