package org.opioidregistry.identify;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opioidregistry.core.structure.IdentityKeys;
import org.opioidregistry.core.structure.Structure;

/**
 * What a laboratory needs to show how an identification was reached and to reproduce it (ISO/IEC
 * 17025, 7.5 and 7.11): per query, the input exactly as received and its SHA-256, the
 * standardisation applied and the identity keys of every layer; and the {@link ProvenanceContext}
 * the identifier shares across queries (software, versions, registry hash, settings, definitions).
 * Every {@link Identification} carries one ({@link Identification#provenance()}), and its JSON
 * record ends with it.
 *
 * <pre>{@code
 * Provenance p = Identifier.bundled().identify("fentanyl citrate").provenance();
 * p.inputSha256();              // "9f2c..." (hex)
 * p.context().gitCommit();      // the build's commit, or "unknown"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param input the query text exactly as received (for a mass query, its readable form)
 * @param inputSha256 SHA-256 (hex) of the input's UTF-8 bytes
 * @param standardisation what standardisation removed or changed, one sentence each
 * @param identityKeys the standardised structure's keys of every layer, when they were computed
 * @param context what every identification by the same identifier shares
 */
public record Provenance(
    String input,
    String inputSha256,
    List<String> standardisation,
    Optional<IdentityKeys> identityKeys,
    ProvenanceContext context) {

  /** Checks for nulls and copies the list. */
  public Provenance {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(inputSha256, "inputSha256");
    standardisation = List.copyOf(standardisation);
    Objects.requireNonNull(identityKeys, "identityKeys");
    Objects.requireNonNull(context, "context");
  }

  /**
   * The provenance of identifying {@code input} in the given context.
   *
   * @param input the query text as received
   * @param structure the standardised structure, when the query gave one
   * @param context the identifier's shared part
   * @return the provenance
   */
  public static Provenance of(
      String input, Optional<Structure> structure, ProvenanceContext context) {
    return new Provenance(
        input,
        sha256(input),
        structure.map(s -> s.standardization().describe()).orElse(List.of()),
        structure.map(Structure::identityKeys),
        context);
  }

  static String sha256(String text) {
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
  }
}
