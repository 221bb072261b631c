package org.opioidregistry.search;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import org.opioidregistry.core.substance.Substance;

/**
 * The SHA-256 (hex) of a registry's content: every substance's {@link
 * SubstanceDocuments#contentRecord} in id order, one per line. Equal for equal content, whatever
 * the order of registration or the Lucene layout; derived values (fingerprints, identity keys) are
 * not part of it. Stateless and thread-safe.
 */
final class ContentHash {

  private ContentHash() {}

  static String of(Collection<Substance> substances) {
    Hasher hasher = Hashing.sha256().newHasher();
    substances.stream()
        .sorted(Comparator.comparing(Substance::id))
        .forEach(
            s -> {
              hasher.putString(SubstanceDocuments.contentRecord(s), StandardCharsets.UTF_8);
              hasher.putByte((byte) '\n');
            });
    return hasher.hash().toString();
  }
}
