package org.opioidregistry.cli;

import java.util.Optional;

/**
 * What the commands that cannot work without a registry share: opening it, or saying in one line
 * why there is none.
 *
 * <p>Stateless and thread-safe.
 */
final class RegistryCommand {

  private RegistryCommand() {}

  /**
   * Opens the registry, or reports that there is none.
   *
   * @return the registry, or empty after a one-line error on stderr
   */
  static Optional<Identifier> open(
      Environment env, RegistrySettings settings, Problems problems, String command)
      throws java.io.IOException {
    Optional<Identifier> identifier = env.identifiers().open(settings);
    if (identifier.isEmpty()) {
      problems.error(command + " needs a registry, and none is available", null);
    }
    return identifier;
  }
}
