package org.opioidregistry.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opioidregistry.cli.report.OutputFormat;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.ScreenProvenance;
import org.opioidregistry.identify.ScreenResult;
import org.opioidregistry.identify.Screener;
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
      "--format parquet --output FILE writes the TSV columns typed, for downstream tools.",
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

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the report to FILE (whole when the screen is done, nothing if it fails) instead of"
              + " standard output; --format parquet needs it.")
  Path output;

  @Option(names = "--all", description = "In table format, show every record.")
  boolean all;

  @Option(
      names = "--keys",
      description =
          "Compute the InChIKey of every record (one InChI each). Without it the screen computes"
              + " InChI, InChIKey and canonical SMILES only for records that may match a registered"
              + " substance or be covered by a definition; the others are decided by similarity"
              + " with the same verdicts.")
  boolean keys;

  private final Environment env;

  ScreenCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || threads > 1024) {
      throw new ParameterException(spec.commandLine(), "--threads must be between 1 and 1024");
    }
    if (common.format == OutputFormat.PARQUET && output == null) {
      throw new ParameterException(
          spec.commandLine(), "--format parquet writes a file: give it with --output FILE");
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
      try (BatchSource source = input.source();
          ScreenOutput out =
              ScreenOutput.open(
                  common.format,
                  Optional.ofNullable(output),
                  env.out(),
                  () -> ScreenProvenance.of(identifier, keys).asMap())) {
        BatchRun.screen(
            source,
            input.name(),
            Screener.of(identifier).withKeys(keys),
            threads,
            out.writer(),
            problems,
            tally,
            progress,
            everything ? r -> true : ScreenResult::foundSomething);
        out.commit();
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
