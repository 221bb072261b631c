package org.opioidregistry.identify;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opioidregistry.core.classdef.ClassDefinition;
import org.opioidregistry.core.classdef.ClassDefinitions;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.search.SearchFilter;

/**
 * The settings an identification was decided under: reported with every {@link Identification} so
 * that a result can be reproduced.
 *
 * <p>Immutable and thread-safe. Change settings through {@link Identifier}'s {@code with...}
 * methods.
 *
 * @param similarityThreshold the smallest similarity score reported, 0 to 1
 * @param similarCount at most this many similar substances reported
 * @param fingerprint the fingerprint type similarity is computed with
 * @param classDefinitions the generic definitions evaluated, in this order
 * @param namePolicy which name matches may identify a substance
 * @param asOf the date whose controls count; empty for today's (every control recorded as in force)
 * @param filter what the {@code similar} and {@code names} lists are narrowed to (see {@link
 *     Identifier#withFilter(SearchFilter)}); never what the verdict is decided on
 */
public record IdentifierSettings(
    double similarityThreshold,
    int similarCount,
    FingerprintType fingerprint,
    List<ClassDefinition> classDefinitions,
    NamePolicy namePolicy,
    Optional<LocalDate> asOf,
    SearchFilter filter) {

  /**
   * Similar enough to report: ECFP4 Tanimoto 0.5 keeps close analogues of one family (fentanyl
   * analogues score 0.5–0.8 against each other) and drops unrelated drugs (cutting agents score
   * below 0.2 against any opioid).
   */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /** Similar substances reported per query by default. */
  public static final int DEFAULT_SIMILAR_COUNT = 5;

  /** The most similar substances a query may ask for: more is a screen, not an identification. */
  public static final int MAX_SIMILAR_COUNT = 1000;

  /**
   * Checks the ranges and copies the definitions.
   *
   * @throws IllegalArgumentException when a value is out of range
   */
  public IdentifierSettings {
    if (!(similarityThreshold >= 0 && similarityThreshold <= 1)) {
      throw new IllegalArgumentException(
          "a similarity threshold is between 0 and 1: " + similarityThreshold);
    }
    if (similarCount < 0 || similarCount > MAX_SIMILAR_COUNT) {
      throw new IllegalArgumentException(
          "the similar count is between 0 and " + MAX_SIMILAR_COUNT + ": " + similarCount);
    }
    Objects.requireNonNull(fingerprint, "fingerprint");
    classDefinitions = List.copyOf(classDefinitions);
    Objects.requireNonNull(namePolicy, "namePolicy");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(filter, "filter");
  }

  /**
   * Settings without a filter ({@link SearchFilter#NONE}), as before filters existed.
   *
   * @param similarityThreshold the smallest similarity score reported, 0 to 1
   * @param similarCount at most this many similar substances reported
   * @param fingerprint the fingerprint type similarity is computed with
   * @param classDefinitions the generic definitions evaluated, in this order
   * @param namePolicy which name matches may identify a substance
   * @param asOf the date whose controls count; empty for today's
   * @throws IllegalArgumentException when a value is out of range
   */
  public IdentifierSettings(
      double similarityThreshold,
      int similarCount,
      FingerprintType fingerprint,
      List<ClassDefinition> classDefinitions,
      NamePolicy namePolicy,
      Optional<LocalDate> asOf) {
    this(
        similarityThreshold,
        similarCount,
        fingerprint,
        classDefinitions,
        namePolicy,
        asOf,
        SearchFilter.NONE);
  }

  /**
   * Returns the defaults: threshold 0.5, five similar substances, ECFP4, every class definition,
   * typos allowed, today's controls, no filter.
   *
   * @return the default settings
   */
  public static IdentifierSettings defaults() {
    return new IdentifierSettings(
        DEFAULT_THRESHOLD,
        DEFAULT_SIMILAR_COUNT,
        FingerprintType.ECFP4,
        ClassDefinitions.all(),
        NamePolicy.ALLOW_TYPOS,
        Optional.empty());
  }
}
