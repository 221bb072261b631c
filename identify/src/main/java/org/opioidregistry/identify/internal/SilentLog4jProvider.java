package org.opioidregistry.identify.internal;

import java.net.URI;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.spi.AbstractLogger;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;

/**
 * A Log4j 2 provider of the lowest priority whose loggers discard everything. OPSIN logs through
 * the Log4j 2 API (its {@code log4j-api} dependency is how Log4j reaches identify's users): an
 * application with no Log4j provider of its own (Log4j Core, {@code log4j-to-slf4j}, ...) got
 * "Log4j API could not find a logging provider" and OPSIN's errors from Log4j's fallback logger on
 * stderr; the library never prints, so this provider answers then. Any other provider has a higher
 * priority (Log4j Core 10, {@code log4j-to-slf4j} 15) and wins.
 *
 * <p>Found by Log4j through {@code META-INF/services/org.apache.logging.log4j.spi.Provider}; not
 * API. Thread-safe: stateless.
 */
public final class SilentLog4jProvider extends Provider {

  /** Below every provider Log4j ships. */
  static final int PRIORITY = -100;

  /** For the service loader. */
  public SilentLog4jProvider() {
    super(PRIORITY, "2.6.0", Factory.class);
  }

  /** Hands out the one silent context. Public for Log4j's reflective instantiation. */
  public static final class Factory implements LoggerContextFactory {

    private static final Context CONTEXT = new Context();

    /** For Log4j. */
    public Factory() {}

    @Override
    public LoggerContext getContext(
        String fqcn, ClassLoader loader, Object externalContext, boolean currentContext) {
      return CONTEXT;
    }

    @Override
    public LoggerContext getContext(
        String fqcn,
        ClassLoader loader,
        Object externalContext,
        boolean currentContext,
        URI configLocation,
        String name) {
      return CONTEXT;
    }

    @Override
    public void removeContext(LoggerContext context) {}
  }

  /** One logger for every name: nothing is kept per name, so nothing grows. */
  private static final class Context implements LoggerContext {
    private static final Silent LOGGER = new Silent();

    @Override
    public Object getExternalContext() {
      return null;
    }

    @Override
    public ExtendedLogger getLogger(String name) {
      return LOGGER;
    }

    @Override
    public ExtendedLogger getLogger(
        String name, org.apache.logging.log4j.message.MessageFactory messageFactory) {
      return LOGGER;
    }

    @Override
    public boolean hasLogger(String name) {
      return false;
    }

    @Override
    public boolean hasLogger(
        String name, org.apache.logging.log4j.message.MessageFactory messageFactory) {
      return false;
    }

    @Override
    public boolean hasLogger(
        String name,
        Class<? extends org.apache.logging.log4j.message.MessageFactory> messageFactoryClass) {
      return false;
    }
  }

  /** Every level disabled. */
  private static final class Silent extends AbstractLogger {
    private static final long serialVersionUID = 1L;

    Silent() {
      super("opioid-registry-silent");
    }

    @Override
    public Level getLevel() {
      return Level.OFF;
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, Message message, Throwable t) {
      return false;
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, CharSequence message, Throwable t) {
      return false;
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, Object message, Throwable t) {
      return false;
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message, Throwable t) {
      return false;
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message) {
      return false;
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message, Object... params) {
      return false;
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message, Object p0) {
      return false;
    }

    @Override
    public boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1) {
      return false;
    }

    @Override
    public boolean isEnabled(
        Level level, Marker marker, String message, Object p0, Object p1, Object p2) {
      return false;
    }

    @Override
    public boolean isEnabled(
        Level level, Marker marker, String message, Object p0, Object p1, Object p2, Object p3) {
      return false;
    }

    @Override
    public boolean isEnabled(
        Level level,
        Marker marker,
        String message,
        Object p0,
        Object p1,
        Object p2,
        Object p3,
        Object p4) {
      return false;
    }

    @Override
    public boolean isEnabled(
        Level level,
        Marker marker,
        String message,
        Object p0,
        Object p1,
        Object p2,
        Object p3,
        Object p4,
        Object p5) {
      return false;
    }

    @Override
    public boolean isEnabled(
        Level level,
        Marker marker,
        String message,
        Object p0,
        Object p1,
        Object p2,
        Object p3,
        Object p4,
        Object p5,
        Object p6) {
      return false;
    }

    @Override
    public boolean isEnabled(
        Level level,
        Marker marker,
        String message,
        Object p0,
        Object p1,
        Object p2,
        Object p3,
        Object p4,
        Object p5,
        Object p6,
        Object p7) {
      return false;
    }

    @Override
    public boolean isEnabled(
        Level level,
        Marker marker,
        String message,
        Object p0,
        Object p1,
        Object p2,
        Object p3,
        Object p4,
        Object p5,
        Object p6,
        Object p7,
        Object p8) {
      return false;
    }

    @Override
    public boolean isEnabled(
        Level level,
        Marker marker,
        String message,
        Object p0,
        Object p1,
        Object p2,
        Object p3,
        Object p4,
        Object p5,
        Object p6,
        Object p7,
        Object p8,
        Object p9) {
      return false;
    }

    @Override
    public void logMessage(String fqcn, Level level, Marker marker, Message message, Throwable t) {}
  }
}
