package org.opioidregistry.parquet;

import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * The Parquet schema of a screen's rows: the columns of {@code ScreenRow.COLUMNS}, in order, typed.
 * Text is UTF-8 {@code STRING}; a record number is {@code INT64}, a mass and a score {@code
 * DOUBLE}; a list is Parquet's standard three-level {@code LIST} (empty, never null, when it has
 * nothing); a substance or definition named with its relation is a {@code {id, kind}} group, a
 * similar substance an {@code {id, score}} group. Spark, DuckDB and pandas read these as arrays of
 * structs.
 *
 * <p>Immutable and thread-safe.
 */
final class ScreenSchema {

  /** The schema; field order is {@code ScreenRow.COLUMNS}'s. */
  static final MessageType SCHEMA =
      MessageTypeParser.parseMessageType(
          "message screen_row {\n"
              + "  required binary query (STRING);\n"
              + "  optional binary detected_as (STRING);\n"
              + "  optional int64 record;\n"
              + "  optional binary smiles (STRING);\n"
              + "  optional binary inchikey (STRING);\n"
              + "  optional binary formula (STRING);\n"
              + "  optional double monoisotopic_mass;\n"
              + strings("removed")
              + "  optional binary verdict (STRING);\n"
              + links("listed")
              + "  required group similar (LIST) {\n"
              + "    repeated group list {\n"
              + "      required group element { required binary id (STRING); required double score; }\n"
              + "    }\n"
              + "  }\n"
              + links("class_definitions")
              + links("candidates")
              + links("name_matches")
              + strings("warnings")
              + "  optional binary error (STRING);\n"
              + "}\n");

  private ScreenSchema() {}

  private static String strings(String name) {
    return "  required group "
        + name
        + " (LIST) { repeated group list { required binary element (STRING); } }\n";
  }

  private static String links(String name) {
    return "  required group "
        + name
        + " (LIST) {\n"
        + "    repeated group list {\n"
        + "      required group element { required binary id (STRING); required binary kind"
        + " (STRING); }\n"
        + "    }\n"
        + "  }\n";
  }
}
