package org.opioidregistry.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Reads lines of at most a given length. {@link java.io.BufferedReader#readLine()} keeps a whole
 * line in memory however long it is, so one 2 GB line ends a program with {@link OutOfMemoryError};
 * this reader stops collecting at the limit, skips to the end of that line and throws {@link
 * LineTooLongException}, after which the next line can be read.
 *
 * <pre>{@code
 * try (BoundedLineReader lines = new BoundedLineReader(reader, 1 << 20)) {
 *   for (String line = lines.readLine(); line != null; line = lines.readLine()) { ... }
 * }
 * }</pre>
 *
 * <p>Line ends are {@code \n}, {@code \r\n} and {@code \r}, as for {@code BufferedReader}.
 *
 * <p>Not thread-safe: one reader belongs to one thread.
 */
public final class BoundedLineReader implements Closeable {

  /** A limit that no SD, SMILES or TSV record of this project needs: 1,048,576 characters. */
  public static final int DEFAULT_MAX_LINE = 1 << 20;

  private static final int BUFFER = 1 << 16;

  private final Reader in;
  private final int maxLine;
  private final char[] buffer = new char[BUFFER];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int end;
  private boolean skipLineFeed;
  private long lineNumber;

  /**
   * @param in the text to read, closed by {@link #close()}
   * @param maxLine the longest line returned, in characters
   */
  public BoundedLineReader(Reader in, int maxLine) {
    this.in = Objects.requireNonNull(in, "in");
    if (maxLine <= 0) {
      throw new IllegalArgumentException("maxLine must be positive: " + maxLine);
    }
    this.maxLine = maxLine;
  }

  /**
   * The next line, without its line end; null at the end of the input.
   *
   * @throws LineTooLongException when the line is longer than the limit (it has been skipped)
   * @throws IOException when the underlying reader fails
   */
  public String readLine() throws IOException {
    line.setLength(0);
    boolean tooLong = false;
    boolean sawAnything = false;
    while (true) {
      if (position >= end && !fill()) {
        if (!sawAnything) {
          return null;
        }
        return finish(tooLong);
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      sawAnything = true;
      int start = position;
      while (position < end && buffer[position] != '\n' && buffer[position] != '\r') {
        position++;
      }
      int length = position - start;
      if (!tooLong && line.length() + length > maxLine) {
        tooLong = true;
        line.setLength(0); // keep nothing of a line that will be refused
      }
      if (!tooLong) {
        line.append(buffer, start, length);
      }
      if (position < end) {
        skipLineFeed = buffer[position] == '\r';
        position++;
        return finish(tooLong);
      }
    }
  }

  private String finish(boolean tooLong) {
    lineNumber++;
    if (tooLong) {
      throw new LineTooLongException(lineNumber, maxLine);
    }
    return line.toString();
  }

  private boolean fill() throws IOException {
    int read;
    do {
      read = in.read(buffer, 0, buffer.length);
    } while (read == 0);
    if (read < 0) {
      return false;
    }
    position = 0;
    end = read;
    return true;
  }

  /** Number of lines returned or refused so far: the number of the last line read. */
  public long lineNumber() {
    return lineNumber;
  }

  /** The limit this reader enforces. */
  public int maxLine() {
    return maxLine;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
