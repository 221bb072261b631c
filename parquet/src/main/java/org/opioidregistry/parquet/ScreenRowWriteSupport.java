package org.opioidregistry.parquet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.opioidregistry.identify.ScreenRow;

/**
 * Turns a {@link ScreenRow} into Parquet's record events in {@link ScreenSchema#SCHEMA}'s field
 * order; an absent value is a field not written (null), an empty list a list with no element.
 *
 * <p>Not thread-safe: one per writer.
 */
final class ScreenRowWriteSupport extends WriteSupport<ScreenRow> {

  private final Map<String, String> metadata;
  private RecordConsumer out;

  ScreenRowWriteSupport(Map<String, String> metadata) {
    this.metadata = Map.copyOf(metadata);
  }

  /**
   * Parquet's Hadoop entry point, kept because it is abstract; the writer is given a plain
   * configuration and calls the other one. Deprecated there, and so here.
   */
  @Deprecated
  @Override
  public WriteContext init(Configuration configuration) {
    return new WriteContext(ScreenSchema.SCHEMA, metadata);
  }

  @Override
  public WriteContext init(ParquetConfiguration configuration) {
    return new WriteContext(ScreenSchema.SCHEMA, metadata);
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.out = recordConsumer;
  }

  @Override
  public void write(ScreenRow row) {
    out.startMessage();
    string("query", 0, Optional.of(row.query()));
    string("detected_as", 1, row.detectedAs());
    if (row.record().isPresent()) {
      field("record", 2, () -> out.addLong(row.record().getAsLong()));
    }
    string("smiles", 3, row.smiles());
    string("inchikey", 4, row.inchiKey());
    string("formula", 5, row.formula());
    if (row.monoisotopicMass().isPresent()) {
      field("monoisotopic_mass", 6, () -> out.addDouble(row.monoisotopicMass().getAsDouble()));
    }
    list("removed", 7, row.removed(), this::element);
    string("verdict", 8, row.verdict().map(Enum::name));
    list("listed", 9, row.listed(), this::link);
    list("similar", 10, row.similar(), this::scored);
    list("class_definitions", 11, row.classDefinitions(), this::link);
    list("candidates", 12, row.candidates(), this::link);
    list("name_matches", 13, row.nameMatches(), this::link);
    list("warnings", 14, row.warnings(), this::element);
    string("error", 15, row.error());
    out.endMessage();
  }

  private void element(String text) {
    string("element", 0, Optional.of(text));
  }

  private void link(ScreenRow.Link link) {
    group(
        "element",
        0,
        () -> {
          string("id", 0, Optional.of(link.id()));
          string("kind", 1, Optional.of(link.kind()));
        });
  }

  private void scored(ScreenRow.Scored scored) {
    group(
        "element",
        0,
        () -> {
          string("id", 0, Optional.of(scored.id()));
          field("score", 1, () -> out.addDouble(scored.score()));
        });
  }

  /** A three-level list: the column's group, a repeated {@code list} group, one element each. */
  private <T> void list(String name, int index, List<T> items, Consumer<T> element) {
    group(
        name,
        index,
        () -> {
          if (!items.isEmpty()) {
            out.startField("list", 0);
            for (T item : items) {
              out.startGroup();
              element.accept(item);
              out.endGroup();
            }
            out.endField("list", 0);
          }
        });
  }

  private void group(String name, int index, Runnable body) {
    field(
        name,
        index,
        () -> {
          out.startGroup();
          body.run();
          out.endGroup();
        });
  }

  private void string(String name, int index, Optional<String> text) {
    if (text.isPresent()) {
      field(name, index, () -> out.addBinary(Binary.fromString(text.get())));
    }
  }

  private void field(String name, int index, Runnable value) {
    out.startField(name, index);
    value.run();
    out.endField(name, index);
  }
}
