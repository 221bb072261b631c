package org.opioidregistry.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code opioid-registry}: the parent of the subcommands; alone, it asks for one.
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "opioid-registry",
    description = {
      "Is a structure, name, formula or mass a controlled synthetic opioid, or close to one?",
      "Verdicts report what was found, never a legal conclusion."
    },
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.Version.class,
    footer = {
      "",
      "Exit status (every command):",
      "  0  done: something listed, covered or similar was found (import, export: done)",
      "  1  every query was read, and nothing was found",
      "  2  usage error: an unknown option, a missing or out-of-range value",
      "  3  bad input: a query, record or input file that cannot be read (one line on stderr says"
          + " which, what and where; the rest of a batch is still done)",
      "  4  another failure: an unreadable, damaged or busy registry, output that cannot be"
          + " written, a bug (one line says what to do; --debug adds the trace)"
    })
final class RootCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "give a command, e.g. identify (see --help)");
  }

  /** The version from the jar's manifest, when run from the jar. */
  static final class Version implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = RootCommand.class.getPackage().getImplementationVersion();
      return new String[] {
        "opioid-registry " + (version == null ? "(development build)" : version)
      };
    }
  }
}
