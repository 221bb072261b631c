package org.opioidregistry.spark;

import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Query;
import org.opioidregistry.identify.ScreenRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The job itself: reads the input into numbered records, screens each partition with its executor's
 * screener, and writes the rows as Parquet.
 *
 * <p>Stateless; the Spark session is the caller's.
 */
final class SparkScreen {

  private static final Logger LOG = LoggerFactory.getLogger(SparkScreen.class);

  private SparkScreen() {}

  /** What a run wrote. */
  record Summary(long records, long bad) {}

  /**
   * Screens the input and writes the output.
   *
   * @return how many records were screened and how many could not be read (counted by accumulators:
   *     a task Spark retries counts again)
   */
  static Summary run(SparkSession spark, JobOptions options) {
    JavaRDD<InputRecord> records = records(spark, options);
    if (options.partitions() > 0) {
      records = records.repartition(options.partitions());
    }
    LongAccumulator screened = spark.sparkContext().longAccumulator("records screened");
    LongAccumulator bad = spark.sparkContext().longAccumulator("records that could not be read");
    boolean keys = options.keys();
    // The closure goes to the executors: a String is serializable, an Optional is not.
    String registry = options.registry().orElse(null);
    JavaRDD<Row> rows =
        records.mapPartitions(
            partition -> {
              ExecutorScreeners.Opened opened =
                  ExecutorScreeners.get(Optional.ofNullable(registry), keys);
              return map(
                  partition,
                  record -> {
                    ScreenRow row = screen(opened, record);
                    screened.add(1);
                    if (row.error().isPresent()) {
                      bad.add(1);
                    }
                    return SparkRows.row(row, opened.provenance());
                  });
            });
    spark
        .createDataFrame(rows, SparkRows.SCHEMA)
        .write()
        .mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
        .option("compression", options.compression())
        .parquet(options.output());
    Summary summary = new Summary(screened.value(), bad.value());
    LOG.info(
        "screened {}: {} records, {} could not be read; rows in {}",
        options.input(),
        summary.records(),
        summary.bad(),
        options.output());
    return summary;
  }

  /**
   * One record's row: its result, or its error. Any other failure of one record (a bug, a CDK
   * failure on a strange structure) is that record's error row too, so that one record never fails
   * a task of millions.
   */
  static ScreenRow screen(ExecutorScreeners.Opened opened, InputRecord record) {
    Query query = record.query();
    try {
      return ScreenRow.of(opened.screener().screen(query)).withRecord(record.record());
    } catch (BadQueryException e) {
      return ScreenRow.error(record.record(), query, e);
    } catch (RuntimeException e) {
      LOG.warn("record {} failed: {}", record.record(), e.toString(), e);
      return ScreenRow.error(record.record(), query, "FAILED: " + e);
    }
  }

  /** The input's records, numbered from 1 in input order (as the command line numbers them). */
  static JavaRDD<InputRecord> records(SparkSession spark, JobOptions options) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return switch (options.format()) {
      case SMILES ->
          context
              .textFile(options.input())
              .map(String::strip)
              .filter(line -> !line.isEmpty() && !line.startsWith("#"))
              .zipWithIndex()
              .map(r -> new InputRecord(r._2() + 1, false, r._1()));
      case SDF -> {
        Configuration conf = new Configuration(context.hadoopConfiguration());
        conf.set("textinputformat.record.delimiter", SdRecords.DELIMITER);
        yield context
            .newAPIHadoopFile(
                options.input(), TextInputFormat.class, LongWritable.class, Text.class, conf)
            // Hadoop reuses its Text objects: take the text out at once.
            .map(r -> SdRecords.molBlock(r._2().toString(), r._1().get() == 0))
            .filter(Optional::isPresent)
            .map(Optional::get)
            .zipWithIndex()
            .map(r -> new InputRecord(r._2() + 1, true, r._1()));
      }
      case PARQUET ->
          spark
              .read()
              .parquet(options.input())
              .select(options.column())
              .javaRDD()
              .zipWithIndex()
              .map(
                  (Tuple2<Row, Long> r) ->
                      new InputRecord(
                          r._2() + 1, false, r._1().isNullAt(0) ? "" : r._1().getString(0)));
    };
  }

  private static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
    return new Mapped<>(in, f);
  }

  /** A partition's rows, made one at a time as Spark asks for them (never the whole in memory). */
  private static final class Mapped<A, B> implements Iterator<B> {

    private final Iterator<A> in;
    private final Function<A, B> f;

    Mapped(Iterator<A> in, Function<A, B> f) {
      this.in = in;
      this.f = f;
    }

    @Override
    public boolean hasNext() {
      return in.hasNext();
    }

    @Override
    public B next() {
      return f.apply(in.next());
    }
  }
}
