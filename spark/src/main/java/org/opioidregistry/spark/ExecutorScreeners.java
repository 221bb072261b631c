package org.opioidregistry.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.ScreenProvenance;
import org.opioidregistry.identify.Screener;
import org.opioidregistry.search.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screener of this JVM: the registry (the bundled one, or a directory) opened read-only, and
 * its screener built once per JVM (per registry and setting of keys), on first use by a task, and
 * shared by every task the executor runs after it; never per record or per partition. A registry
 * directory stays open for the JVM's life: an executor's tasks come and go, and read-only readers
 * of one directory do not hinder each other.
 *
 * <p>Thread-safe: tasks of one executor run on several threads, and the screener is immutable.
 */
final class ExecutorScreeners {

  private static final Logger LOG = LoggerFactory.getLogger(ExecutorScreeners.class);

  /** One per registry and setting of keys: a JVM normally holds one. */
  private static final Map<Key, Opened> OPENED = new ConcurrentHashMap<>();

  private ExecutorScreeners() {}

  /**
   * The screener and its provenance.
   *
   * @param screener the screener
   * @param provenance what every row it screens records about it
   */
  record Opened(Screener screener, ScreenProvenance provenance) {}

  /** What a screener is opened for. */
  private record Key(Optional<String> registry, boolean keys) {}

  /**
   * This JVM's screener over the registry directory, or the bundled registry when there is none,
   * opened on the first call.
   *
   * @throws UncheckedIOException when the directory holds no registry that opens (the task fails
   *     with the directory named: a wrong path on an executor is the job's configuration, not a bad
   *     record)
   */
  static Opened get(Optional<String> registry, boolean keys) {
    return OPENED.computeIfAbsent(new Key(registry, keys), ExecutorScreeners::open);
  }

  private static Opened open(Key key) {
    long start = System.nanoTime();
    Identifier identifier =
        key.registry().map(ExecutorScreeners::openDirectory).orElseGet(Identifier::bundled);
    Opened opened =
        new Opened(
            Screener.of(identifier).withKeys(key.keys()),
            ScreenProvenance.of(identifier, key.keys()));
    LOG.info(
        "opened the registry {} and its screener in {} ms (content hash {})",
        key.registry().orElse("(bundled)"),
        (System.nanoTime() - start) / 1_000_000,
        opened.provenance().registryContentHash());
    return opened;
  }

  private static Identifier openDirectory(String directory) {
    try {
      return Identifier.overDirectory(Path.of(directory), Registry.OpenMode.READ_ONLY);
    } catch (IOException e) {
      // The executor's host is in the task's failure; the path is what the user can check there.
      throw new UncheckedIOException(
          "--registry " + directory + " on this executor: " + e.getMessage(), e);
    }
  }
}
