package org.opioidregistry.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.opioidregistry.cli.report.ReportWriter;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code search TEXT}: the text read as a name, synonym or code only (no SMILES or formula
 * reading), with every name match and what they identify.
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "search",
    description = "Search names, synonyms and codes (typo-tolerant; codes match exactly).",
    mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {

  @Mixin CommonOptions common = new CommonOptions();

  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Name, synonym or code.")
  List<String> words;

  private final Environment env;

  SearchCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    Problems problems = new Problems(env.err(), common.debug);
    String text = String.join(" ", words).strip();
    Query query = Query.of(QueryKind.NAME, text);
    try (OpenRegistry opened = OpenRegistry.open(common)) {
      ReportWriter writer = common.format.writer(env.out());
      try {
        Identification id = opened.identifier().identify(query);
        writer.write(id);
        return id.names().isEmpty() ? ExitCode.NOTHING_FOUND.code() : ExitCode.FOUND.code();
      } catch (BadQueryException e) {
        writer.writeError(0, query, e);
        problems.badInput(Messages.badQuery(text, e));
        return ExitCode.BAD_INPUT.code();
      }
    }
  }
}
