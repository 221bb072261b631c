package org.opioidregistry.identify;

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
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;
import org.opioidregistry.identify.internal.SilentLog4jProvider;

/**
 * An application that uses the library with no Log4j 2 provider of its own sees nothing on stderr
 * when OPSIN (which logs through the Log4j 2 API) reads names: no "Log4j API could not find a
 * logging provider", no fallback logger's errors. The application is a child JVM on this test's
 * class path less any Log4j implementation or SLF4J binding; it says which logger factory Log4j
 * chose, which must be the silent provider's.
 */
class NoLog4jProviderTest {

  /** Guards a hang only; raise it with {@code -Dopioid.test.timeoutFactor=N} on a slow machine. */
  private static final long TIMEOUT_SECONDS =
      (long) (600 * Double.parseDouble(System.getProperty("opioid.test.timeoutFactor", "1")));

  @Test
  void aConsumerWithoutALog4jProviderSeesNothing() throws IOException, InterruptedException {
    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(
                entry -> {
                  String name = Path.of(entry).getFileName().toString();
                  return !name.startsWith("log4j-core")
                      && !name.startsWith("log4j-to-slf4j")
                      && !name.startsWith("log4j-slf4j")
                      && !name.startsWith("slf4j-simple")
                      && !name.startsWith("slf4j-nop");
                })
            .collect(Collectors.joining(File.pathSeparator));
    assertTrue(classPath.contains("log4j-api"), "the Log4j API itself stays on the class path");
    assertFalse(classPath.contains("log4j-core"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(List.of(java.toString(), "-cp", classPath, Consumer.class.getName()))
            .start();
    String stdout = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String stderr = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the child hung");
    assertEquals(0, child.exitValue(), stderr);
    assertEquals("", stderr);
    assertEquals(SilentLog4jProvider.Factory.class.getName(), stdout.strip());
  }

  /**
   * The application: names OPSIN must parse (one it cannot), then says which factory Log4j uses.
   */
  static final class Consumer {
    public static void main(String[] args) {
      Identifier identifier = Identifier.bundled();
      // Systematic names go to OPSIN; the second is no name at all.
      identifier.identify(
          Query.of(
              org.opioidregistry.core.query.QueryKind.NAME,
              "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]butanamide"));
      identifier.identify(
          Query.of(org.opioidregistry.core.query.QueryKind.NAME, "1-(zzz-quux)frobnicane"));
      System.out.println(LogManager.getFactory().getClass().getName());
    }
  }
}
