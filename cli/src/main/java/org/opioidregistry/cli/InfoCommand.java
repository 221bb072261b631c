package org.opioidregistry.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opioidregistry.cli.report.SubstanceWriter;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code info ID}: everything registered about one substance.
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "info",
    description = "Everything registered about one substance (names, codes, structure, controls).",
    mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common = new CommonOptions();

  @Parameters(paramLabel = "ID", arity = "1", description = "Substance id, e.g. fentanyl.")
  String id;

  private final Environment env;

  InfoCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    Problems problems = new Problems(env.err(), common.debug);
    SubstanceId substanceId;
    try {
      substanceId = SubstanceId.of(id.strip());
    } catch (IllegalArgumentException e) {
      problems.badInput(Messages.badQuery(id, e));
      return ExitCode.BAD_INPUT.code();
    }
    try (OpenRegistry opened = OpenRegistry.open(common)) {
      Optional<Substance> substance = opened.registry().get(substanceId);
      if (substance.isEmpty()) {
        problems.note("no substance with id '" + substanceId + "' (try: opioid-registry search)");
        return ExitCode.NOTHING_FOUND.code();
      }
      SubstanceWriter.write(common.format, List.of(substance.get()), env.out());
      return ExitCode.FOUND.code();
    }
  }
}
