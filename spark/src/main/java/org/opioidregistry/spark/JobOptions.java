package org.opioidregistry.spark;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The job's command line: {@code INPUT OUTPUT [--format smiles|sdf|parquet] [--column NAME]
 * [--partitions N] [--keys] [--registry DIR] [--compression CODEC] [--overwrite]}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param input the input path (any Hadoop-compatible file system; a directory or a glob too)
 * @param output the output directory of Parquet files
 * @param format how to read the input
 * @param column for Parquet input, the column holding the SMILES
 * @param partitions how many partitions to screen in, or 0 for the input's own splits
 * @param keys whether every record's InChIKey is computed
 * @param registry a registry directory every executor reads (a local path on each executor, e.g.
 *     one that {@code spark-submit --archives} unpacks, or a shared file system), or empty for the
 *     bundled reference data
 * @param compression the Parquet output's codec, one of {@link #CODECS}
 * @param overwrite whether an existing output is replaced (otherwise the job refuses it)
 */
record JobOptions(
    String input,
    String output,
    InputFormat format,
    String column,
    int partitions,
    boolean keys,
    Optional<String> registry,
    String compression,
    boolean overwrite) {

  static final String USAGE =
      "usage: ScreenJob INPUT OUTPUT [--format smiles|sdf|parquet] [--column NAME]"
          + " [--partitions N] [--keys] [--registry DIR] [--compression CODEC] [--overwrite]";

  /**
   * The Parquet codecs offered: those Spark 4 writes with its own jars (snappy-java, zstd-jni,
   * aircompressor for lz4_raw) and the JDK's zlib; lzo and brotli would need codecs Spark does not
   * ship. Snappy is Spark's default.
   */
  static final List<String> CODECS = List.of("snappy", "zstd", "gzip", "lz4_raw", "none");

  /** How the input is read. */
  enum InputFormat {
    /** One SMILES a line (an optional title after it); blank lines and # comments skipped. */
    SMILES,
    /** An SD file: MOL blocks ended by {@code $$$$} lines. */
    SDF,
    /** Parquet files with a string column of SMILES ({@code --column}). */
    PARQUET
  }

  JobOptions {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(compression, "compression");
    if (!CODECS.contains(compression)) {
      throw new IllegalArgumentException(
          "--compression is one of " + String.join(", ", CODECS) + ": " + compression);
    }
    if (registry.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("--registry needs a directory");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be 0 or more: " + partitions);
    }
  }

  /**
   * Reads the command line.
   *
   * @throws IllegalArgumentException naming what is wrong, with the usage
   */
  static JobOptions parse(String... args) {
    String input = null;
    String output = null;
    InputFormat format = null;
    String column = "smiles";
    int partitions = 0;
    boolean keys = false;
    String registry = null;
    String compression = "snappy";
    boolean overwrite = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--format" -> format = format(value(args, ++i, arg));
        case "--column" -> column = value(args, ++i, arg);
        case "--partitions" -> partitions = number(value(args, ++i, arg));
        case "--keys" -> keys = true;
        case "--registry" -> registry = value(args, ++i, arg);
        case "--compression" -> compression = value(args, ++i, arg).toLowerCase(Locale.ROOT);
        case "--overwrite" -> overwrite = true;
        default -> {
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
          }
          if (input == null) {
            input = arg;
          } else if (output == null) {
            output = arg;
          } else {
            throw new IllegalArgumentException("one input and one output: " + arg + "; " + USAGE);
          }
        }
      }
    }
    if (input == null || output == null) {
      throw new IllegalArgumentException("an input and an output are needed; " + USAGE);
    }
    return new JobOptions(
        input,
        output,
        format != null ? format : byExtension(input),
        column,
        partitions,
        keys,
        Optional.ofNullable(registry),
        compression,
        overwrite);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value; " + USAGE);
    }
    return args[i];
  }

  private static InputFormat format(String text) {
    try {
      return InputFormat.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format is smiles, sdf or parquet: " + text, e);
    }
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--partitions takes a number: " + text, e);
    }
  }

  /** The format a path's extension names; SMILES for anything else. */
  static InputFormat byExtension(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    if (name.endsWith(".sdf") || name.endsWith(".sd") || name.endsWith(".sdf.gz")) {
      return InputFormat.SDF;
    }
    if (name.endsWith(".parquet")) {
      return InputFormat.PARQUET;
    }
    return InputFormat.SMILES;
  }
}
