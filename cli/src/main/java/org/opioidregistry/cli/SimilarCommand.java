package org.opioidregistry.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.opioidregistry.cli.report.QueryReport;
import org.opioidregistry.cli.report.StructureSource;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.core.structure.InputFormat;
import org.opioidregistry.core.structure.Structure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code similar SMILES}: the listed substances most like a structure, with --threshold and --top.
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "similar",
    description = "Listed substances structurally similar to a structure (SMILES or InChI).",
    mixinStandardHelpOptions = true)
final class SimilarCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CommonOptions common = new CommonOptions();

  @Parameters(paramLabel = "SMILES", arity = "1", description = "The structure.")
  String smiles;

  @Option(
      names = "--fingerprint",
      paramLabel = "TYPE",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "ECFP4")
  FingerprintType fingerprint = FingerprintType.DEFAULT;

  private final Environment env;

  SimilarCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    RegistrySettings settings = common.settings(spec);
    if (fingerprint != FingerprintType.DEFAULT) {
      // The registry indexes one fingerprint type; comparing another would mean refingerprinting
      // every substance per query.
      throw new ParameterException(
          spec.commandLine(),
          "the registry indexes "
              + FingerprintType.DEFAULT
              + " fingerprints only, not "
              + fingerprint);
    }
    Structure structure =
        QueryResolver.parse(
            smiles,
            smiles.strip().startsWith("InChI=") ? InputFormat.INCHI : InputFormat.SMILES,
            smiles);
    Problems problems = new Problems(env.err(), common.debug);
    Optional<Identifier> identifier = RegistryCommand.open(env, settings, problems, "similar");
    if (identifier.isEmpty()) {
      return ExitCode.FAILURE.code();
    }
    try (Identifier registry = identifier.get()) {
      QueryReport report =
          QueryReport.builder(smiles, QueryKind.SMILES)
              .structure(structure, StructureSource.INPUT)
              .identification(registry.identify(structure))
              .build();
      common.format.writer(env.out()).write(report);
      return report.foundSomething() ? ExitCode.FOUND.code() : ExitCode.NOTHING_FOUND.code();
    }
  }
}
