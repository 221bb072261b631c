package org.opioidregistry.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opioidregistry.cli.report.MassQuery;
import org.opioidregistry.cli.report.ReportWriter;
import org.opioidregistry.core.mass.Adduct;
import org.opioidregistry.core.query.DetectedQuery;
import org.opioidregistry.core.query.QueryDetector;
import org.opioidregistry.core.query.QueryKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code identify QUERY...}: what each query is, and what the registry knows of it.
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "identify",
    description = {
      "Identify structures, names, codes, formulas or exact masses.",
      "Each QUERY may be a SMILES, InChI, InChIKey, CAS RN, molecular formula, a .mol/.sdf/.smi/.txt"
          + " file, '-' for standard input, or a name (systematic names are read by OPSIN)."
    },
    mixinStandardHelpOptions = true)
final class IdentifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common = new CommonOptions();

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "What to identify.")
  List<String> queries = new ArrayList<>();

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "Identify every record of an SDF or SMILES file ('-' for standard input).")
  String input;

  @Option(
      names = "--mass",
      paramLabel = "M",
      description = "Search by exact mass: the observed m/z of the --adduct ion.")
  Double mass;

  @Option(
      names = "--adduct",
      paramLabel = "ION",
      description =
          "The ion --mass was observed as: [M]+, [M+H]+, [M+Na]+, [M+NH4]+, [M-H]-"
              + " (default: [M+H]+).")
  Adduct adduct;

  @Option(names = "--ppm", paramLabel = "PPM", description = "Mass tolerance in ppm (default: 5).")
  Double ppm;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for --input and files (default: the number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  private final Environment env;

  IdentifyCommand(Environment env) {
    this.env = env;
  }

  @Override
  @SuppressWarnings("try") // the resource is named only so that the registry is closed
  public Integer call() throws Exception {
    checkUsage();
    Problems problems = new Problems(env.err(), common.debug);
    Optional<Identifier> identifier = env.identifiers().open(common.settings(spec));
    try (Identifier closer = identifier.orElse(null)) {
      if (identifier.isEmpty()) {
        problems.note("no registry is available: structures only, no verdicts");
      }
      QueryResolver resolver = new QueryResolver(identifier, new OpsinNames());
      QueryDetector detector = QueryDetector.standard();
      ReportWriter writer = common.format.writer(env.out());
      Tally tally = new Tally();
      for (String query : queries) {
        one(query, resolver, detector, writer, problems, tally);
      }
      if (input != null) {
        batch(input, Optional.empty(), resolver, detector, writer, problems, tally);
      }
      if (mass != null) {
        MassQuery query = MassQuery.of(mass, adduct(), ppm == null ? 5 : ppm);
        var report = resolver.resolveMass(query);
        tally.add(report);
        writer.write(report);
      }
      return tally.exitCode().code();
    }
  }

  private void checkUsage() {
    if (queries.isEmpty() && input == null && mass == null) {
      throw new ParameterException(
          spec.commandLine(), "give a QUERY, --input FILE or --mass M (see --help)");
    }
    if (mass == null && (adduct != null || ppm != null)) {
      throw new ParameterException(spec.commandLine(), "--adduct and --ppm go with --mass");
    }
    if (mass != null && !(mass > 0)) {
      throw new ParameterException(spec.commandLine(), "--mass must be a positive m/z: " + mass);
    }
    if (ppm != null && !(ppm >= 0 && ppm <= 1000)) {
      throw new ParameterException(spec.commandLine(), "--ppm must be between 0 and 1000: " + ppm);
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
  }

  private Adduct adduct() {
    return adduct == null ? Adduct.PROTONATED : adduct;
  }

  private void one(
      String query,
      QueryResolver resolver,
      QueryDetector detector,
      ReportWriter writer,
      Problems problems,
      Tally tally)
      throws java.io.IOException {
    int number = tally.reports() + tally.bad() + 1;
    try {
      if (query.equals("-")) {
        batch("-", Optional.empty(), resolver, detector, writer, problems, tally);
        return;
      }
      DetectedQuery detected;
      try {
        detected = detector.detect(query);
      } catch (IllegalArgumentException e) {
        throw Messages.badQuery(query, e);
      }
      if (detected.kind() == QueryKind.FILE) {
        batch(detected.text(), detected.fileFormat(), resolver, detector, writer, problems, tally);
        return;
      }
      var report = resolver.resolve(detected);
      tally.add(report);
      writer.write(report);
    } catch (BadInputException e) {
      tally.addBad(number);
      problems.badInput(e);
    }
  }

  private void batch(
      String path,
      Optional<org.opioidregistry.core.query.FileFormat> format,
      QueryResolver resolver,
      QueryDetector detector,
      ReportWriter writer,
      Problems problems,
      Tally tally)
      throws java.io.IOException {
    Inputs.Opened opened = Inputs.open(path, format, env);
    Progress progress = opened.progress(env);
    try (BatchSource source = opened.source();
        BatchRunner runner =
            new BatchRunner(
                resolver, detector, writer, problems, opened.name(), threads, r -> true)) {
      runner.run(source, tally, progress);
    } finally {
      progress.finish();
    }
  }
}
