package org.opioidregistry.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the registry the commands work on: the bundled reference data by default, or a persistent
 * registry in a directory ({@code --registry DIR}).
 *
 * <p>Implementations are stateless and thread-safe; each {@link #open} returns a new identifier
 * that the caller closes.
 */
@FunctionalInterface
public interface IdentifierFactory {

  /**
   * No registry: the build has none wired yet. Commands then report the structure of each query and
   * no verdict, and say so once on stderr.
   */
  IdentifierFactory NONE = directory -> Optional.empty();

  /**
   * Opens a registry.
   *
   * @param directory a persistent registry, or empty for the bundled reference data
   * @return the registry, or empty when this build has none
   * @throws IOException when the directory cannot be read as a registry
   */
  Optional<Identifier> open(Optional<Path> directory) throws IOException;
}
