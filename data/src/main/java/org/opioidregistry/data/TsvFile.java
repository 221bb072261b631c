package org.opioidregistry.data;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opioidregistry.core.io.BoundedLineReader;
import org.opioidregistry.core.io.LineTooLongException;

/**
 * The lines of one tab-separated data file: a header naming the columns, then one record a line.
 * Lines starting with {@code #} and blank lines are skipped, so that curators can comment.
 *
 * <p>Immutable and thread-safe once read.
 */
final class TsvFile {

  /**
   * One record: its 1-based line number in the file and its fields, stripped, looked up by column
   * name. A column that the file's (older) layout lacks reads as empty.
   */
  record Row(int line, Map<String, String> fields) {
    String get(String column) {
      return fields.getOrDefault(column, "");
    }
  }

  private final String name;
  private final List<Row> rows;
  private final List<String> header;

  private TsvFile(String name, List<Row> rows, List<String> header) {
    this.name = name;
    this.rows = rows;
    this.header = header;
  }

  /** Reads a file whose header must be exactly the given columns. */
  static TsvFile read(String name, Reader reader, List<String> columns) throws IOException {
    return read(name, reader, columns, List.of());
  }

  /**
   * Reads every line, checking the header against the expected columns (or one of the older layouts
   * still accepted) and the column count of every record, so that later code can look up fields
   * without checks.
   */
  static TsvFile read(
      String name, Reader reader, List<String> columns, List<List<String>> olderLayouts)
      throws IOException {
    BoundedLineReader in = new BoundedLineReader(reader, BoundedLineReader.DEFAULT_MAX_LINE);
    List<Row> rows = new ArrayList<>();
    List<String> header = columns;
    boolean headerSeen = false;
    int lineNumber = 0;
    for (String line = readLine(name, in); line != null; line = readLine(name, in)) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        // Editors on Windows may add a byte-order mark; it is not part of the first column name.
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      // limit -1 keeps trailing empty fields, so that a missing last column is still counted.
      String[] fields = line.split("\t", -1);
      if (!headerSeen) {
        header = List.of(fields);
        if (!header.equals(columns) && !olderLayouts.contains(header)) {
          throw new DataFileException(
              name,
              lineNumber,
              DataFileException.Problem.HEADER,
              "header must be '"
                  + String.join("<TAB>", columns)
                  + "' but is '"
                  + String.join("<TAB>", header)
                  + "'");
        }
        headerSeen = true;
        continue;
      }
      if (fields.length != header.size()) {
        throw new DataFileException(
            name,
            lineNumber,
            DataFileException.Problem.COLUMN_COUNT,
            "expected " + header.size() + " tab-separated columns, found " + fields.length);
      }
      Map<String, String> byColumn = new HashMap<>(fields.length * 2);
      for (int i = 0; i < fields.length; i++) {
        byColumn.put(header.get(i), fields[i].strip());
      }
      rows.add(new Row(lineNumber, Map.copyOf(byColumn)));
    }
    if (!headerSeen) {
      throw new DataFileException(
          name, Math.max(lineNumber, 1), DataFileException.Problem.HEADER, "no header line");
    }
    return new TsvFile(name, ImmutableList.copyOf(rows), header);
  }

  /** The header the file was written with. */
  List<String> header() {
    return header;
  }

  String name() {
    return name;
  }

  List<Row> rows() {
    return rows;
  }

  /** A fault on the given row. */
  DataFileException error(Row row, DataFileException.Problem problem, String detail) {
    return new DataFileException(name, row.line(), problem, detail);
  }

  /** A line no longer than the reader's limit (no record needs a megabyte), or null at the end. */
  private static String readLine(String name, BoundedLineReader in) throws IOException {
    try {
      return in.readLine();
    } catch (LineTooLongException e) {
      throw new DataFileException(
          name,
          Math.toIntExact(e.lineNumber()),
          DataFileException.Problem.LINE_TOO_LONG,
          "the line is longer than " + e.limit() + " characters");
    }
  }
}
