package org.opioidregistry.core.internal;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;

/**
 * SLF4J loggers for the library modules that stay silent when the application binds no SLF4J
 * provider, instead of letting SLF4J print its "No SLF4J providers were found" warning to standard
 * error from inside our code. With a provider on the class path (or named by the {@code
 * slf4j.provider} system property), the loggers are SLF4J's own.
 *
 * <p>SLF4J 2.0.x finds providers through {@link ServiceLoader}; this class asks the same question
 * the same way, once. With SLF4J 1.7.x (no provider interface) it leaves the choice to SLF4J, which
 * then warns as 1.7 does when there is no binding.
 *
 * <p>Thread-safe and stateless apart from the one answer computed when the class loads.
 */
public final class Loggers {

  private static final boolean SLF4J_PROVIDED = slf4jProvided();

  private Loggers() {}

  /**
   * Returns the logger for a class: SLF4J's when SLF4J has a provider, otherwise one that drops
   * everything.
   *
   * @param type the class that logs
   * @return the logger
   */
  public static Logger of(Class<?> type) {
    return SLF4J_PROVIDED ? LoggerFactory.getLogger(type) : NOPLogger.NOP_LOGGER;
  }

  private static boolean slf4jProvided() {
    if (System.getProperty("slf4j.provider") != null) {
      return true;
    }
    try {
      Class<?> spi = Class.forName("org.slf4j.spi.SLF4JServiceProvider");
      return ServiceLoader.load(spi, LoggerFactory.class.getClassLoader()).stream()
          .findAny()
          .isPresent();
    } catch (ClassNotFoundException e) {
      // SLF4J 1.7: it finds its binding (or warns) itself.
      return true;
    } catch (ServiceConfigurationError e) {
      // A broken provider entry: let SLF4J report it in its own words.
      return true;
    }
  }
}
