/**
 * A screen's rows ({@link org.opioidregistry.identify.ScreenRow}) as an Apache Parquet file, for
 * downstream tools (Spark, DuckDB, pandas, Trino): {@link ScreenParquetWriter} writes one that
 * appears whole or not at all, with no Hadoop class loaded; {@link ScreenParquetReader} reads one
 * back (with Hadoop's client on the class path, as Parquet's reader needs).
 *
 * <p>The writer and reader are not thread-safe (one per file and thread); the schema is immutable.
 */
package org.opioidregistry.parquet;
