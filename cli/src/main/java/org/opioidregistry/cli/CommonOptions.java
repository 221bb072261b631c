package org.opioidregistry.cli;

import org.opioidregistry.cli.report.OutputFormat;
import picocli.CommandLine.Option;

/**
 * Options every command that reads a registry and writes reports takes: the {@link RegistryOptions}
 * and the output format.
 *
 * <p>Not thread-safe: picocli fills it in once per run.
 */
final class CommonOptions extends RegistryOptions {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  OutputFormat format = OutputFormat.TABLE;
}
