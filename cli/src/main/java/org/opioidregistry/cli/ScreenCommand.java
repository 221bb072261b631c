package org.opioidregistry.cli;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opioidregistry.cli.report.OutputFormat;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Identifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code screen FILE}: identifies every record of a file, streaming, in parallel, with a summary on
 * standard error.
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

  @Mixin SimilarityOptions similarity = new SimilarityOptions();

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
  public Integer call() throws IOException {
    if (threads < 1 || threads > 1024) {
      throw new ParameterException(spec.commandLine(), "--threads must be between 1 and 1024");
    }
    Problems problems = new Problems(env.err(), common.debug);
    Tally tally = new Tally();
    long start = System.nanoTime();
    try (OpenRegistry opened = OpenRegistry.open(common)) {
      Identifier identifier = similarity.apply(opened.identifier(), spec);
      Inputs.Opened input;
      try {
        input = Inputs.open(file, Optional.empty(), env);
      } catch (BadInputException e) {
        problems.badInput(e);
        return ExitCode.BAD_INPUT.code();
      }
      boolean everything = all || common.format != OutputFormat.TABLE;
      Progress progress = input.progress(env);
      try (BatchSource source = input.source()) {
        BatchRun.run(
            source,
            input.name(),
            identifier,
            threads,
            common.format.writer(env.out()),
            problems,
            tally,
            progress,
            everything ? id -> true : Identification::foundSomething);
      } finally {
        progress.finish();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      env.err()
          .println(
              Problems.PREFIX
                  + "screened "
                  + input.name()
                  + ": "
                  + tally.summary()
                  + String.format(Locale.ROOT, " in %.1f s", seconds));
      env.err().flush();
      return tally.exitCode().code();
    }
  }
}
