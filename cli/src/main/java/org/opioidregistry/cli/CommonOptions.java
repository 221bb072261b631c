package org.opioidregistry.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.opioidregistry.cli.report.OutputFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Options every query command takes.
 *
 * <p>Not thread-safe: picocli fills it in once per run.
 */
final class CommonOptions {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  OutputFormat format = OutputFormat.TABLE;

  @Option(
      names = "--registry",
      paramLabel = "DIR",
      description = "A persistent registry directory (default: the bundled reference data).")
  Path registry;

  @Option(
      names = "--threshold",
      paramLabel = "T",
      description = "Smallest similarity (Tanimoto, 0 to 1) reported (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.5")
  double threshold = RegistrySettings.DEFAULT_THRESHOLD;

  @Option(
      names = "--top",
      paramLabel = "K",
      description = "At most this many similar substances per query (default: ${DEFAULT-VALUE}).",
      defaultValue = "5")
  int top = RegistrySettings.DEFAULT_TOP;

  @Option(names = "--debug", description = "Print stack traces with problems, and debug logs.")
  boolean debug;

  /**
   * The registry to open.
   *
   * @throws ParameterException when --threshold or --top is out of range
   */
  RegistrySettings settings(CommandSpec spec) {
    try {
      return new RegistrySettings(Optional.ofNullable(registry), threshold, top);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
