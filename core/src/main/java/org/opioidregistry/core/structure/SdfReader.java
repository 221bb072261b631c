package org.opioidregistry.core.structure;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.opioidregistry.core.io.BoundedLineReader;
import org.opioidregistry.core.io.LineTooLongException;

/**
 * Streams the records of an SD file one at a time, so that files of any length can be screened in
 * constant memory. A bad record is reported as such (with its number and line) and reading goes on
 * with the next one, unless the reader was created with {@link OnError#STOP}. No line is held in
 * memory beyond the {@link ParseLimits#maxMolfileCharacters() MOL block limit}: a longer one makes
 * its record fail as {@link StructureParseException.Reason#TOO_LONG}, and reading goes on.
 *
 * <pre>{@code
 * try (SdfReader sdf = SdfReader.open(Path.of("seizures.sdf"))) {
 *   while (sdf.hasNext()) {
 *     SdfRecord record = sdf.next();
 *     record.structure().ifPresentOrElse(s -> check(s), () -> log(record.describeError()));
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one reader belongs to one thread. Records it returns are immutable.
 */
public final class SdfReader implements Iterator<SdfRecord>, Closeable {

  /** What to do with a record whose structure cannot be parsed. */
  public enum OnError {
    /** Return it as an invalid {@link SdfRecord} and go on. */
    CONTINUE,
    /** Throw an {@link SdfRecordException} from {@link #next()}. */
    STOP
  }

  /** Thrown by {@link #next()} for a bad record when reading with {@link OnError#STOP}. */
  public static final class SdfRecordException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient SdfRecord record;

    SdfRecordException(SdfRecord record) {
      super(record.describeError(), record.error().orElse(null));
      this.record = record;
    }

    /** The bad record. */
    public SdfRecord record() {
      return record;
    }
  }

  private static final String END_OF_RECORD = "$$$$";

  private final BoundedLineReader reader;
  private final ParseLimits limits;
  private final OnError onError;
  private int lineNumber;
  private int recordNumber;
  private SdfRecord next;
  private boolean finished;

  private SdfReader(Reader reader, ParseLimits limits, OnError onError) {
    this.limits = Objects.requireNonNull(limits);
    // No line of a MOL block can be longer than the block; a longer one is refused unread.
    this.reader = new BoundedLineReader(reader, limits.maxMolfileCharacters());
    this.onError = Objects.requireNonNull(onError);
  }

  /** Reads a UTF-8 SD file with the default limits, going on past bad records. */
  public static SdfReader open(Path file) throws IOException {
    return open(file, ParseLimits.DEFAULT, OnError.CONTINUE);
  }

  /** Reads a UTF-8 SD file. */
  public static SdfReader open(Path file, ParseLimits limits, OnError onError) throws IOException {
    return new SdfReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), limits, onError);
  }

  /** Reads SD text from a reader, which this reader closes when it is closed. */
  public static SdfReader of(Reader reader, ParseLimits limits, OnError onError) {
    return new SdfReader(Objects.requireNonNull(reader), limits, onError);
  }

  /**
   * @throws UncheckedIOException when the underlying reader fails
   */
  @Override
  public boolean hasNext() {
    if (next == null && !finished) {
      try {
        next = readRecord();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      finished = next == null;
    }
    return next != null;
  }

  /**
   * The next record.
   *
   * @throws SdfRecordException for a bad record, when reading with {@link OnError#STOP}
   */
  @Override
  public SdfRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SdfRecord record = next;
    next = null;
    if (!record.isValid() && onError == OnError.STOP) {
      finished = true;
      throw new SdfRecordException(record);
    }
    return record;
  }

  /** The remaining records as a sequential stream; closing the stream does not close the reader. */
  public Stream<SdfRecord> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private SdfRecord readRecord() throws IOException {
    StringBuilder molBlock = new StringBuilder();
    Map<String, String> properties = new LinkedHashMap<>();
    int firstLine = lineNumber + 1;
    boolean inMolBlock = true;
    boolean tooLong = false;
    boolean sawAnything = false;
    String property = null;
    StringBuilder value = new StringBuilder();
    String line;
    String tooLongLine = null;
    while (true) {
      try {
        line = reader.readLine();
      } catch (LineTooLongException e) {
        lineNumber++;
        tooLong = true;
        sawAnything = true;
        tooLongLine = tooLongLine != null ? tooLongLine : e.getMessage();
        continue;
      }
      if (line == null) {
        break;
      }
      lineNumber++;
      if (line.startsWith(END_OF_RECORD)) {
        break;
      }
      sawAnything |= !line.isBlank();
      if (inMolBlock) {
        if (molBlock.length() + line.length() > limits.maxMolfileCharacters()) {
          tooLong = true; // keep reading to the end of the record, but keep nothing
        } else {
          molBlock.append(line).append('\n');
        }
        if (line.startsWith("M  END")) {
          inMolBlock = false;
        }
      } else if (line.startsWith(">")) {
        addProperty(properties, property, value);
        property = propertyName(line);
        value.setLength(0);
      } else if (property != null && !line.isEmpty() && value.length() < limits.maxCharacters()) {
        if (value.length() > 0) {
          value.append('\n');
        }
        value.append(line);
      }
    }
    addProperty(properties, property, value);
    if (!sawAnything && line == null) {
      return null; // end of input, or only blank lines after the last record
    }
    recordNumber++;
    String text = molBlock.toString();
    String title = text.isEmpty() ? "" : text.substring(0, Math.max(0, text.indexOf('\n'))).strip();
    if (tooLong) {
      return SdfRecord.failed(
          recordNumber,
          firstLine,
          title,
          properties,
          StructureParseException.of(
              InputFormat.MOLFILE,
              StructureParseException.Reason.TOO_LONG,
              tooLongLine != null
                  ? "file " + tooLongLine
                  : "the record's MOL block is longer than "
                      + limits.maxMolfileCharacters()
                      + " characters",
              title));
    }
    try {
      Structure structure = StructureParser.parse(text, InputFormat.MOLFILE, limits);
      return SdfRecord.parsed(recordNumber, firstLine, title, properties, structure);
    } catch (StructureParseException e) {
      return SdfRecord.failed(recordNumber, firstLine, title, properties, e);
    }
  }

  private static String propertyName(String header) {
    int open = header.indexOf('<');
    int close = header.indexOf('>', open + 1);
    if (open < 0 || close < 0) {
      return header.substring(1).strip();
    }
    return header.substring(open + 1, close);
  }

  private static void addProperty(
      Map<String, String> properties, String name, StringBuilder value) {
    if (name != null) {
      properties.putIfAbsent(name, value.toString());
    }
  }
}
