package org.opioidregistry.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options every command that reads a registry takes; {@link CommonOptions} adds the output format
 * of the commands that write reports to standard output.
 *
 * <p>Not thread-safe: picocli fills it in once per run.
 */
class RegistryOptions {

  @Option(
      names = "--registry",
      paramLabel = "DIR",
      description = "A persistent registry directory (default: the bundled reference data).")
  Path registry;

  @Option(
      names = "--verify",
      description =
          "Check the --registry directory in depth before using it (Lucene's full index check and"
              + " every stored key recomputed); exit 4 naming the damage if it fails.")
  boolean verify;

  @Option(names = "--debug", description = "Print stack traces with problems, and debug logs.")
  boolean debug;
}
