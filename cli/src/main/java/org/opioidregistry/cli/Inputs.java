package org.opioidregistry.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.opioidregistry.core.query.FileFormat;

/**
 * Opens a batch input (a file, or standard input for {@code -}) and decides its format: by the
 * file's extension, else by its first lines.
 *
 * <p>Stateless and thread-safe.
 */
final class Inputs {

  private static final int SNIFF_CHARACTERS = 16_384;

  private Inputs() {}

  /** An opened input; {@link #source()} streams its records. */
  record Opened(String name, BatchSource source, long size) {

    Progress progress(Environment env) {
      return env.terminal() ? new Progress(env.err(), size, source::charactersRead) : Progress.NONE;
    }
  }

  /**
   * Opens a file or, for {@code -}, standard input.
   *
   * @throws BadInputException when the file does not exist or is not a regular file
   * @throws IOException when it cannot be read
   */
  static Opened open(String path, Optional<FileFormat> announced, Environment env)
      throws IOException {
    if (path.equals("-")) {
      return open("standard input", env.in(), 0, Optional.empty(), true);
    }
    Path file = Path.of(path);
    if (!Files.exists(file)) {
      throw new BadInputException(
          Messages.quote(path) + ": no such file", new NoSuchFileException(path));
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(Messages.quote(path) + ": not a regular file", null);
    }
    Optional<FileFormat> format = announced.or(() -> FileFormat.forFileName(path));
    boolean anyQuery = path.toLowerCase(java.util.Locale.ROOT).endsWith(".txt");
    return open(
        file.getFileName().toString(),
        Files.newInputStream(file),
        Files.size(file),
        format,
        anyQuery);
  }

  private static Opened open(
      String name, InputStream in, long size, Optional<FileFormat> format, boolean anyQuery)
      throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    FileFormat chosen = format.isPresent() ? format.get() : sniff(reader);
    return new Opened(name, BatchSource.of(reader, chosen, anyQuery), size);
  }

  private static FileFormat sniff(BufferedReader reader) throws IOException {
    reader.mark(SNIFF_CHARACTERS + 1);
    char[] head = new char[SNIFF_CHARACTERS];
    int read = reader.read(head, 0, SNIFF_CHARACTERS);
    reader.reset();
    return read <= 0 ? FileFormat.SMILES : FileFormat.sniff(new String(head, 0, read));
  }
}
