/**
 * The screen as an Apache Spark job ({@link ScreenJob}, for {@code spark-submit}): SMILES, SD or
 * Parquet input on any Hadoop-compatible path, Parquet out with the screen's columns ({@code
 * ScreenRow.COLUMNS}) and provenance columns. Each executor JVM opens the bundled registry and its
 * screener once and screens whole partitions with it; a record that cannot be read becomes a row
 * with its error, never a failed task.
 *
 * <p>The job class is stateless; the per-JVM screener is immutable and thread-safe.
 */
package org.opioidregistry.spark;
