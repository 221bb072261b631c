package org.opioidregistry.identify;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a screen's output carries to say how it was made, so that a file of rows found months later
 * can be reproduced: the software version and git commit, the registry's content hash, and the
 * settings (fingerprint, similarity threshold and count, keys, "as of" date, and each class
 * definition with the date of its text). A Parquet file of a screen has it in its footer, the Spark
 * job's output in every row.
 *
 * <pre>{@code
 * ScreenProvenance p = ScreenProvenance.of(identifier, false);
 * p.settings();   // "fingerprint=ecfp4/2048/cdk-2.12; threshold=0.5; similar=5; keys=false; ..."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param softwareVersion this software's version
 * @param gitCommit the git commit of the build, or "unknown"
 * @param registryContentHash the registry's content hash
 * @param settings the screen's settings as one line of {@code name=value} pairs
 */
public record ScreenProvenance(
    String softwareVersion, String gitCommit, String registryContentHash, String settings) {

  /** Checks for nulls. */
  public ScreenProvenance {
    Objects.requireNonNull(softwareVersion, "softwareVersion");
    Objects.requireNonNull(gitCommit, "gitCommit");
    Objects.requireNonNull(registryContentHash, "registryContentHash");
    Objects.requireNonNull(settings, "settings");
  }

  /**
   * The provenance of a screen by the given identifier's registry and settings.
   *
   * @param identifier the identifier the screen gives the verdicts of
   * @param keys whether the screen computes every record's InChIKey
   * @return the provenance
   */
  public static ScreenProvenance of(Identifier identifier, boolean keys) {
    IdentifierSettings s = identifier.settings();
    String hash = identifier.registry().contentHash();
    ProvenanceContext p = ProvenanceContext.of(hash, "", s);
    String settings =
        String.format(
            Locale.ROOT,
            "fingerprint=%s; threshold=%s; similar=%d; keys=%s; as-of=%s; definitions=%s",
            p.fingerprintSpec(),
            s.similarityThreshold(),
            s.similarCount(),
            keys,
            s.asOf().map(LocalDate::toString).orElse("today"),
            String.join(",", p.classDefinitions()));
    return new ScreenProvenance(p.softwareVersion(), p.gitCommit(), hash, settings);
  }

  /**
   * The provenance as key-value pairs, in a fixed order, with keys prefixed {@code
   * opioid-registry.} (for a file's metadata).
   *
   * @return the pairs
   */
  public Map<String, String> asMap() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("opioid-registry.software_version", softwareVersion);
    out.put("opioid-registry.git_commit", gitCommit);
    out.put("opioid-registry.registry_content_hash", registryContentHash);
    out.put("opioid-registry.settings", settings);
    return out;
  }
}
