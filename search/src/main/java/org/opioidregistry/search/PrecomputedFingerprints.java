package org.opioidregistry.search;

import java.util.Optional;
import org.opioidregistry.core.fingerprint.Fingerprint;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.structure.Structure;

/**
 * Fingerprints computed ahead of time (by the build, for the bundled data), which a registry takes
 * instead of computing them. An answer must be exactly what {@link
 * org.opioidregistry.core.fingerprint.Fingerprinter} gives for the structure.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
interface PrecomputedFingerprints {

  /** None: every fingerprint is computed. */
  PrecomputedFingerprints NONE = (structure, type) -> Optional.empty();

  /** The fingerprint of this type for this structure, when it was computed ahead. */
  Optional<Fingerprint> find(Structure structure, FingerprintType type);
}
