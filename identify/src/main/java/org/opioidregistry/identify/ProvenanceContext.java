package org.opioidregistry.identify;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openscience.cdk.CDK;
import org.opioidregistry.core.classdef.ClassDefinition;
import org.opioidregistry.core.structure.Structure;

/**
 * The part of a {@link Provenance} that every identification by one {@link Identifier} shares: the
 * software and its git commit, the CDK, InChI and OPSIN versions, the registry's content hash and
 * data version, the fingerprint and thresholds, each class definition applied (id and the date of
 * its legal text), and the "as of" date. An identifier computes it once ({@link
 * Identifier#provenance()}), not per query.
 *
 * <pre>{@code
 * ProvenanceContext c = Identifier.bundled().provenance();
 * c.gitCommit();               // the build's commit, or "unknown"
 * c.registryContentHash();     // Registry.contentHash() of the data identified against
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param inchiVersion the IUPAC InChI library that computes the identity keys
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
public record ProvenanceContext(
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

  /** Checks for nulls and copies the list. */
  public ProvenanceContext {
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
   * The context of identifying under {@code settings} against a registry of the given content hash
   * and data version, with this build's software versions.
   *
   * @param registryContentHash the registry's content hash
   * @param dataVersion the data version, as the registry's owner names it
   * @param settings the identifier's settings
   * @return the context
   */
  public static ProvenanceContext of(
      String registryContentHash, String dataVersion, IdentifierSettings settings) {
    return new ProvenanceContext(
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
        settings.classDefinitions().stream().map(ProvenanceContext::definitionVersion).toList(),
        settings.asOf());
  }

  /** This context for a registry whose content has changed (a write since it was computed). */
  ProvenanceContext withRegistryContentHash(String hash) {
    return new ProvenanceContext(
        inchiVersion,
        softwareVersion,
        gitCommit,
        cdkVersion,
        opsinVersion,
        hash,
        dataVersion,
        fingerprintSpec,
        similarityThreshold,
        similarCount,
        classDefinitions,
        asOf);
  }

  private static String definitionVersion(ClassDefinition d) {
    return d.id() + "@" + d.effectiveDate().map(LocalDate::toString).orElse("undated");
  }
}
