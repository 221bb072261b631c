package org.opioidregistry.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.opioidregistry.cli.report.ReportWriter;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code similar QUERY}: the registered substances structurally similar to a structure or to the
 * substance a name names, on any fingerprint type the registry can compute.
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "similar",
    description = "Registered substances similar to a structure (SMILES, InChI) or a named one.",
    mixinStandardHelpOptions = true)
final class SimilarCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common = new CommonOptions();

  @Mixin SimilarityOptions similarity = new SimilarityOptions();

  @Parameters(paramLabel = "QUERY", arity = "1", description = "A structure or a name.")
  String text;

  private final Environment env;

  SimilarCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    Problems problems = new Problems(env.err(), common.debug);
    Query query = Query.detect(text);
    try (OpenRegistry opened = OpenRegistry.open(common)) {
      ReportWriter writer = common.format.writer(env.out());
      try {
        Identification id = similarity.apply(opened.identifier(), spec).identify(query);
        writer.write(id);
        return id.similar().isEmpty() && id.listed().isEmpty()
            ? ExitCode.NOTHING_FOUND.code()
            : ExitCode.FOUND.code();
      } catch (BadQueryException e) {
        writer.writeError(0, query, e);
        problems.badInput(Messages.badQuery(text, e));
        return ExitCode.BAD_INPUT.code();
      }
    }
  }
}
