package org.opioidregistry.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on the terminal's standard error, redrawn in place at most ten times a
 * second; {@link #NONE} when output is piped (no terminal), so that logs stay clean.
 *
 * <p>Not thread-safe: the thread that writes the reports updates it.
 */
class Progress {

  /** Draws nothing. */
  static final Progress NONE = new Progress(null, 0, () -> 0);

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final long totalBytes;
  private final LongSupplier bytesRead;
  private final long start = System.nanoTime();
  private long lastDrawn;
  private boolean drawn;

  /**
   * @param err the terminal
   * @param totalBytes the input's size, or 0 when unknown (standard input)
   * @param bytesRead how far the reader has got
   */
  Progress(PrintWriter err, long totalBytes, LongSupplier bytesRead) {
    this.err = err;
    this.totalBytes = totalBytes;
    this.bytesRead = bytesRead;
  }

  void update(int records) {
    if (err == null) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    drawn = true;
    double seconds = Math.max(1e-3, (now - start) / 1e9);
    String rate = String.format(Locale.ROOT, "%,d records  %,.0f/s", records, records / seconds);
    if (totalBytes > 0) {
      double fraction = Math.min(1.0, bytesRead.getAsLong() / (double) totalBytes);
      int filled = (int) Math.round(fraction * WIDTH);
      err.printf(
          Locale.ROOT,
          "\r[%s%s] %3.0f%%  %s",
          "#".repeat(filled),
          " ".repeat(WIDTH - filled),
          fraction * 100,
          rate);
    } else {
      err.print("\r" + rate);
    }
    err.flush();
  }

  /** Clears the bar's line, so that the summary starts on a clean line. */
  void finish() {
    if (err != null && drawn) {
      err.print("\r" + " ".repeat(WIDTH + 50) + "\r");
      err.flush();
    }
  }
}
