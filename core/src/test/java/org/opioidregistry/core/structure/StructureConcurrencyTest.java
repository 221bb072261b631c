package org.opioidregistry.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many threads parsing at once get exactly what one thread gets. */
class StructureConcurrencyTest {

  @Test
  void parallelParsingGivesTheSameKeysAsSequential() throws Exception {
    List<ReferenceStructures.Row> rows = ReferenceStructures.all();
    List<String> expected = new ArrayList<>();
    for (ReferenceStructures.Row row : rows) {
      expected.add(describe(StructureParser.parse(row.smiles() + ".Cl")));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(
            pool.submit(
                () -> {
                  List<String> got = new ArrayList<>();
                  for (int round = 0; round < 2; round++) {
                    got.clear();
                    for (ReferenceStructures.Row row : rows) {
                      got.add(describe(StructureParser.parse(row.smiles() + ".Cl")));
                    }
                  }
                  return got;
                }));
      }
      for (Future<List<String>> future : futures) {
        assertEquals(expected, future.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String describe(Structure s) {
    return s.inchiKey() + " " + s.canonicalSmiles() + " " + s.formula() + " " + s.standardization();
  }
}
