package org.opioidregistry.core.fingerprint;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes chemfp's FPS text format: the header of an {@link FpsHeader}, then one line per
 * fingerprint ({@code hex TAB id}), readable by chemfp, FPSim2's converters and {@link FpsReader}.
 *
 * <pre>{@code
 * try (FpsWriter out = new FpsWriter(Files.newBufferedWriter(path), FpsHeader.of(ECFP4))) {
 *   out.write("fentanyl", fp);
 * }
 * }</pre>
 *
 * <p>Thread safety: not thread-safe; use one writer per thread.
 */
public final class FpsWriter implements Closeable, Flushable {

  private final Writer out;
  private final int numBits;

  /**
   * Creates a writer and writes the header at once.
   *
   * @param out the destination; closed by {@link #close()}
   * @param header the header; its {@code numBits} is enforced on every fingerprint
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a header field contains a line break
   */
  public FpsWriter(Writer out, FpsHeader header) throws IOException {
    this.out = out;
    this.numBits = header.numBits();
    out.write("#FPS1\n#num_bits=" + numBits + "\n");
    headerLine("type", header.type());
    headerLine("software", header.software());
    if (header.source() != null) {
      for (String s : header.source().split("\n", -1)) {
        headerLine("source", s);
      }
    }
    headerLine("date", header.date());
  }

  private void headerLine(String key, String value) throws IOException {
    if (value == null) {
      return;
    }
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("FPS #" + key + " contains a line break");
    }
    out.write("#" + key + "=" + value + "\n");
  }

  /**
   * Writes one fingerprint line.
   *
   * @param id identifier: not empty, without tab or line break
   * @param fingerprint a fingerprint of the header's bit length
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the id or the bit length is wrong
   */
  public void write(String id, Fingerprint fingerprint) throws IOException {
    if (id.isEmpty() || id.indexOf('\t') >= 0 || id.indexOf('\n') >= 0 || id.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("FPS identifier must be non-empty, no tab or line break");
    }
    if (fingerprint.bitLength() != numBits) {
      throw new IllegalArgumentException(
          "fingerprint has " + fingerprint.bitLength() + " bits, the file " + numBits);
    }
    out.write(fingerprint.toHex());
    out.write('\t');
    out.write(id);
    out.write('\n');
  }

  /**
   * Writes a record.
   *
   * @param record the record
   * @throws IOException if writing fails
   */
  public void write(FpsRecord record) throws IOException {
    write(record.id(), record.fingerprint());
  }

  /** Flushes the destination. */
  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Closes the destination. */
  @Override
  public void close() throws IOException {
    out.close();
  }
}
