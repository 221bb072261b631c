package org.opioidregistry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Substance;

/**
 * Four readers search while one writer adds 5,000 substances in batches of 100: no reader fails,
 * and every result comes from one committed state (never a partial batch).
 */
class ConcurrentReadWriteTest {

  private static final int BATCH = 100;
  private static final int TOTAL = 5_000;

  @Test
  void readersSeeOnlyWholeCommittedBatches() throws Exception {
    List<Substance> base = TestSubstances.all();
    Structure probe = SyntheticSubstances.substance("new", 0).structure().orElseThrow();
    try (Registry registry = Registry.inMemory(base)) {
      AtomicBoolean writing = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(5);
      try {
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
          readers.add(
              pool.submit(
                  () -> {
                    int reads = 0;
                    int lastSize = 0;
                    while (writing.get() || reads < 10) {
                      List<Substance> all = registry.substances();
                      int added = all.size() - base.size();
                      assertEquals(0, added % BATCH, "a reader saw part of a batch: " + added);
                      assertTrue(all.size() >= lastSize, "the registry shrank under a reader");
                      lastSize = all.size();
                      List<SimilarityMatch> similar = registry.findSimilar(probe, 0.0, 1_000_000);
                      assertEquals(0, (similar.size() - base.size()) % BATCH, "partial similarity");
                      assertEquals(
                          "fentanyl",
                          registry.findByName("fentanil", 1).get(0).substance().id().value());
                      reads++;
                    }
                    return reads;
                  }));
        }
        Future<?> writer =
            pool.submit(
                () -> {
                  try {
                    for (int from = 0; from < TOTAL; from += BATCH) {
                      registry.addAll(SyntheticSubstances.range("new", from, from + BATCH));
                    }
                  } finally {
                    writing.set(false);
                  }
                  return null;
                });
        writer.get();
        int reads = 0;
        for (Future<Integer> reader : readers) {
          reads += reader.get();
        }
        assertTrue(reads >= 40, "reads: " + reads);
        assertEquals(base.size() + TOTAL, registry.size());
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
