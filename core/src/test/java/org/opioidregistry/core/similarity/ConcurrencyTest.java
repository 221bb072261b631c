package org.opioidregistry.core.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.opioidregistry.core.fingerprint.Fingerprint;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.fingerprint.Fingerprinter;
import org.opioidregistry.core.fingerprint.Molecules;

/** Many threads fingerprinting with shared fingerprinters and searching one index at once. */
class ConcurrencyTest {

  private static final int THREADS = 8;

  @Test
  void threadsGetTheSameAnswersAsOneThread() throws Exception {
    long seed = Long.getLong("test.seed", System.nanoTime());
    System.out.println("ConcurrencyTest seed: -Dtest.seed=" + seed);
    List<Fingerprinter> fingerprinters = new ArrayList<>();
    for (FingerprintType t : FingerprintType.values()) {
      fingerprinters.add(t.fingerprinter());
    }
    List<Fingerprint> fps = FingerprintIndexTest.clustered(new SplittableRandom(seed), 3000, 1024);
    FingerprintIndex.Builder b = FingerprintIndex.builder(1024);
    for (int i = 0; i < fps.size(); i++) {
      b.add(i, fps.get(i));
    }
    FingerprintIndex index = b.build();

    // One thread first: the expected answers.
    List<Object> expected = work(fingerprinters, index, fps);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Object>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<List<Object>> task =
            () -> {
              start.await();
              return work(fingerprinters, index, fps);
            };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<Object>> f : futures) {
        assertEquals(expected, f.get(), "seed " + seed);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Object> work(
      List<Fingerprinter> fingerprinters, FingerprintIndex index, List<Fingerprint> fps) {
    List<Object> out = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (String smi : Molecules.SET) {
        IAtomContainer mol = Molecules.parse(smi);
        for (Fingerprinter f : fingerprinters) {
          out.add(f.fingerprint(mol)); // the same molecule object for every type
        }
      }
      for (int j = 0; j < 20; j++) {
        Fingerprint q = fps.get((j * 99991 + 17) % fps.size());
        out.add(index.threshold(q, 0.6));
        out.add(index.topK(q, 10));
      }
    }
    return out;
  }
}
