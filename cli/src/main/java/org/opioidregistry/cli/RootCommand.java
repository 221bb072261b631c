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
      "Exit status: 0 found something listed or similar, 1 nothing found, 2 usage error,"
          + " 3 bad input, 4 other failure."
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
