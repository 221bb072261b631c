package org.opioidregistry.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opioidregistry.cli.report.ReportWriter;
import org.opioidregistry.core.mass.Adduct;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.MassQuery;
import org.opioidregistry.identify.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code identify QUERY...}: what each query is, and what the registry knows of it. The command
 * only reads arguments and files and renders; {@link Identifier} decides.
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "identify",
    description = {
      "Identify structures, names, codes, formulas or exact masses.",
      "Each QUERY may be a SMILES, InChI, InChIKey, CAS RN, molecular formula or a name (systematic"
          + " names are read by OPSIN); @FILE or --input FILE reads every record of a"
          + " .mol/.sdf/.smi/.txt file, '-' standard input."
    },
    mixinStandardHelpOptions = true)
final class IdentifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common = new CommonOptions();

  @Mixin SimilarityOptions similarity = new SimilarityOptions();

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "What to identify.")
  List<String> queries = new ArrayList<>();

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "Identify every record of an SDF, MOL, SMILES or text file ('-': stdin).")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--mass",
      paramLabel = "M",
      description = "Search by exact mass: the observed m/z of the --adduct ion.")
  Double mass;

  @Option(
      names = "--adduct",
      paramLabel = "ION",
      description = "The ion --mass was observed as, e.g. [M+H]+, [M+Na]+ (default: [M+H]+).")
  Adduct adduct;

  @Option(names = "--ppm", paramLabel = "PPM", description = "Mass tolerance in ppm (default: 5).")
  Double ppm;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Count only the controls in force on this date (YYYY-MM-DD).")
  LocalDate asOf;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for files (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  private final Environment env;

  IdentifyCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    checkUsage();
    MassQuery massQuery = mass == null ? null : massQuery();
    Problems problems = new Problems(env.err(), common.debug);
    try (OpenRegistry opened = OpenRegistry.open(common)) {
      Identifier identifier = similarity.apply(opened.identifier(), spec);
      if (asOf != null) {
        identifier = identifier.withAsOf(asOf);
      }
      ReportWriter writer = common.format.writer(env.out());
      Tally tally = new Tally();
      for (String query : queries) {
        if (query.equals("-") || query.startsWith("@")) {
          batch(query.equals("-") ? "-" : query.substring(1), identifier, writer, problems, tally);
        } else {
          one(Query.detect(query), identifier, writer, problems, tally);
        }
      }
      for (String input : inputs) {
        batch(input, identifier, writer, problems, tally);
      }
      if (massQuery != null) {
        one(Query.mass(massQuery), identifier, writer, problems, tally);
      }
      return tally.exitCode().code();
    }
  }

  private void checkUsage() {
    if (queries.isEmpty() && inputs.isEmpty() && mass == null) {
      throw new ParameterException(
          spec.commandLine(), "give a QUERY, --input FILE or --mass M (see --help)");
    }
    if (mass == null && (adduct != null || ppm != null)) {
      throw new ParameterException(spec.commandLine(), "--adduct and --ppm go with --mass");
    }
    if (threads < 1 || threads > 1024) {
      throw new ParameterException(spec.commandLine(), "--threads must be between 1 and 1024");
    }
  }

  /** Range errors in the mass options are usage errors: the command line is what is wrong. */
  private MassQuery massQuery() {
    try {
      return MassQuery.of(mass, adduct == null ? Adduct.PROTONATED : adduct, ppm == null ? 5 : ppm);
    } catch (BadQueryException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void one(
      Query query, Identifier identifier, ReportWriter writer, Problems problems, Tally tally) {
    try {
      Identification id = identifier.identify(query);
      tally.add(id);
      writer.write(id);
    } catch (BadQueryException e) {
      tally.addBad(tally.reports() + tally.bad() + 1);
      writer.writeError(0, query, e);
      problems.badInput(Messages.badQuery(query.text(), e));
    }
  }

  private void batch(
      String path, Identifier identifier, ReportWriter writer, Problems problems, Tally tally)
      throws IOException {
    Inputs.Opened opened;
    try {
      opened = Inputs.open(path, Optional.empty(), env);
    } catch (BadInputException e) {
      tally.addBad(tally.reports() + tally.bad() + 1);
      problems.badInput(e);
      return;
    }
    Progress progress = opened.progress(env);
    try (BatchSource source = opened.source()) {
      BatchRun.run(
          source,
          opened.name(),
          identifier,
          threads,
          writer,
          problems,
          tally,
          progress,
          id -> true);
    } finally {
      progress.finish();
    }
  }
}
