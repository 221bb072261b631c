package org.opioidregistry.report;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log, sent to SLF4J. openhtmltopdf logs through one process-wide logger, by
 * default {@code java.util.logging}, whose console handler prints to stderr: a library of ours
 * never prints, so before the first PDF this adapter replaces that default, and only the default
 * (an application that installed its own XRLogger keeps it). Its messages (timings, CSS it does not
 * know) are debug-level here, its errors warnings. Thread-safe: SLF4J loggers are.
 */
final class Slf4jXrLogger implements XRLogger {

  private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

  private Slf4jXrLogger() {}

  /** Installs the adapter unless an application has installed a logger of its own. */
  static synchronized void installUnlessConfigured() {
    XRLogger current = XRLog.getLoggerImpl();
    // null: openhtmltopdf has not logged yet, and would install its default on the first message.
    if (current == null || current.getClass() == JDKXRLogger.class) {
      XRLog.setLoggerImpl(new Slf4jXrLogger());
    }
  }

  @Override
  public void log(String where, Level level, String msg) {
    log(where, level, msg, null);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    if (level.intValue() >= Level.SEVERE.intValue()) {
      LOG.warn("{}: {}", where, msg, th);
    } else {
      LOG.debug("{}: {}", where, msg, th);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // Levels are SLF4J's binding's to set.
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return diagnostic.getLevel().intValue() >= Level.SEVERE.intValue()
        ? LOG.isWarnEnabled()
        : LOG.isDebugEnabled();
  }
}
