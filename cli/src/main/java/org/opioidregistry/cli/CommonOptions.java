package org.opioidregistry.cli;

import org.opioidregistry.cli.report.OutputFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options every command that reads a registry and writes reports takes: the {@link RegistryOptions}
 * and the output format.
 *
 * <p>Not thread-safe: picocli fills it in once per run.
 */
final class CommonOptions extends RegistryOptions {

  /** The command these options belong to: only screen writes Parquet. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  OutputFormat format = OutputFormat.TABLE;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; parquet: screen"
              + " --output FILE only).",
      defaultValue = "table")
  void format(OutputFormat value) {
    if (value == OutputFormat.PARQUET && !command.name().equals("screen")) {
      throw new ParameterException(
          command.commandLine(), "--format parquet is for screen (with --output FILE)");
    }
    format = value;
  }
}
