package org.opioidregistry.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.opioidregistry.identify.ScreenProvenance;
import org.opioidregistry.identify.ScreenRow;
import org.opioidregistry.identify.Verdict;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The job's output rows: {@link ScreenRow}'s columns, typed as the command line's Parquet file
 * types them (strings, a long record number, double masses and scores, arrays of strings and of
 * {@code {id, kind}} and {@code {id, score}} structs; lists are empty, never null), then the
 * provenance columns.
 *
 * <p>Stateless and thread-safe.
 */
final class SparkRows {

  /** The provenance columns after the screen's, in this order. */
  static final List<String> PROVENANCE =
      List.of("software_version", "git_commit", "registry_content_hash", "settings");

  private static final StructType LINK =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("id", DataTypes.StringType, false),
              DataTypes.createStructField("kind", DataTypes.StringType, false)));

  private static final StructType SCORED =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("id", DataTypes.StringType, false),
              DataTypes.createStructField("score", DataTypes.DoubleType, false)));

  /** The output schema. */
  static final StructType SCHEMA = schema();

  private SparkRows() {}

  private static StructType schema() {
    DataType strings = DataTypes.createArrayType(DataTypes.StringType, false);
    DataType links = DataTypes.createArrayType(LINK, false);
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("query", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("detected_as", DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("record", DataTypes.LongType, true));
    fields.add(DataTypes.createStructField("smiles", DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("inchikey", DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("formula", DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("monoisotopic_mass", DataTypes.DoubleType, true));
    fields.add(DataTypes.createStructField("removed", strings, false));
    fields.add(DataTypes.createStructField("verdict", DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("listed", links, false));
    fields.add(
        DataTypes.createStructField("similar", DataTypes.createArrayType(SCORED, false), false));
    fields.add(DataTypes.createStructField("class_definitions", links, false));
    fields.add(DataTypes.createStructField("candidates", links, false));
    fields.add(DataTypes.createStructField("name_matches", links, false));
    fields.add(DataTypes.createStructField("warnings", strings, false));
    fields.add(DataTypes.createStructField("error", DataTypes.StringType, true));
    for (String name : PROVENANCE) {
      fields.add(DataTypes.createStructField(name, DataTypes.StringType, false));
    }
    List<String> names = fields.stream().map(StructField::name).toList();
    List<String> expected = new ArrayList<>(ScreenRow.COLUMNS);
    expected.addAll(PROVENANCE);
    if (!names.equals(expected)) {
      throw new IllegalStateException("the Spark schema lost step with ScreenRow: " + names);
    }
    return DataTypes.createStructType(fields);
  }

  /** One output row. */
  static Row row(ScreenRow r, ScreenProvenance p) {
    return RowFactory.create(
        r.query(),
        r.detectedAs().orElse(null),
        r.record().isPresent() ? r.record().getAsLong() : null,
        r.smiles().orElse(null),
        r.inchiKey().orElse(null),
        r.formula().orElse(null),
        r.monoisotopicMass().isPresent() ? r.monoisotopicMass().getAsDouble() : null,
        seq(r.removed(), s -> s),
        r.verdict().map(Enum::name).orElse(null),
        seq(r.listed(), SparkRows::link),
        seq(r.similar(), s -> RowFactory.create(s.id(), s.score())),
        seq(r.classDefinitions(), SparkRows::link),
        seq(r.candidates(), SparkRows::link),
        seq(r.nameMatches(), SparkRows::link),
        seq(r.warnings(), s -> s),
        r.error().orElse(null),
        p.softwareVersion(),
        p.gitCommit(),
        p.registryContentHash(),
        p.settings());
  }

  /** Reads an output row back (its screen columns); for checking the job's output. */
  static ScreenRow screenRow(Row row) {
    return new ScreenRow(
        row.getString(0),
        Optional.ofNullable(row.getString(1)),
        row.isNullAt(2) ? OptionalLong.empty() : OptionalLong.of(row.getLong(2)),
        Optional.ofNullable(row.getString(3)),
        Optional.ofNullable(row.getString(4)),
        Optional.ofNullable(row.getString(5)),
        row.isNullAt(6) ? OptionalDouble.empty() : OptionalDouble.of(row.getDouble(6)),
        row.<String>getList(7),
        Optional.ofNullable(row.getString(8)).map(Verdict::valueOf),
        links(row.<Row>getList(9)),
        row.<Row>getList(10).stream()
            .map(s -> new ScreenRow.Scored(s.getString(0), s.getDouble(1)))
            .toList(),
        links(row.<Row>getList(11)),
        links(row.<Row>getList(12)),
        links(row.<Row>getList(13)),
        row.<String>getList(14),
        Optional.ofNullable(row.getString(15)));
  }

  private static List<ScreenRow.Link> links(List<Row> rows) {
    return rows.stream().map(l -> new ScreenRow.Link(l.getString(0), l.getString(1))).toList();
  }

  private static Row link(ScreenRow.Link l) {
    return RowFactory.create(l.id(), l.kind());
  }

  private static <T> scala.collection.Seq<Object> seq(List<T> items, Function<T, Object> value) {
    List<Object> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(value.apply(item));
    }
    return CollectionConverters.asScala(out).toSeq();
  }
}
