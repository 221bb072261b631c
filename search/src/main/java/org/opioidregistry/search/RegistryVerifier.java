package org.opioidregistry.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParseException;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.Substance;

/**
 * The deep check behind {@link Registry#verify}: Lucene's {@link CheckIndex} over every segment
 * (checksums, then decoding and cross-checking postings, stored fields and doc values), then the
 * registry opened read-only (which verifies again what the snapshot reads), then every substance's
 * stored InChIKey, formula and mass compared with those its stored structure gives. The last step
 * catches what checksums cannot: a file rewritten whole by something other than this library.
 *
 * <p>Stateless and thread-safe; each call opens and closes its own readers.
 */
final class RegistryVerifier {

  /** Masses are stored as doubles computed by the same code: any difference is a change. */
  private static final double MASS_TOLERANCE = 1e-6;

  private RegistryVerifier() {}

  static VerificationReport verify(Path location) throws IOException {
    String where = location.toString();
    if (!Files.isDirectory(location)) {
      throw new java.nio.file.NoSuchFileException(where, null, "no registry directory here");
    }
    List<String> problems = new ArrayList<>();
    try (Directory directory = FSDirectory.open(location);
        CheckIndex checker = checker(directory, where)) {
      checker.setInfoStream(null);
      CheckIndex.Status status = checker.checkIndex();
      if (status.missingSegments) {
        problems.add("the commit point (segments_N) is missing or unreadable");
      }
      for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
        if (segment.error != null) {
          problems.add("segment " + segment.name + ": " + segment.error.getMessage());
        }
      }
      if (!status.clean && problems.isEmpty()) {
        problems.add("Lucene's index check did not pass");
      }
    }
    try {
      AuditLog.read(location, false);
    } catch (IOException e) {
      problems.add("audit log: " + e.getMessage());
    }
    if (!problems.isEmpty()) {
      return new VerificationReport(where, 0, problems);
    }
    int substances = 0;
    try (Registry registry = Registry.open(location, Registry.OpenMode.READ_ONLY)) {
      for (Substance substance : registry.substances()) {
        substances++;
        checkKeys(substance, problems);
      }
    } catch (CorruptRegistryException e) {
      problems.add(e.getMessage());
    }
    return new VerificationReport(where, substances, problems);
  }

  private static CheckIndex checker(Directory directory, String where) throws IOException {
    try {
      return new CheckIndex(directory);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new RegistryInUseException(where, e);
    }
  }

  private static void checkKeys(Substance substance, List<String> problems) {
    if (substance.structure().isEmpty()) {
      return; // a substance without a structure has no keys to recompute
    }
    Structure stored = substance.structure().get();
    Structure again;
    try {
      again = StructureParser.parse(stored.canonicalSmiles());
    } catch (StructureParseException e) {
      problems.add(
          "substance '" + substance.id() + "': its stored SMILES does not parse: " + e.reason());
      return;
    }
    if (!again.inchiKey().equals(stored.inchiKey())) {
      problems.add(
          "substance '"
              + substance.id()
              + "': stored InChIKey "
              + stored.inchiKey()
              + ", its structure gives "
              + again.inchiKey());
    }
    if (!again.formula().equals(stored.formula())) {
      problems.add(
          "substance '"
              + substance.id()
              + "': stored formula "
              + stored.formula()
              + ", its structure gives "
              + again.formula());
    }
    if (Math.abs(again.monoisotopicMass() - stored.monoisotopicMass()) > MASS_TOLERANCE) {
      problems.add(
          "substance '"
              + substance.id()
              + "': stored mass "
              + stored.monoisotopicMass()
              + ", its structure gives "
              + again.monoisotopicMass());
    }
  }
}
