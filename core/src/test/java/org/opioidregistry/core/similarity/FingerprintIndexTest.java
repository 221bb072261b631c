package org.opioidregistry.core.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.fingerprint.Fingerprint;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.fingerprint.Fingerprinter;
import org.opioidregistry.core.fingerprint.Molecules;

class FingerprintIndexTest {

  private static final long SEED = Long.getLong("test.seed", System.nanoTime());
  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    System.out.println("FingerprintIndexTest seed: -Dtest.seed=" + SEED);
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  /** The reference: score every fingerprint with Fingerprint.tanimoto and sort. */
  static List<Hit> plainScan(List<Fingerprint> fps, int[] ids, Fingerprint q) {
    List<Hit> all = new ArrayList<>();
    for (int i = 0; i < fps.size(); i++) {
      all.add(new Hit(ids[i], q.tanimoto(fps.get(i))));
    }
    all.sort(Hit.ORDER);
    return all;
  }

  static List<Hit> atLeast(List<Hit> sorted, double t) {
    return sorted.stream().filter(h -> h.score() >= t).toList();
  }

  /**
   * Clustered data like real fingerprints: parents with 20 to 80 bits and children that drop and
   * add a few, so that thresholds find neighbours and many scores tie.
   */
  static List<Fingerprint> clustered(SplittableRandom rnd, int n, int bits) {
    List<Fingerprint> out = new ArrayList<>(n);
    int[] parent = null;
    for (int i = 0; i < n; i++) {
      if (parent == null || rnd.nextInt(8) == 0) {
        parent = new int[20 + rnd.nextInt(Math.min(61, bits))];
        for (int j = 0; j < parent.length; j++) {
          parent[j] = rnd.nextInt(bits);
        }
      }
      int[] child = Arrays.copyOf(parent, parent.length + 3);
      for (int j = 0; j < 3; j++) {
        child[rnd.nextInt(parent.length)] = rnd.nextInt(bits);
        child[parent.length + j] = rnd.nextInt(bits);
      }
      out.add(rnd.nextInt(50) == 0 ? Fingerprint.of(bits) : Fingerprint.of(bits, child));
    }
    return out;
  }

  private static void checkAgainstPlainScan(
      List<Fingerprint> fps, int[] ids, List<Fingerprint> queries, String where) {
    int bits = fps.isEmpty() ? queries.get(0).bitLength() : fps.get(0).bitLength();
    FingerprintIndex.Builder b = FingerprintIndex.builder(bits);
    for (int i = 0; i < fps.size(); i++) {
      b.add(ids[i], fps.get(i));
    }
    FingerprintIndex index = b.build();
    assertEquals(fps.size(), index.size());
    for (Fingerprint q : queries) {
      List<Hit> ref = plainScan(fps, ids, q);
      String w = where + ", query " + q;
      for (double t : new double[] {0.0, 0.3, 0.5, 0.7, 0.8, 0.95, 1.0, 1.01}) {
        List<Hit> want = atLeast(ref, t);
        assertEquals(want, index.threshold(q, t), w + ", threshold " + t);
        assertEquals(want, index.bruteForceThreshold(q, t), w + ", brute threshold " + t);
        assertEquals(want, index.threshold(q, t, pool, 3), w + ", parallel threshold " + t);
      }
      for (int k : new int[] {1, 2, 10, 100, fps.size() + 5}) {
        List<Hit> want = ref.subList(0, Math.min(k, ref.size()));
        assertEquals(want, index.topK(q, k), w + ", top " + k);
        assertEquals(want, index.bruteForceTopK(q, k), w + ", brute top " + k);
        assertEquals(want, index.topK(q, k, pool, 3), w + ", parallel top " + k);
      }
    }
  }

  @Test
  void equalsPlainScanOnClusteredRandomData() {
    SplittableRandom rnd = new SplittableRandom(SEED);
    for (int bits : new int[] {166, 881, 1024, 2048, 64, 100}) {
      List<Fingerprint> fps = clustered(rnd, 1500, bits);
      int[] ids = new int[fps.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = 7 * i + rnd.nextInt(7); // increasing but not the row number
      }
      List<Fingerprint> queries = new ArrayList<>();
      for (int j = 0; j < 12; j++) {
        queries.add(fps.get((j * 99991 + 17) % fps.size()));
      }
      queries.add(clustered(rnd, 1, bits).get(0));
      queries.add(Fingerprint.of(bits));
      checkAgainstPlainScan(fps, ids, queries, "seed " + SEED + ", bits " + bits);
    }
  }

  /**
   * The tests above use small indexes, which a threshold search scans through the per-bit row lists
   * (FingerprintIndex.SPARSE_MAX_ROWS); a larger index reads its rows word by word.
   */
  @Test
  void equalsPlainScanAboveTheSparseLimit() {
    SplittableRandom rnd = new SplittableRandom(SEED ^ 0x9E3779B97F4A7C15L);
    for (int bits : new int[] {1024, 2048}) {
      List<Fingerprint> fps = clustered(rnd, FingerprintIndex.SPARSE_MAX_ROWS + 500, bits);
      int[] ids = new int[fps.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = 3 * i + rnd.nextInt(3);
      }
      List<Fingerprint> queries = new ArrayList<>();
      for (int j = 0; j < 6; j++) {
        queries.add(fps.get((j * 99991 + 5) % fps.size()));
      }
      queries.add(Fingerprint.of(bits));
      checkAgainstPlainScan(fps, ids, queries, "seed " + SEED + ", large, bits " + bits);
    }
  }

  @Test
  void equalsPlainScanWithShuffledIdsAndManyTies() {
    SplittableRandom rnd = new SplittableRandom(SEED ^ 0x5DEECE66DL);
    // 16 bits, 3 set: few distinct scores, so ordering of ties by id is what is tested.
    List<Fingerprint> fps = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      fps.add(Fingerprint.of(16, rnd.nextInt(16), rnd.nextInt(16), rnd.nextInt(16)));
    }
    int[] ids = new int[fps.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i;
    }
    for (int i = ids.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = ids[i];
      ids[i] = ids[j];
      ids[j] = t;
    }
    checkAgainstPlainScan(fps, ids, fps.subList(0, 10), "seed " + SEED + ", ties");
  }

  @Test
  void equalsPlainScanOnRealMolecules() {
    for (FingerprintType type : FingerprintType.values()) {
      Fingerprinter f = type.fingerprinter();
      List<Fingerprint> fps = new ArrayList<>();
      for (String smi : Molecules.SET) {
        fps.add(f.fingerprint(Molecules.parse(smi)));
      }
      int[] ids = new int[fps.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = 1000 - i;
      }
      checkAgainstPlainScan(fps, ids, fps, type.spec());
    }
  }

  @Test
  void fentanylAnaloguesRankFirst() {
    Fingerprinter f = FingerprintType.ECFP4.fingerprinter();
    FingerprintIndex.Builder b = FingerprintIndex.builder(2048);
    for (int i = 0; i < Molecules.SET.length; i++) {
      b.add(i, f.fingerprint(Molecules.parse(Molecules.SET[i])));
    }
    FingerprintIndex index = b.build();
    List<Hit> top = index.topK(f.fingerprint(Molecules.parse(Molecules.FENTANYL)), 4);
    assertEquals(new Hit(0, 1.0), top.get(0));
    // then fentanyl analogues (acetyl-, carfentanil, thiofentanyl, p-fluoro-, remifentanil)
    for (Hit h : top) {
      assertTrue(List.of(0, 1, 2, 5, 6, 7).contains(h.id()), top.toString());
    }
  }

  @Test
  void batchSearchEqualsOneByOne() {
    SplittableRandom rnd = new SplittableRandom(SEED + 1);
    List<Fingerprint> fps = clustered(rnd, 800, 1024);
    FingerprintIndex.Builder b = FingerprintIndex.builder(1024);
    for (int i = 0; i < fps.size(); i++) {
      b.add(i, fps.get(i));
    }
    FingerprintIndex index = b.build();
    List<Fingerprint> queries = fps.subList(0, 40);
    List<List<Hit>> th = index.thresholdBatch(queries, 0.6, pool);
    List<List<Hit>> tk = index.topKBatch(queries, 7, pool);
    for (int i = 0; i < queries.size(); i++) {
      assertEquals(index.threshold(queries.get(i), 0.6), th.get(i));
      assertEquals(index.topK(queries.get(i), 7), tk.get(i));
    }
  }

  @Test
  void emptyIndexAndBadArguments() {
    FingerprintIndex empty = FingerprintIndex.builder(64).build();
    Fingerprint q = Fingerprint.of(64, 1, 2);
    assertTrue(empty.threshold(q, 0).isEmpty());
    assertTrue(empty.topK(q, 5).isEmpty());
    assertTrue(empty.topK(q, 5, pool, 2).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> empty.topK(Fingerprint.of(65), 1));
    assertThrows(IllegalArgumentException.class, () -> empty.topK(q, 0));
    assertThrows(IllegalArgumentException.class, () -> empty.threshold(q, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> empty.threshold(q, 0.5, pool, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> FingerprintIndex.builder(64).add(1, Fingerprint.of(128)));
  }

  @Test
  void minIntersectionIsExact() {
    for (int a = 0; a <= 70; a++) {
      for (int b = 0; b <= 70; b++) {
        for (double s : new double[] {0.0, 0.1, 1.0 / 3, 0.5, 0.7, 0.8, 0.99, 1.0, 1.5}) {
          int cmin = FingerprintIndex.minIntersection(a, b, s);
          for (int c = 0; c <= Math.min(a, b); c++) {
            assertEquals(
                Fingerprint.tanimoto(a, b, c) >= s, c >= cmin, a + " " + b + " " + c + " " + s);
          }
        }
      }
    }
  }
}
