package org.opioidregistry.cli;

import org.openscience.cdk.tools.ILoggingTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends CDK's logging to SLF4J. Without it CDK falls back to printing on standard error (CDK 2.12
 * ships no SLF4J adapter in the modules we use), which would add a second line to the one-line
 * report of a bad MOL block. {@link Main} installs it before any CDK class is loaded; the levels
 * are then those of simplelogger.properties (CDK is silent unless {@code --debug}).
 *
 * <p>Thread-safe: SLF4J loggers are.
 */
public final class CdkSlf4jLogger implements ILoggingTool {

  private final Logger logger;
  private int level = WARN;

  private CdkSlf4jLogger(Class<?> owner) {
    this.logger = LoggerFactory.getLogger(owner);
  }

  /**
   * The factory method CDK's {@code LoggingToolFactory} calls by reflection.
   *
   * @param owner the class that logs
   * @return its logger
   */
  public static ILoggingTool create(Class<?> owner) {
    return new CdkSlf4jLogger(owner);
  }

  private static String join(Object object, Object... more) {
    StringBuilder text = new StringBuilder(String.valueOf(object));
    for (Object o : more) {
      text.append(o);
    }
    return text.toString();
  }

  /** Not used: the JVM's properties are not CDK's to log. */
  @Override
  public void dumpSystemProperties() {}

  /** Ignored: SLF4J prints whole stack traces. */
  @Override
  public void setStackLength(int length) {}

  /** Not used. */
  @Override
  public void dumpClasspath() {}

  @Override
  public void debug(Object object) {
    if (logger.isDebugEnabled()) {
      logger.debug(String.valueOf(object));
    }
  }

  @Override
  public void debug(Object object, Object... objects) {
    if (logger.isDebugEnabled()) {
      logger.debug(join(object, objects));
    }
  }

  @Override
  public void error(Object object) {
    logger.error(String.valueOf(object));
  }

  @Override
  public void error(Object object, Object... objects) {
    if (logger.isErrorEnabled()) {
      logger.error(join(object, objects));
    }
  }

  @Override
  public void fatal(Object object) {
    logger.error(String.valueOf(object));
  }

  @Override
  public void info(Object object) {
    logger.info(String.valueOf(object));
  }

  @Override
  public void info(Object object, Object... objects) {
    if (logger.isInfoEnabled()) {
      logger.info(join(object, objects));
    }
  }

  @Override
  public void warn(Object object) {
    logger.warn(String.valueOf(object));
  }

  @Override
  public void warn(Object object, Object... objects) {
    if (logger.isWarnEnabled()) {
      logger.warn(join(object, objects));
    }
  }

  @Override
  public boolean isDebugEnabled() {
    return logger.isDebugEnabled();
  }

  /** Recorded only: SLF4J's configuration decides what is printed. */
  @Override
  public void setLevel(int level) {
    this.level = level;
  }

  @Override
  public int getLevel() {
    return level;
  }
}
