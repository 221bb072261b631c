package org.opioidregistry.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opioidregistry.cli.report.NameMatch;
import org.opioidregistry.cli.report.QueryReport;
import org.opioidregistry.core.query.QueryKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code search TEXT}: registered substances by name, synonym or code, typo-tolerant.
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "search",
    description = "Search names, synonyms and codes (typo-tolerant; codes match exactly).",
    mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common = new CommonOptions();

  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Name, synonym or code.")
  List<String> words;

  private final Environment env;

  SearchCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    Problems problems = new Problems(env.err(), common.debug);
    Optional<Identifier> identifier =
        RegistryCommand.open(env, common.settings(spec), problems, "search");
    if (identifier.isEmpty()) {
      return ExitCode.FAILURE.code();
    }
    try (Identifier registry = identifier.get()) {
      String text = String.join(" ", words).strip();
      if (text.isEmpty()) {
        problems.badInput(new BadInputException("'': the search text is empty", null));
        return ExitCode.BAD_INPUT.code();
      }
      List<NameMatch> matches = registry.findByName(text);
      common
          .format
          .writer(env.out())
          .write(QueryReport.builder(text, QueryKind.NAME).nameMatches(matches).build());
      return matches.isEmpty() ? ExitCode.NOTHING_FOUND.code() : ExitCode.FOUND.code();
    }
  }
}
