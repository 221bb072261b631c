package org.opioidregistry.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.opioidregistry.identify.ScreenRow;
import org.opioidregistry.identify.Verdict;

/**
 * Reads a Parquet file of a screen's rows back into {@link ScreenRow}s, with Parquet's own reader
 * (its example record model): for checking a written file, and for Java code that post-processes a
 * screen. Unlike the writer, Parquet's file reader makes Hadoop's codec factory whatever its
 * options say, so reading needs Hadoop's client on the class path ({@code
 * org.apache.hadoop:hadoop-client-api} and {@code hadoop-client-runtime}, which this module
 * declares as provided; Spark has them).
 *
 * <pre>{@code
 * List<ScreenRow> rows = ScreenParquetReader.readAll(Path.of("screen.parquet"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ScreenParquetReader {

  private ScreenParquetReader() {}

  /**
   * Reads every row, in file order.
   *
   * @param file a file written by {@link ScreenParquetWriter} (or with its schema, e.g. by the
   *     Spark job)
   * @return the rows
   * @throws IOException when the file cannot be read or is not a Parquet file
   * @throws IllegalArgumentException when a required column is missing
   */
  public static List<ScreenRow> readAll(Path file) throws IOException {
    List<ScreenRow> rows = new ArrayList<>();
    try (ParquetFileReader reader = open(file)) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
      PageReadStore pages;
      while ((pages = reader.readNextRowGroup()) != null) {
        RecordReader<Group> records = io.getRecordReader(pages, new GroupRecordConverter(schema));
        for (long i = 0; i < pages.getRowCount(); i++) {
          rows.add(row(records.read()));
        }
      }
    }
    return rows;
  }

  /**
   * The footer's key-value metadata.
   *
   * @param file a Parquet file
   * @return the metadata
   * @throws IOException when the file cannot be read
   */
  public static Map<String, String> metadata(Path file) throws IOException {
    try (ParquetFileReader reader = open(file)) {
      return Map.copyOf(reader.getFooter().getFileMetaData().getKeyValueMetaData());
    }
  }

  /** Plain options: no Hadoop configuration is made (the codec factory still is). */
  private static ParquetFileReader open(Path file) throws IOException {
    return ParquetFileReader.open(
        new LocalInputFile(file),
        ParquetReadOptions.builder(new PlainParquetConfiguration())
            .withCodecFactory(GzipCodecs.INSTANCE)
            .build());
  }

  private static ScreenRow row(Group g) {
    return new ScreenRow(
        g.getString("query", 0),
        string(g, "detected_as"),
        has(g, "record") ? OptionalLong.of(g.getLong("record", 0)) : OptionalLong.empty(),
        string(g, "smiles"),
        string(g, "inchikey"),
        string(g, "formula"),
        has(g, "monoisotopic_mass")
            ? OptionalDouble.of(g.getDouble("monoisotopic_mass", 0))
            : OptionalDouble.empty(),
        list(g, "removed", e -> e.getString("element", 0)),
        string(g, "verdict").map(Verdict::valueOf),
        list(g, "listed", ScreenParquetReader::link),
        list(
            g,
            "similar",
            e -> {
              Group s = e.getGroup("element", 0);
              return new ScreenRow.Scored(s.getString("id", 0), s.getDouble("score", 0));
            }),
        list(g, "class_definitions", ScreenParquetReader::link),
        list(g, "candidates", ScreenParquetReader::link),
        list(g, "name_matches", ScreenParquetReader::link),
        list(g, "warnings", e -> e.getString("element", 0)),
        string(g, "error"));
  }

  private static ScreenRow.Link link(Group element) {
    Group l = element.getGroup("element", 0);
    return new ScreenRow.Link(l.getString("id", 0), l.getString("kind", 0));
  }

  private static boolean has(Group g, String field) {
    return g.getFieldRepetitionCount(field) > 0;
  }

  private static Optional<String> string(Group g, String field) {
    return has(g, field) ? Optional.of(g.getString(field, 0)) : Optional.empty();
  }

  /** A three-level list: each repeated {@code list} group holds one element. */
  private static <T> List<T> list(Group g, String field, Function<Group, T> element) {
    if (!has(g, field)) {
      return List.of();
    }
    Group list = g.getGroup(field, 0);
    int n = list.getFieldRepetitionCount("list");
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(element.apply(list.getGroup("list", i)));
    }
    return out;
  }
}
