package org.opioidregistry.data;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.opioidregistry.core.io.BoundedLineReader;
import org.opioidregistry.core.io.LineTooLongException;

/**
 * The lines of one tab-separated data file: a header naming the columns, then one record a line.
 * Lines starting with {@code #} and blank lines are skipped, so that curators can comment.
 *
 * <p>Immutable and thread-safe once read.
 */
final class TsvFile {

  /** One record: its 1-based line number in the file and its fields, stripped. */
  record Row(int line, List<String> fields) {
    String get(int column) {
      return fields.get(column);
    }
  }

  private final String name;
  private final List<Row> rows;

  private TsvFile(String name, List<Row> rows) {
    this.name = name;
    this.rows = rows;
  }

  /**
   * Reads every line, checking the header against the expected columns and the column count of
   * every record, so that later code can index fields without checks.
   */
  static TsvFile read(String name, Reader reader, List<String> columns) throws IOException {
    BoundedLineReader in = new BoundedLineReader(reader, BoundedLineReader.DEFAULT_MAX_LINE);
    List<Row> rows = new ArrayList<>();
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
        List<String> header = List.of(fields);
        if (!header.equals(columns)) {
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
      if (fields.length != columns.size()) {
        throw new DataFileException(
            name,
            lineNumber,
            DataFileException.Problem.COLUMN_COUNT,
            "expected " + columns.size() + " tab-separated columns, found " + fields.length);
      }
      List<String> stripped = new ArrayList<>(fields.length);
      for (String f : fields) {
        stripped.add(f.strip());
      }
      rows.add(new Row(lineNumber, List.copyOf(stripped)));
    }
    if (!headerSeen) {
      throw new DataFileException(
          name, Math.max(lineNumber, 1), DataFileException.Problem.HEADER, "no header line");
    }
    return new TsvFile(name, ImmutableList.copyOf(rows));
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
