package org.opioidregistry.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.Query;
import org.opioidregistry.identify.ScreenRow;
import org.opioidregistry.identify.Screener;

/**
 * A screen's rows survive a round trip through a Parquet file unchanged, every column of every kind
 * of row (listed, covered, similar, a name query, unreadable records); the footer carries the
 * metadata; a file that is not committed is never seen.
 */
class ScreenParquetWriterTest {

  private static List<ScreenRow> rows;

  @BeforeAll
  static void screen() {
    Identifier identifier = Identifier.bundled();
    List<Query> queries = new ArrayList<>();
    for (Substance s : identifier.registry().substances()) {
      s.structure()
          .ifPresent(
              structure -> {
                queries.add(Query.of(QueryKind.SMILES, structure.canonicalSmiles()));
                queries.add(Query.of(QueryKind.SMILES, structure.canonicalSmiles() + ".Cl"));
              });
    }
    queries.add(Query.of(QueryKind.SMILES, "CCCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1"));
    queries.add(Query.of(QueryKind.SMILES, "CC(=O")); // unreadable: an error row
    queries.add(Query.of(QueryKind.SMILES, "CN1C=NC2=C1C(=O)N(C(=O)N2C)C")); // caffeine
    queries.add(Query.detect("fentanyl citrate")); // a name: name matches
    rows = new ArrayList<>();
    Screener.of(identifier)
        .screenAll(queries.iterator(), 2, outcome -> rows.add(ScreenRow.of(outcome)));
  }

  @Test
  void everyRowReadsBackAsWritten(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("screen.parquet");
    try (ScreenParquetWriter out =
        ScreenParquetWriter.create(file, Map.of("opioid-registry.version", "test"))) {
      for (ScreenRow row : rows) {
        out.write(row);
      }
      out.commit();
    }
    List<ScreenRow> back = ScreenParquetReader.readAll(file);
    assertEquals(rows.size(), back.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(rows.get(i), back.get(i), "row " + (i + 1));
    }
    assertEquals("test", ScreenParquetReader.metadata(file).get("opioid-registry.version"));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temporary file left");
    }
  }

  @Test
  void theRowsCoverEveryKindOfColumn() {
    assertTrue(rows.stream().anyMatch(r -> r.error().isPresent()), "an error row");
    assertTrue(rows.stream().anyMatch(r -> !r.listed().isEmpty()), "a listed match");
    assertTrue(rows.stream().anyMatch(r -> !r.classDefinitions().isEmpty()), "a covered row");
    assertTrue(rows.stream().anyMatch(r -> !r.similar().isEmpty()), "a similar substance");
    assertTrue(rows.stream().anyMatch(r -> !r.removed().isEmpty()), "a removed salt");
    assertTrue(rows.stream().anyMatch(r -> !r.nameMatches().isEmpty()), "a name match");
    assertTrue(rows.stream().anyMatch(r -> r.smiles().isEmpty() && r.error().isEmpty()));
  }

  @Test
  void aFileThatIsNotCommittedIsNeverSeen(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("screen.parquet");
    Files.writeString(file, "an older file");
    try (ScreenParquetWriter out = ScreenParquetWriter.create(file, Map.of())) {
      out.write(rows.get(0));
      // the screen fails here: no commit
    }
    assertEquals("an older file", Files.readString(file), "the target is unchanged");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "the temporary file is gone");
    }
  }

  @Test
  void aClosedWriterRefusesRows(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("screen.parquet");
    ScreenParquetWriter out = ScreenParquetWriter.create(file, Map.of());
    out.commit();
    out.close();
    assertThrows(IllegalStateException.class, () -> out.write(rows.get(0)));
    assertTrue(ScreenParquetReader.readAll(file).isEmpty());
    assertFalse(Files.exists(dir.resolve("." + file.getFileName() + ".partial")));
  }
}
