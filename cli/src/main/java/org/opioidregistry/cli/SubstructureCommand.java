package org.opioidregistry.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.opioidregistry.cli.report.Cells;
import org.opioidregistry.cli.report.OutputFormat;
import org.opioidregistry.core.substructure.InvalidSmartsException;
import org.opioidregistry.core.substructure.SubstructureQuery;
import org.opioidregistry.identify.SubstructureJson;
import org.opioidregistry.search.SubstructureHitOfSubstance;
import org.opioidregistry.search.SubstructureResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code substructure SMARTS}: the registered substances that contain a SMARTS pattern, with the
 * matched atoms of each (zero-based indices into the substance's SMILES as printed).
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "substructure",
    description = "Registered substances that contain a SMARTS pattern, with the matched atoms.",
    mixinStandardHelpOptions = true)
final class SubstructureCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common = new CommonOptions();

  @Parameters(paramLabel = "SMARTS", arity = "1", description = "The pattern.")
  String smarts;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most this many hits (default: ${DEFAULT-VALUE}).",
      defaultValue = "100")
  int limit = 100;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Stop searching after this long (default: ${DEFAULT-VALUE}).",
      defaultValue = "10")
  double timeoutSeconds = 10;

  private final Environment env;

  SubstructureCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    if (limit < 1 || limit > 100_000) {
      throw new ParameterException(spec.commandLine(), "--limit must be between 1 and 100000");
    }
    if (!(timeoutSeconds > 0 && timeoutSeconds <= 3600)) {
      throw new ParameterException(spec.commandLine(), "--timeout must be between 0 and 3600 s");
    }
    Problems problems = new Problems(env.err(), common.debug);
    SubstructureQuery query;
    try {
      query = SubstructureQuery.smarts(smarts);
    } catch (InvalidSmartsException e) {
      problems.badInput(Messages.badQuery(smarts, e));
      return ExitCode.BAD_INPUT.code();
    }
    try (OpenRegistry opened = OpenRegistry.open(common)) {
      SubstructureResult result =
          opened
              .registry()
              .findSubstructure(query, limit, Duration.ofMillis((long) (timeoutSeconds * 1000)));
      if (common.format == OutputFormat.JSON) {
        env.out().println(SubstructureJson.toJson(smarts, result));
      } else {
        boolean tsv = common.format == OutputFormat.TSV;
        if (tsv) {
          env.out().println("id\tname\tsmiles\tatoms");
        } else {
          env.out().printf(Locale.ROOT, "%-13s%s%n", "smarts", Cells.safe(smarts));
          env.out()
              .printf(
                  Locale.ROOT,
                  "%-13s%d (%d examined, %d screened out%s)%n",
                  "hits",
                  result.hits().size(),
                  result.examined(),
                  result.screenedOut(),
                  result.timedOut() ? ", time limit reached" : "");
        }
        for (SubstructureHitOfSubstance hit : result.hits()) {
          String atoms =
              hit.match().targetAtoms().stream()
                  .map(String::valueOf)
                  .collect(Collectors.joining(","));
          String id = Cells.safe(hit.substance().id().value());
          String smiles = hit.substance().structure().orElseThrow().canonicalSmiles();
          if (tsv) {
            env.out()
                .println(String.join("\t", id, Cells.safe(hit.substance().name()), smiles, atoms));
          } else {
            env.out().printf(Locale.ROOT, "%-13s%s %s  atoms %s%n", "hit", id, smiles, atoms);
          }
        }
      }
      env.out().flush();
      if (result.timedOut()) {
        problems.note("the time limit was reached: the hits may be incomplete");
      }
      return result.hits().isEmpty() ? ExitCode.NOTHING_FOUND.code() : ExitCode.FOUND.code();
    }
  }
}
