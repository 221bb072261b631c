package org.opioidregistry.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The screen as a Spark job, for {@code spark-submit --class org.opioidregistry.spark.ScreenJob}:
 *
 * <pre>
 * ScreenJob INPUT OUTPUT [--format smiles|sdf|parquet] [--column NAME] [--partitions N] [--keys]
 *           [--registry DIR] [--compression snappy|zstd|gzip|lz4_raw|none] [--overwrite]
 * </pre>
 *
 * <p>INPUT is a SMILES file (one a line, an optional title after it; blank lines and {@code #}
 * comments skipped), an SD file, or Parquet files with a string column of SMILES ({@code --column},
 * default {@code smiles}), on any file system Hadoop reaches ({@code hdfs://}, {@code s3a://},
 * {@code file://}; directories and globs too); the format follows the extension unless {@code
 * --format} names it. OUTPUT is a directory of Parquet files: the columns of {@code screen --format
 * tsv}, typed, with the record number of each record in its input, then {@code software_version},
 * {@code git_commit}, {@code registry_content_hash} and {@code settings}. A record that cannot be
 * read has a row with its {@code error}. Records are screened against the bundled registry, or the
 * registry directory {@code --registry} names (a local path on every executor: a shared file
 * system, or the directory {@code spark-submit --archives registry.zip#registry} unpacks beside
 * each executor), which every executor JVM opens once, read-only. {@code --compression} chooses the
 * Parquet codec (Spark's default, snappy, unless named).
 *
 * <p>Stateless and thread-safe.
 */
public final class ScreenJob {

  private ScreenJob() {}

  /**
   * Runs the job in the Spark application that {@code spark-submit} starts.
   *
   * @param args the job's command line (see the class description)
   * @throws IllegalArgumentException when the command line is wrong (the message says how)
   */
  public static void main(String[] args) {
    JobOptions options = JobOptions.parse(args);
    SparkSession spark = SparkSession.builder().appName("opioid-registry screen").getOrCreate();
    try {
      SparkScreen.run(spark, options);
    } finally {
      spark.stop();
    }
  }
}
