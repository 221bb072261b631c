package org.opioidregistry.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The commands whose options are settled but whose work needs parts of the registry that this build
 * does not wire yet (similarity search with its own threshold, substance details, a persistent
 * store). They say so and exit with {@link ExitCode#FAILURE}, rather than pretend.
 *
 * <p>Not thread-safe: picocli makes one of each per run.
 */
final class AwaitingRegistryCommands {

  private AwaitingRegistryCommands() {}

  private static Integer unavailable(Environment env, String what) {
    new Problems(env.err(), false)
        .error(what + " is not wired to the registry in this build yet", null);
    return ExitCode.FAILURE.code();
  }

  @Command(
      name = "import",
      description = "Add the substances of a file to a persistent registry (all or nothing).",
      mixinStandardHelpOptions = true)
  static final class Import implements Callable<Integer> {
    @Option(names = "--registry", paramLabel = "DIR", required = true, description = "Registry.")
    Path registry;

    @Parameters(paramLabel = "FILE", arity = "1", description = "SDF, TSV or JSON file.")
    Path file;

    private final Environment env;

    Import(Environment env) {
      this.env = env;
    }

    @Override
    public Integer call() {
      return unavailable(env, "import");
    }
  }

  @Command(
      name = "export",
      description = "Write a registry's substances as SDF, TSV or JSON.",
      mixinStandardHelpOptions = true)
  static final class Export implements Callable<Integer> {
    @Option(names = "--registry", paramLabel = "DIR", description = "Registry (default: bundled).")
    Path registry;

    @Option(
        names = "--to",
        paramLabel = "FORMAT",
        description = "sdf, tsv or json (default: ${DEFAULT-VALUE}).",
        defaultValue = "tsv")
    String to;

    private final Environment env;

    Export(Environment env) {
      this.env = env;
    }

    @Override
    public Integer call() {
      return unavailable(env, "export");
    }
  }
}
