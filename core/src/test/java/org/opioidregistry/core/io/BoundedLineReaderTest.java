package org.opioidregistry.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines as {@link BufferedReader} gives them, except that a too-long one is refused, unheld. */
class BoundedLineReaderTest {

  @Test
  void linesAndLineEndsAreThoseOfBufferedReader() throws IOException {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    Random random = new Random(seed);
    String alphabet = "ab\n\r\t ";
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(expected(text.toString()), actual(text.toString(), 1000), "seed " + seed);
    }
  }

  @Test
  void linesAcrossTheInternalBufferAreWhole() throws IOException {
    String longLine = "x".repeat(200_000);
    String text = longLine + "\r\n" + "y\r" + "\n" + longLine;
    assertEquals(expected(text), actual(text, 300_000));
  }

  @Test
  void aTooLongLineIsSkippedAndReadingGoesOn() throws IOException {
    // A reader that would give 3 GB of one line: memory must stay bounded, so nothing but the
    // reader itself may hold it.
    Reader endless = new RepeatingReader('C', 3L << 30, "\nCCO\n");
    try (BoundedLineReader lines = new BoundedLineReader(endless, 1000)) {
      LineTooLongException e = assertThrows(LineTooLongException.class, lines::readLine);
      assertEquals(1, e.lineNumber());
      assertEquals(1000, e.limit());
      assertEquals("CCO", lines.readLine());
      assertEquals(2, lines.lineNumber());
      assertNull(lines.readLine());
    }
  }

  @Test
  void aLineOfExactlyTheLimitIsAccepted() throws IOException {
    try (BoundedLineReader lines = new BoundedLineReader(new StringReader("abc\nabcd"), 3)) {
      assertEquals("abc", lines.readLine());
      assertThrows(LineTooLongException.class, lines::readLine);
      assertNull(lines.readLine());
    }
  }

  private static List<String> expected(String text) throws IOException {
    List<String> lines = new ArrayList<>();
    BufferedReader in = new BufferedReader(new StringReader(text));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lines.add(line);
    }
    return lines;
  }

  private static List<String> actual(String text, int max) throws IOException {
    List<String> lines = new ArrayList<>();
    BoundedLineReader in = new BoundedLineReader(new StringReader(text), max);
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lines.add(line);
    }
    return lines;
  }

  /** {@code count} copies of one character, then a tail, generated as read. */
  static final class RepeatingReader extends Reader {
    private final char c;
    private long remaining;
    private final String tail;
    private int tailPosition;

    RepeatingReader(char c, long count, String tail) {
      this.c = c;
      this.remaining = count;
      this.tail = tail;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (remaining > 0) {
        int n = (int) Math.min(length, remaining);
        java.util.Arrays.fill(buffer, offset, offset + n, c);
        remaining -= n;
        return n;
      }
      if (tailPosition >= tail.length()) {
        return -1;
      }
      int n = Math.min(length, tail.length() - tailPosition);
      tail.getChars(tailPosition, tailPosition + n, buffer, offset);
      tailPosition += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
