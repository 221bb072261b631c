package org.opioidregistry.parquet;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Objects;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.opioidregistry.identify.ScreenRow;

/**
 * Writes a screen's rows to a Parquet file that appears whole or not at all: the rows go to a
 * temporary file beside the target, and {@link #commit()} writes the footer, forces the file to
 * disk and moves it into place; {@link #close()} without a commit deletes the temporary file, so a
 * failed screen leaves no half-written file (a Parquet file without its footer cannot be read).
 *
 * <pre>{@code
 * try (ScreenParquetWriter out = ScreenParquetWriter.create(Path.of("screen.parquet"), metadata)) {
 *   screener.screenAll(queries, 2, outcome -> out.write(ScreenRow.of(outcome)));
 *   out.commit();
 * }
 * }</pre>
 *
 * <p>Columns are {@link ScreenRow#COLUMNS}, typed (see the package description); pages are
 * dictionary-encoded and GZIP-compressed on the JDK's own zlib (Parquet's default codecs go through
 * Hadoop's codec classes, which this writer does not load). The key-value metadata given to {@link
 * #create} goes into the file's footer (e.g. the software version and the registry's content hash).
 * Runs on Parquet's local files and plain configuration, with no Hadoop class on the class path.
 *
 * <p>Not thread-safe: one thread writes (a screen's outcomes arrive in order on one thread).
 */
public final class ScreenParquetWriter implements AutoCloseable {

  /**
   * Rows per row group at most: a group is held in memory until it is written, and a screen row is
   * a few hundred bytes, so groups stay near Parquet's usual 128 MB or below.
   */
  private static final int ROW_GROUP_ROWS = 500_000;

  private final Path target;
  private final Path temporary;
  private final ParquetWriter<ScreenRow> writer;
  private long rows;
  private boolean closed;
  private boolean committed;

  private ScreenParquetWriter(Path target, Path temporary, ParquetWriter<ScreenRow> writer) {
    this.target = target;
    this.temporary = temporary;
    this.writer = writer;
  }

  /**
   * Starts writing a file that will replace {@code target} when committed.
   *
   * @param target the Parquet file to write
   * @param metadata key-value pairs for the file's footer
   * @return the writer
   * @throws IOException when the temporary file cannot be made beside the target
   */
  public static ScreenParquetWriter create(Path target, Map<String, String> metadata)
      throws IOException {
    Objects.requireNonNull(target, "target");
    Path absolute = target.toAbsolutePath();
    Path temporary =
        Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".partial");
    try {
      ParquetWriter<ScreenRow> writer =
          new Builder(new LocalOutputFile(temporary), metadata)
              .withConf(new PlainParquetConfiguration())
              .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
              .withCodecFactory(GzipCodecs.INSTANCE)
              .withCompressionCodec(CompressionCodecName.GZIP)
              .withDictionaryEncoding(true)
              .withRowGroupRowCountLimit(ROW_GROUP_ROWS)
              .build();
      return new ScreenParquetWriter(absolute, temporary, writer);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  /**
   * Writes one row.
   *
   * @param row the row
   * @throws IOException when writing fails (the target is then never made)
   * @throws IllegalStateException after {@link #commit()} or {@link #close()}
   */
  public void write(ScreenRow row) throws IOException {
    Objects.requireNonNull(row, "row");
    if (closed) {
      throw new IllegalStateException("the Parquet file is already closed");
    }
    writer.write(row);
    rows++;
  }

  /**
   * Rows written so far.
   *
   * @return the count
   */
  public long rows() {
    return rows;
  }

  /**
   * Writes the footer, forces the file to disk and moves it into place.
   *
   * @throws IOException when any of those fails (the target is then unchanged)
   */
  public void commit() throws IOException {
    if (closed) {
      throw new IllegalStateException("the Parquet file is already closed");
    }
    closed = true;
    writer.close();
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  /**
   * Deletes the temporary file unless the writer was committed.
   *
   * @throws IOException when closing or deleting fails
   */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    try {
      if (!closed) {
        closed = true;
        writer.close();
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Parquet's writer builder, over our write support. */
  private static final class Builder extends ParquetWriter.Builder<ScreenRow, Builder> {

    private final Map<String, String> metadata;

    Builder(OutputFile file, Map<String, String> metadata) {
      super(file);
      this.metadata = Map.copyOf(metadata);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Abstract in Parquet and deprecated there; the plain-configuration one below is used. */
    @Deprecated
    @Override
    protected WriteSupport<ScreenRow> getWriteSupport(
        org.apache.hadoop.conf.Configuration configuration) {
      return new ScreenRowWriteSupport(metadata);
    }

    @Override
    protected WriteSupport<ScreenRow> getWriteSupport(
        org.apache.parquet.conf.ParquetConfiguration configuration) {
      return new ScreenRowWriteSupport(metadata);
    }
  }
}
