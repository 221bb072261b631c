package org.opioidregistry.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shaded jar as a child process, as a user would: {@code java -jar opioid-registry.jar}.
 */
final class JarRunner {

  /** What the process printed and returned. */
  record Result(int status, String out, String err) {

    List<String> errLines() {
      return err.lines().filter(l -> !l.startsWith("opioid-registry: note:")).toList();
    }

    List<String> outLines() {
      return out.lines().toList();
    }
  }

  private JarRunner() {}

  static Path jar() {
    String path = System.getProperty("opioidregistry.jar", "target/opioid-registry.jar");
    Path jar = Path.of(path);
    assertTrue(Files.isRegularFile(jar), "build the jar first (mvn package): " + jar);
    return jar;
  }

  static Result runWithInput(String stdin, String... args)
      throws IOException, InterruptedException {
    return runIn(null, stdin, args);
  }

  /** Runs the jar in a working directory of its own (null: this process's). */
  static Result runIn(Path directory, String stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar().toAbsolutePath().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    Process process = builder.start();
    // Read both streams while the process runs, so that a full pipe never blocks it.
    CompletableFuture<String> out =
        CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    CompletableFuture<String> err =
        CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    long limit = GUARD_SECONDS;
    if (!process.waitFor(limit, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the jar did not finish in " + limit + " s: " + command);
    }
    return new Result(process.exitValue(), out.join(), err.join());
  }

  /**
   * How long a child JVM may run before a test calls it hung: guards a hang only, generous, and
   * raised with {@code -Dopioid.test.timeoutFactor=N} (fractional factors too) on a slower machine.
   */
  static final long GUARD_SECONDS =
      (long) (1800 * Double.parseDouble(System.getProperty("opioid.test.timeoutFactor", "1")));

  static Result run(String... args) throws IOException, InterruptedException {
    return runWithInput("", args);
  }

  private static String read(InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
