package org.opioidregistry.cli;

import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.IdentifierSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How similar substances are reported, for the commands that report them.
 *
 * <p>Not thread-safe: picocli fills it in once per run.
 */
final class SimilarityOptions {

  @Option(
      names = "--threshold",
      paramLabel = "T",
      description = "Smallest similarity (Tanimoto, 0 to 1) reported (default: ${DEFAULT-VALUE}).",
      defaultValue = "0.5")
  double threshold = IdentifierSettings.DEFAULT_THRESHOLD;

  @Option(
      names = "--top",
      paramLabel = "K",
      description = "At most this many similar substances per query (default: ${DEFAULT-VALUE}).",
      defaultValue = "5")
  int top = IdentifierSettings.DEFAULT_SIMILAR_COUNT;

  @Option(
      names = "--fingerprint",
      paramLabel = "TYPE",
      description = "Fingerprint: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "ECFP4")
  FingerprintType fingerprint = FingerprintType.ECFP4;

  /**
   * The identifier with these settings.
   *
   * @throws ParameterException when a value is out of range
   */
  Identifier apply(Identifier identifier, CommandSpec spec) {
    try {
      return identifier
          .withSimilarityThreshold(threshold)
          .withSimilarCount(top)
          .withFingerprint(fingerprint);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
