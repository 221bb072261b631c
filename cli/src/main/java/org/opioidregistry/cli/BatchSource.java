package org.opioidregistry.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.opioidregistry.core.query.FileFormat;

/**
 * Splits a batch input into raw records, reading one at a time so that a file of any size streams
 * through in constant memory: SD files at their {@code $$$$} lines, SMILES files and plain text at
 * line ends (blank lines and {@code #} comments skipped).
 *
 * <p>Not thread-safe: one reader thread; the records it returns are immutable.
 */
final class BatchSource implements Iterator<BatchItem>, Closeable {

  /** A MOL block longer than this is cut off and will fail to parse, as a bad record. */
  private static final int MAX_RECORD_CHARACTERS = 2_000_000;

  private final BufferedReader reader;
  private final BatchItem.Mode mode;
  private int lineNumber;
  private int recordNumber;
  private long charactersRead;
  private BatchItem next;
  private boolean finished;

  private BatchSource(BufferedReader reader, BatchItem.Mode mode) {
    this.reader = Objects.requireNonNull(reader);
    this.mode = Objects.requireNonNull(mode);
  }

  /**
   * A source for a file of the given format; a .txt file or standard input holds queries of any
   * kind, one a line.
   */
  static BatchSource of(BufferedReader reader, FileFormat format, boolean anyQuery) {
    BatchItem.Mode mode =
        switch (format) {
          case SDF, MOLFILE -> BatchItem.Mode.MOL_BLOCK;
          case SMILES -> anyQuery ? BatchItem.Mode.DETECT : BatchItem.Mode.SMILES;
        };
    return new BatchSource(reader, mode);
  }

  /**
   * @throws UncheckedIOException when reading fails
   */
  @Override
  public boolean hasNext() {
    if (next == null && !finished) {
      try {
        next = mode == BatchItem.Mode.MOL_BLOCK ? readMolBlock() : readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      finished = next == null;
    }
    return next != null;
  }

  @Override
  public BatchItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    BatchItem item = next;
    next = null;
    return item;
  }

  private BatchItem readLine() throws IOException {
    String line;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      charactersRead += line.length() + 1;
      String stripped = line.strip();
      if (!stripped.isEmpty() && !stripped.startsWith("#")) {
        return new BatchItem(++recordNumber, lineNumber, stripped, mode);
      }
    }
    return null;
  }

  private BatchItem readMolBlock() throws IOException {
    StringBuilder block = new StringBuilder();
    int firstLine = lineNumber + 1;
    boolean sawAnything = false;
    boolean inMolBlock = true;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      charactersRead += line.length() + 1;
      if (line.startsWith("$$$$")) {
        break;
      }
      sawAnything |= !line.isBlank();
      // Data items after M  END are not part of the structure; the report does not need them.
      if (inMolBlock && block.length() + line.length() < MAX_RECORD_CHARACTERS) {
        block.append(line).append('\n');
      }
      if (line.startsWith("M  END")) {
        inMolBlock = false;
      }
    }
    if (!sawAnything) {
      return null;
    }
    return new BatchItem(++recordNumber, firstLine, block.toString(), mode);
  }

  /**
   * Characters of the input taken into records so far: unlike the bytes the underlying stream has
   * delivered, this does not run ahead of the records by the reader's buffer, so a progress bar
   * based on it matches the records done (for ASCII input, one character is one byte).
   */
  long charactersRead() {
    return charactersRead;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
