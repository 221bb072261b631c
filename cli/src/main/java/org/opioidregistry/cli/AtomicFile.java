package org.opioidregistry.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An output file that appears whole or not at all: written to a temporary file beside it, forced to
 * disk, and moved into place by {@link #commit()}; {@link #close()} without a commit deletes the
 * temporary file. A full disk used to leave an export cut mid-record with exit status 0.
 *
 * <pre>{@code
 * try (AtomicFile file = AtomicFile.create(path)) {
 *   write(file.writer());
 *   file.commit();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one per output file and thread.
 */
final class AtomicFile implements AutoCloseable {

  private final Path target;
  private final Path temporary;
  private final FileChannel channel;
  private final OutputStream stream;
  private final Writer writer;
  private boolean committed;

  private AtomicFile(Path target, Path temporary, FileChannel channel) {
    this.target = target;
    this.temporary = temporary;
    this.channel = channel;
    this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
  }

  /** Starts writing a file that will replace {@code target} when committed. */
  static AtomicFile create(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary =
        Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".partial");
    try {
      // A temporary file is private to its owner; the file it becomes is an ordinary one.
      if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
      }
      return new AtomicFile(
          absolute, temporary, FileChannel.open(temporary, StandardOpenOption.WRITE));
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  /** The file this one will replace. */
  Path target() {
    return target;
  }

  /** The writer for the contents; it throws on a failed write (unlike a PrintWriter). */
  Writer writer() {
    return writer;
  }

  /**
   * The byte stream for the contents (a PDF, say): use it or {@link #writer()}, not both. Closing
   * it does nothing to the file; {@link #commit()} and {@link #close()} decide.
   */
  OutputStream stream() {
    return new FilterOutputStream(stream) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /**
   * Flushes, forces the contents to disk and moves the file into place.
   *
   * @throws IOException when any of those fails (the target is then unchanged)
   */
  void commit() throws IOException {
    writer.flush();
    stream.flush();
    channel.force(true);
    channel.close();
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        channel.close();
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
