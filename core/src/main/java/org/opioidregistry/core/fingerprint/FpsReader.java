package org.opioidregistry.core.fingerprint;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opioidregistry.core.io.BoundedLineReader;
import org.opioidregistry.core.io.LineTooLongException;

/**
 * Reads chemfp's FPS text format: optional header lines starting with {@code #} (the first being
 * {@code #FPS1}), then one fingerprint per line as little-endian hex, a tab, the identifier, and
 * optionally further tab-separated fields, which are ignored. Without a {@code #num_bits=} line the
 * length is taken from the first fingerprint's hex (4 bits a digit), as chemfp does.
 *
 * <p>Streaming: records are read one at a time, so files of millions of fingerprints need no more
 * memory than the caller keeps. Malformed lines raise {@link FpsFormatException} with the line
 * number, and so does a line longer than {@link BoundedLineReader#DEFAULT_MAX_LINE}, before it is
 * held in memory.
 *
 * <pre>{@code
 * try (FpsReader in = FpsReader.open(Path.of("morgan2_1024.fps"))) {
 *   for (FpsRecord r; (r = in.next()) != null; ) {
 *     builder.add(Integer.parseInt(r.id()), r.fingerprint());
 *   }
 * }
 * }</pre>
 *
 * <p>Thread safety: not thread-safe; use one reader per thread.
 */
public final class FpsReader implements Closeable {

  private final BoundedLineReader in;
  private final FpsHeader header;
  private String pending;
  private long lineNumber;

  private FpsReader(BoundedLineReader in) throws IOException {
    this.in = in;
    int numBits = -1;
    String type = null;
    String software = null;
    String source = null;
    String date = null;
    String line;
    while ((line = readLine()) != null && line.startsWith("#")) {
      if (lineNumber == 1) {
        if (!line.equals("#FPS1")) {
          throw new FpsFormatException(lineNumber, "the header must start with #FPS1", null);
        }
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        continue; // a comment: chemfp ignores unknown header lines, so do we
      }
      String key = line.substring(1, eq);
      String value = line.substring(eq + 1);
      switch (key) {
        case "num_bits" -> numBits = parseNumBits(value);
        case "type" -> type = value;
        case "software" -> software = value;
        case "source" -> source = source == null ? value : source + "\n" + value;
        case "date" -> date = value;
        default -> {
          // other chemfp keys (e.g. #aromaticity=) carry nothing we use
        }
      }
    }
    pending = line;
    if (numBits < 0) {
      if (line == null) {
        // At the end of the input: name the line after the last one (line 1 of an empty file).
        throw new FpsFormatException(
            lineNumber + 1, "no #num_bits= header and no fingerprint to infer it from", null);
      }
      int tab = line.indexOf('\t');
      numBits = 4 * (tab < 0 ? line.length() : tab);
      if (numBits == 0) {
        throw new FpsFormatException(lineNumber, "empty fingerprint", null);
      }
    }
    this.header = new FpsHeader(numBits, type, software, source, date);
  }

  private int parseNumBits(String value) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n < 1) {
        throw new FpsFormatException(lineNumber, "num_bits must be >= 1: " + value, null);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new FpsFormatException(lineNumber, "num_bits is not a number: '" + value + "'", e);
    }
  }

  /**
   * Opens FPS text and reads its header.
   *
   * @param reader the text; closed by {@link #close()}
   * @return a reader positioned at the first fingerprint
   * @throws IOException if reading fails
   * @throws FpsFormatException if the header is malformed
   */
  public static FpsReader open(Reader reader) throws IOException {
    return new FpsReader(new BoundedLineReader(reader, BoundedLineReader.DEFAULT_MAX_LINE));
  }

  /**
   * Opens an FPS file (UTF-8) and reads its header.
   *
   * @param path the file
   * @return a reader positioned at the first fingerprint
   * @throws IOException if the file cannot be read
   * @throws FpsFormatException if the header is malformed
   */
  public static FpsReader open(Path path) throws IOException {
    return open(Files.newBufferedReader(path, StandardCharsets.UTF_8));
  }

  /**
   * Reads a whole FPS file into memory.
   *
   * @param path the file
   * @return the records in file order
   * @throws IOException if the file cannot be read
   * @throws FpsFormatException if a line is malformed
   */
  public static List<FpsRecord> readAll(Path path) throws IOException {
    try (FpsReader r = open(path)) {
      List<FpsRecord> out = new ArrayList<>();
      for (FpsRecord rec; (rec = r.next()) != null; ) {
        out.add(rec);
      }
      return out;
    }
  }

  /**
   * Returns the header read by {@code open}; defaults where lines were absent.
   *
   * @return the header
   */
  public FpsHeader header() {
    return header;
  }

  /**
   * Reads the next fingerprint line. Blank lines are skipped.
   *
   * @return the record, or {@code null} at the end of the input
   * @throws IOException if reading fails
   * @throws FpsFormatException if the line is malformed
   */
  public FpsRecord next() throws IOException {
    String line = pending != null ? pending : readLine();
    pending = null;
    while (line != null && line.isEmpty()) {
      line = readLine();
    }
    if (line == null) {
      return null;
    }
    if (line.startsWith("#")) {
      throw new FpsFormatException(lineNumber, "header line after the first fingerprint", null);
    }
    int tab = line.indexOf('\t');
    if (tab < 0) {
      throw new FpsFormatException(lineNumber, "no tab between fingerprint and identifier", null);
    }
    int end = line.indexOf('\t', tab + 1);
    String id = line.substring(tab + 1, end < 0 ? line.length() : end);
    if (id.isEmpty()) {
      throw new FpsFormatException(lineNumber, "empty identifier", null);
    }
    try {
      return new FpsRecord(id, Fingerprint.fromHex(line.subSequence(0, tab), header.numBits()));
    } catch (IllegalArgumentException e) {
      throw new FpsFormatException(lineNumber, e.getMessage(), e);
    }
  }

  private String readLine() throws IOException {
    String line;
    try {
      line = in.readLine();
    } catch (LineTooLongException e) {
      lineNumber = e.lineNumber();
      throw new FpsFormatException(
          lineNumber,
          "longer than "
              + e.limit()
              + " characters (a fingerprint of up to 4 million bits and its identifier fit)",
          e);
    }
    if (line != null) {
      lineNumber++;
    }
    return line;
  }

  /**
   * Returns the number of the line read last (1-based).
   *
   * @return the line number
   */
  public long lineNumber() {
    return lineNumber;
  }

  /** Closes the underlying reader. */
  @Override
  public void close() throws IOException {
    in.close();
  }
}
