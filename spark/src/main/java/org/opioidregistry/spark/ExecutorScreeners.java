package org.opioidregistry.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.ScreenProvenance;
import org.opioidregistry.identify.Screener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screener of this JVM: the bundled registry opened, read-only, and its screener built once per
 * JVM (per setting of keys), on first use by a task, and shared by every task the executor runs
 * after it; never per record or per partition.
 *
 * <p>Thread-safe: tasks of one executor run on several threads, and the screener is immutable.
 */
final class ExecutorScreeners {

  private static final Logger LOG = LoggerFactory.getLogger(ExecutorScreeners.class);

  /** One per setting of keys: a JVM normally holds one. */
  private static final Map<Boolean, Opened> OPENED = new ConcurrentHashMap<>();

  private ExecutorScreeners() {}

  /**
   * The screener and its provenance.
   *
   * @param screener the screener
   * @param provenance what every row it screens records about it
   */
  record Opened(Screener screener, ScreenProvenance provenance) {}

  /** This JVM's screener, opened on the first call. */
  static Opened get(boolean keys) {
    return OPENED.computeIfAbsent(keys, ExecutorScreeners::open);
  }

  private static Opened open(boolean keys) {
    long start = System.nanoTime();
    Identifier identifier = Identifier.bundled();
    Opened opened =
        new Opened(Screener.of(identifier).withKeys(keys), ScreenProvenance.of(identifier, keys));
    LOG.info(
        "opened the bundled registry and its screener in {} ms (registry {})",
        (System.nanoTime() - start) / 1_000_000,
        opened.provenance().registryContentHash());
    return opened;
  }
}
