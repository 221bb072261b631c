package org.opioidregistry.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.search.Registry;
import org.opioidregistry.search.VerificationReport;

/**
 * The registry a command works on, and an identifier over it: the bundled reference data in memory,
 * or a directory that must already hold a registry (a typo in {@code --registry} must not silently
 * create an empty registry that finds nothing), opened read-only so that several runs may read one
 * directory at once.
 *
 * <p>Not thread-safe to close; the identifier it holds is thread-safe.
 */
final class OpenRegistry implements AutoCloseable {

  private final Registry registry;
  private final Identifier identifier;

  private OpenRegistry(Identifier identifier) {
    this.registry = identifier.registry();
    this.identifier = identifier;
  }

  /** Opens the registry the options name, verifying it first with {@code --verify}. */
  static OpenRegistry open(RegistryOptions options) throws IOException {
    Optional<Path> directory = Optional.ofNullable(options.registry);
    if (options.verify && directory.isPresent()) {
      VerificationReport report = Registry.verify(directory.get());
      if (!report.ok()) {
        throw new IOException(
            "--verify: the registry in "
                + report.location()
                + " is damaged: "
                + report.problems().get(0)
                + (report.problems().size() > 1
                    ? " (and " + (report.problems().size() - 1) + " more problems)"
                    : "")
                + "; restore it from a backup or import it again");
      }
    }
    return open(directory);
  }

  /**
   * Opens the directory read-only, or the bundled data when there is none. A directory without a
   * registry is refused by {@link Registry#open(Path, Registry.OpenMode)}, which creates nothing
   * read-only.
   */
  static OpenRegistry open(Optional<Path> directory) throws IOException {
    return new OpenRegistry(
        directory.isEmpty()
            ? Identifier.bundled()
            : Identifier.overDirectory(directory.get(), Registry.OpenMode.READ_ONLY));
  }

  Registry registry() {
    return registry;
  }

  Identifier identifier() {
    return identifier;
  }

  @Override
  public void close() throws IOException {
    registry.close();
  }
}
