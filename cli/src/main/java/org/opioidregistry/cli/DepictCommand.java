package org.opioidregistry.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.depict.Depicter;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.ClassDefinitionResult;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code depict QUERY --output x.svg}: the query as identified, as an SVG picture. When a class
 * definition covers it, the sites that definition found changed are coloured and labelled with its
 * clauses, beside the nearest listed substance; otherwise the structure alone.
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "depict",
    description =
        "Draw the query as SVG; a covered analogue with its changed sites labelled by clause.",
    mixinStandardHelpOptions = true)
final class DepictCommand implements Callable<Integer> {

  @Mixin CommonOptions common = new CommonOptions();

  @Parameters(paramLabel = "QUERY", arity = "1", description = "SMILES, InChI, name, CAS RN...")
  String text;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The SVG file to write (replaced whole, never half-written).")
  Path output;

  @Option(
      names = "--definition",
      paramLabel = "ID",
      description = "Show this class definition's sites (default: the first that covers it).")
  String definition;

  private final Environment env;

  DepictCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    Problems problems = new Problems(env.err(), common.debug);
    Query query = Query.detect(text);
    try (OpenRegistry opened = OpenRegistry.open(Optional.ofNullable(common.registry))) {
      Identification id;
      try {
        id = opened.identifier().identify(query);
      } catch (BadQueryException e) {
        problems.badInput(Messages.badQuery(text, e));
        return ExitCode.BAD_INPUT.code();
      }
      if (id.structure().isEmpty()) {
        problems.badInput(
            new BadInputException(
                "query " + Messages.quote(text) + ": no structure to draw (" + id.verdict() + ")",
                null));
        return ExitCode.BAD_INPUT.code();
      }
      Structure structure = id.structure().get();
      Optional<ClassDefinitionResult> shown =
          id.classDefinitions().stream()
              .filter(
                  r ->
                      definition == null
                          ? r.evaluation().covered()
                          : r.definitionId().equals(definition))
              .findFirst();
      if (definition != null && shown.isEmpty()) {
        problems.badInput(
            new BadInputException(
                "--definition " + definition + ": no such class definition", null));
        return ExitCode.BAD_INPUT.code();
      }
      Optional<Structure> compared = id.comparedWith().flatMap(Substance::structure);
      String svg =
          shown.isPresent() && compared.isPresent()
              ? Depicter.defaults()
                  .classEvaluation(
                      structure,
                      shown.get().evaluation(),
                      compared.get(),
                      shown.get().definitionId() + ": " + shown.get().evaluation().summary())
              : Depicter.defaults().structure(structure);
      writeWhole(output, svg);
      return ExitCode.FOUND.code();
    }
  }

  /** Writes the whole file or none of it (see {@link AtomicFile}). */
  static void writeWhole(Path target, String content) throws IOException {
    try (AtomicFile file = AtomicFile.create(target)) {
      file.writer().write(content);
      file.commit();
    }
  }
}
