package org.opioidregistry.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opioidregistry.cli.report.OutputFormat;
import org.opioidregistry.cli.report.QueryReport;
import org.opioidregistry.core.query.QueryDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code screen FILE}: every record of a whole file, streamed and identified in parallel, with a
 * progress bar on a terminal and a summary at the end.
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "screen",
    description = {
      "Screen every record of an SDF or SMILES file ('-' for standard input).",
      "In table format only records that found something are shown (all with --all); JSON and TSV"
          + " show every record. A summary goes to standard error."
    },
    mixinStandardHelpOptions = true)
final class ScreenCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common = new CommonOptions();

  @Parameters(paramLabel = "FILE", arity = "1", description = "The file to screen.")
  String file;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--all", description = "In table format, show every record.")
  boolean all;

  private final Environment env;

  ScreenCommand(Environment env) {
    this.env = env;
  }

  @Override
  @SuppressWarnings("try") // the resource is named only so that the registry is closed
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    Problems problems = new Problems(env.err(), common.debug);
    Tally tally = new Tally();
    long start = System.nanoTime();
    Optional<Identifier> identifier = env.identifiers().open(common.settings(spec));
    try (Identifier closer = identifier.orElse(null)) {
      if (identifier.isEmpty()) {
        problems.note("no registry is available: structures only, no verdicts");
      }
      Inputs.Opened opened;
      try {
        opened = Inputs.open(file, Optional.empty(), env);
      } catch (BadInputException e) {
        problems.badInput(e);
        return ExitCode.BAD_INPUT.code();
      }
      boolean everything = all || common.format != OutputFormat.TABLE;
      Progress progress = opened.progress(env);
      try (BatchSource source = opened.source();
          BatchRunner runner =
              new BatchRunner(
                  new QueryResolver(identifier, new OpsinNames()),
                  QueryDetector.standard(),
                  common.format.writer(env.out()),
                  problems,
                  opened.name(),
                  threads,
                  everything ? r -> true : QueryReport::foundSomething)) {
        runner.run(source, tally, progress);
      } finally {
        progress.finish();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      env.err()
          .println(
              Problems.PREFIX
                  + "screened "
                  + opened.name()
                  + ": "
                  + tally.summary()
                  + String.format(Locale.ROOT, " in %.1f s", seconds));
      env.err().flush();
      return tally.exitCode().code();
    }
  }
}
