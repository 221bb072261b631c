package org.opioidregistry.cli;

import java.io.IOException;
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
  IdentifierFactory NONE = settings -> Optional.empty();

  /**
   * Opens a registry.
   *
   * @param settings which registry, and how similarity is reported
   * @return the registry, or empty when this build has none of the kind asked for
   * @throws IOException when the directory cannot be read as a registry
   */
  Optional<Identifier> open(RegistrySettings settings) throws IOException;
}
