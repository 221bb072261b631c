package org.opioidregistry.cli;

import java.nio.file.Path;
import org.opioidregistry.cli.report.OutputFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options every command that reads a registry and writes reports takes.
 *
 * <p>Not thread-safe: picocli fills it in once per run.
 */
final class CommonOptions {

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
