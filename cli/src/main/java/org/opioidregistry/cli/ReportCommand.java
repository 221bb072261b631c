package org.opioidregistry.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Query;
import org.opioidregistry.report.CaseReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report QUERY... --output case.html [--format pdf]}: one self-contained HTML (or PDF) case
 * report, rendered by the report module's {@link CaseReport}. A bad query stops the report before
 * anything is written.
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "report",
    description =
        "A case report as one self-contained HTML (or PDF) file: pictures, verdicts, grounds,"
            + " controls, disclaimer and provenance.",
    mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RegistryOptions common = new RegistryOptions();

  @Parameters(
      paramLabel = "QUERY",
      arity = "1..100",
      description = "Up to 100 queries (CaseReport.MAX_IDENTIFICATIONS).")
  List<String> texts;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The file to write (replaced whole, never half-written).")
  Path output;

  /** The file formats a report is written in. */
  enum Format {
    html,
    pdf
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "html (default) or pdf: the same document, laid out for print.")
  Format format = Format.html;

  @Option(names = "--title", paramLabel = "TEXT", description = "The report's title.")
  String title = "Case report";

  private final Environment env;

  ReportCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    // Bounded before any work: the report refuses a longer title.
    if (title.length() > CaseReport.MAX_TITLE_LENGTH) {
      throw new ParameterException(
          spec.commandLine(), "--title has at most " + CaseReport.MAX_TITLE_LENGTH + " characters");
    }
    Problems problems = new Problems(env.err(), common.debug);
    List<Identification> identifications = new ArrayList<>();
    try (OpenRegistry opened = OpenRegistry.open(common)) {
      for (String text : texts) {
        try {
          identifications.add(opened.identifier().identify(Query.detect(text)));
        } catch (BadQueryException e) {
          problems.badInput(Messages.badQuery(text, e));
          return ExitCode.BAD_INPUT.code();
        }
      }
    }
    CaseReport report = CaseReport.of(title, identifications);
    try (AtomicFile file = AtomicFile.create(output)) {
      if (format == Format.pdf) {
        report.writePdf(file.stream());
      } else {
        report.writeHtml(file.stream());
      }
      file.commit();
    }
    boolean found = identifications.stream().anyMatch(Identification::foundSomething);
    return found ? ExitCode.FOUND.code() : ExitCode.NOTHING_FOUND.code();
  }
}
