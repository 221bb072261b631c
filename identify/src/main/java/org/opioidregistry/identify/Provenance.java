package org.opioidregistry.identify;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openscience.cdk.CDK;
import org.opioidregistry.core.classdef.ClassDefinition;
import org.opioidregistry.core.structure.IdentityKeys;
import org.opioidregistry.core.structure.Structure;

/**
 * What a laboratory needs to show how an identification was reached and to reproduce it (ISO/IEC
 * 17025, 7.5 and 7.11): the input exactly as received and its SHA-256, the standardisation applied,
 * the identity keys of every layer with the InChI version that computed them, the software and its
 * git commit, the CDK, InChI and OPSIN versions, the registry's content hash and data version, the
 * fingerprint and thresholds, each class definition applied (id and the date of its legal text),
 * and the "as of" date.
 *
 * <pre>{@code
 * Provenance p = Provenance.of(query, structure, registry.contentHash(), "bundled", settings);
 * p.inputSha256();      // "9f2c..." (hex)
 * p.gitCommit();        // the build's commit, or "unknown"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param input the query text exactly as received
 * @param inputSha256 SHA-256 (hex) of the input's UTF-8 bytes
 * @param standardisation what standardisation removed or changed, one sentence each
 * @param identityKeys the standardised structure's keys of every layer, if there is a structure
 * @param inchiVersion the IUPAC InChI library that computed the keys
 * @param softwareVersion this software's version
 * @param gitCommit the git commit of the build, or "unknown"
 * @param cdkVersion the Chemistry Development Kit's version
 * @param opsinVersion OPSIN's version (names to structures)
 * @param registryContentHash the registry's {@code Registry.contentHash()}
 * @param dataVersion the version of the registry's data, as its owner names it
 * @param fingerprintSpec the similarity fingerprint, e.g. {@code ecfp4/2048/cdk-2.12}
 * @param similarityThreshold the least similarity reported
 * @param similarCount at most this many similar substances reported
 * @param classDefinitions each definition applied as {@code id@effective-date} (the version of the
 *     legal text it reads; {@code id@undated} when the date is not known)
 * @param asOf the date controls were judged at, if one was set
 */
public record Provenance(
    String input,
    String inputSha256,
    List<String> standardisation,
    Optional<IdentityKeys> identityKeys,
    String inchiVersion,
    String softwareVersion,
    String gitCommit,
    String cdkVersion,
    String opsinVersion,
    String registryContentHash,
    String dataVersion,
    String fingerprintSpec,
    double similarityThreshold,
    int similarCount,
    List<String> classDefinitions,
    Optional<LocalDate> asOf) {

  /** Checks for nulls and copies the lists. */
  public Provenance {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(inputSha256, "inputSha256");
    standardisation = List.copyOf(standardisation);
    Objects.requireNonNull(identityKeys, "identityKeys");
    Objects.requireNonNull(inchiVersion, "inchiVersion");
    Objects.requireNonNull(softwareVersion, "softwareVersion");
    Objects.requireNonNull(gitCommit, "gitCommit");
    Objects.requireNonNull(cdkVersion, "cdkVersion");
    Objects.requireNonNull(opsinVersion, "opsinVersion");
    Objects.requireNonNull(registryContentHash, "registryContentHash");
    Objects.requireNonNull(dataVersion, "dataVersion");
    Objects.requireNonNull(fingerprintSpec, "fingerprintSpec");
    classDefinitions = List.copyOf(classDefinitions);
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * The provenance of identifying {@code input} under {@code settings} against a registry of the
   * given content hash.
   *
   * @param structure the standardised structure, when the query gave one
   */
  public static Provenance of(
      String input,
      Optional<Structure> structure,
      String registryContentHash,
      String dataVersion,
      IdentifierSettings settings) {
    return new Provenance(
        input,
        sha256(input),
        structure.map(s -> s.standardization().describe()).orElse(List.of()),
        structure.map(Structure::identityKeys),
        Structure.inchiVersion(),
        BuildInfo.version(),
        BuildInfo.gitCommit(),
        CDK.getVersion(),
        OpsinNames.version(),
        registryContentHash,
        dataVersion,
        settings.fingerprint().spec(),
        settings.similarityThreshold(),
        settings.similarCount(),
        settings.classDefinitions().stream().map(Provenance::definitionVersion).toList(),
        settings.asOf());
  }

  static String sha256(String text) {
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
  }

  private static String definitionVersion(ClassDefinition d) {
    return d.id() + "@" + d.effectiveDate().map(LocalDate::toString).orElse("undated");
  }
}
