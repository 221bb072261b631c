package org.opioidregistry.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Provenance;
import org.opioidregistry.identify.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code report QUERY... --output case.html}: one self-contained HTML case report (see {@link
 * CaseReport}). A bad query stops the report before anything is written.
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "report",
    description =
        "A case report as one self-contained HTML file: pictures, verdicts, grounds,"
            + " controls, disclaimer and provenance.",
    mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

  @Mixin CommonOptions common = new CommonOptions();

  @Parameters(paramLabel = "QUERY", arity = "1..100", description = "Up to 100 queries.")
  List<String> texts;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The HTML file to write (replaced whole, never half-written).")
  Path output;

  @Option(names = "--title", paramLabel = "TEXT", description = "The report's title.")
  String title = "Case report";

  private final Environment env;

  ReportCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    Problems problems = new Problems(env.err(), common.debug);
    CaseReport report = new CaseReport(title);
    boolean found = false;
    try (OpenRegistry opened = OpenRegistry.open(Optional.ofNullable(common.registry))) {
      String contentHash = opened.registry().contentHash();
      String dataVersion =
          common.registry == null ? "bundled reference data" : "registry " + common.registry;
      for (String text : texts) {
        Identification id;
        try {
          id = opened.identifier().identify(Query.detect(text));
        } catch (BadQueryException e) {
          problems.badInput(Messages.badQuery(text, e));
          return ExitCode.BAD_INPUT.code();
        }
        found |= id.foundSomething();
        report.add(
            id,
            Provenance.of(
                text, id.structure(), contentHash, dataVersion, opened.identifier().settings()));
      }
    }
    DepictCommand.writeWhole(output, report.html());
    return found ? ExitCode.FOUND.code() : ExitCode.NOTHING_FOUND.code();
  }
}
