package org.opioidregistry.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opioidregistry.core.fingerprint.Fingerprint;
import org.opioidregistry.core.fingerprint.FpsReader;
import org.opioidregistry.core.fingerprint.FpsRecord;
import org.opioidregistry.core.similarity.FingerprintIndex;

/**
 * Loads the benchmark data: an FPS file or the synthetic generator, indexed with row numbers as
 * ids, plus the query fingerprints at rows {@code (j * 99991 + 17) % N}, the same rows the peers'
 * scripts use.
 *
 * <p>Thread safety: immutable.
 *
 * @param index the index over all rows
 * @param queries the query fingerprints in order j = 0, 1, ...
 */
public record Datasets(FingerprintIndex index, List<Fingerprint> queries) {

  /**
   * Loads a data set.
   *
   * @param fpsPath an FPS file, or empty for the synthetic generator
   * @param bits the bit length (must match the file's)
   * @param size the number of rows to take (all of the file if it has fewer)
   * @param queryCount how many queries to pick
   * @return the data set
   * @throws IOException if the file cannot be read
   */
  public static Datasets load(String fpsPath, int bits, int size, int queryCount)
      throws IOException {
    List<Fingerprint> rows = new ArrayList<>(size);
    if (fpsPath == null || fpsPath.isEmpty()) {
      for (Fingerprint fp : SyntheticFingerprints.generate(size, bits, 20260101L)) {
        rows.add(fp);
      }
    } else {
      try (FpsReader in = FpsReader.open(Path.of(fpsPath))) {
        if (in.header().numBits() != bits) {
          throw new IllegalArgumentException(
              fpsPath + " has " + in.header().numBits() + "-bit fingerprints, bits=" + bits);
        }
        for (FpsRecord r; rows.size() < size && (r = in.next()) != null; ) {
          rows.add(r.fingerprint());
        }
      }
    }
    FingerprintIndex.Builder b = FingerprintIndex.builder(bits);
    for (int i = 0; i < rows.size(); i++) {
      b.add(i, rows.get(i));
    }
    List<Fingerprint> queries = new ArrayList<>(queryCount);
    for (int j = 0; j < queryCount; j++) {
      queries.add(rows.get((int) ((j * 99991L + 17) % rows.size())));
    }
    return new Datasets(b.build(), List.copyOf(queries));
  }
}
