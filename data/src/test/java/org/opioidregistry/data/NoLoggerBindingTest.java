package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An application that uses the library but binds no SLF4J provider sees nothing on standard error
 * from our code paths: loading the bundled data logs at debug level, which must then go nowhere,
 * without SLF4J's "No SLF4J providers were found" warning. The application is a child JVM on this
 * test's class path less the SLF4J binding that the tests use.
 */
class NoLoggerBindingTest {

  /** Guards a hang only; raise it with {@code -Dopioid.test.timeoutFactor=N} on a slow machine. */
  private static final long TIMEOUT_SECONDS =
      (long) (120 * Double.parseDouble(System.getProperty("opioid.test.timeoutFactor", "1")));

  @Test
  void aConsumerWithoutABindingSeesNoWarning() throws IOException, InterruptedException {
    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("slf4j-simple"))
            .collect(Collectors.joining(File.pathSeparator));
    assertTrue(classPath.contains("slf4j-api"), "the API itself stays on the class path");
    assertFalse(classPath.contains("slf4j-simple"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(List.of(java.toString(), "-cp", classPath, Consumer.class.getName()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String stderr = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the child hung");
    assertEquals(0, child.exitValue(), stderr);
    assertEquals("", stderr);
  }

  /** The application: loads the bundled data, which logs, and says nothing. */
  static final class Consumer {
    public static void main(String[] args) {
      if (ReferenceData.load().size() == 0) {
        throw new AssertionError("nothing loaded");
      }
    }
  }
}
