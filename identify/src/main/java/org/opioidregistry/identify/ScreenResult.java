package org.opioidregistry.identify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opioidregistry.core.structure.Standardization;
import org.opioidregistry.search.SimilarityMatch;

/**
 * What a {@link Screener} found for one structure record: the verdict and its grounds, as {@link
 * Identifier#identify(Query)} would give them, with the structure's identity keys only where they
 * were computed.
 *
 * <p>A record the screen sent on to the {@link Identifier} (one that may match a registered
 * substance or be covered by a definition) carries that {@link #identification()}; every other
 * field is then taken from it. A record the screen could decide without InChI has no
 * identification: its verdict can only be {@link Verdict#SIMILAR_TO_LISTED} or {@link
 * Verdict#NO_LISTED_MATCH}, it has no listed matches, and its class-definition results say that no
 * scaffold was found; its InChIKey is present only when the screen was asked for keys.
 *
 * <p>Immutable and thread-safe.
 *
 * @param record the record number, from 1
 * @param query the query as read
 * @param verdict the verdict, equal to the identifier's
 * @param identification the identifier's full record, when the screen asked for it
 * @param inchiKey the standard InChIKey of the standardised parent, when computed
 * @param canonicalSmiles the canonical SMILES of the parent, when the full structure was computed
 * @param formula the parent's Hill formula
 * @param monoisotopicMass the parent's monoisotopic mass
 * @param standardization what standardisation removed or changed
 * @param listed registered substances the structure is, or is an isomer of
 * @param similar the most similar registered substances
 * @param classDefinitions every configured definition's evaluation
 * @param warnings what the reader should know about the record
 * @param provenance how it was reached (without identity keys when the screen computed none)
 */
public record ScreenResult(
    long record,
    Query query,
    Verdict verdict,
    Optional<Identification> identification,
    Optional<String> inchiKey,
    Optional<String> canonicalSmiles,
    String formula,
    double monoisotopicMass,
    Standardization standardization,
    List<ListedMatch> listed,
    List<SimilarityMatch> similar,
    List<ClassDefinitionResult> classDefinitions,
    List<String> warnings,
    Provenance provenance) {

  /** Validates and copies the components. */
  public ScreenResult {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(identification, "identification");
    Objects.requireNonNull(inchiKey, "inchiKey");
    Objects.requireNonNull(canonicalSmiles, "canonicalSmiles");
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(standardization, "standardization");
    listed = List.copyOf(listed);
    similar = List.copyOf(similar);
    classDefinitions = List.copyOf(classDefinitions);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(provenance, "provenance");
  }

  /**
   * The result for a record the identifier identified in full.
   *
   * @param record the record number
   * @param id the identification, with a structure
   * @return the result
   * @throws IllegalArgumentException when the identification has no structure
   */
  static ScreenResult of(long record, Identification id) {
    var s =
        id.structure()
            .orElseThrow(() -> new IllegalArgumentException("a screened record has a structure"));
    return new ScreenResult(
        record,
        id.query(),
        id.verdict(),
        Optional.of(id),
        Optional.of(s.inchiKey()),
        Optional.of(s.canonicalSmiles()),
        s.formula(),
        s.monoisotopicMass(),
        s.standardization(),
        id.listed(),
        id.similar(),
        id.classDefinitions(),
        id.warnings(),
        id.provenance());
  }

  /**
   * How this result differs from the identifier's full identification of the same query: the
   * verdict, listed matches (substance, relation, whether it counts), class-definition results,
   * similar substances (substance and score), warnings, formula, mass (to 1e-9 Da: CDK sums isotope
   * masses in hash order), standardisation, and the InChIKey where this result has one. Empty when
   * they agree; used to prove a screen against the identifier.
   *
   * @param id the identifier's identification of {@link #query()}
   * @return one line per difference
   */
  public List<String> differencesFrom(Identification id) {
    List<String> out = new java.util.ArrayList<>();
    var s = id.structure();
    compare(out, "verdict", verdict, id.verdict());
    compare(out, "listed", listedKeys(listed), listedKeys(id.listed()));
    compare(out, "class definitions", classDefinitions, id.classDefinitions());
    compare(out, "similar", similarKeys(similar), similarKeys(id.similar()));
    compare(out, "warnings", warnings, id.warnings());
    compare(out, "formula", formula, s.map(x -> x.formula()).orElse(""));
    if (s.isPresent() && Math.abs(monoisotopicMass - s.get().monoisotopicMass()) > 1e-9) {
      out.add("mass: " + monoisotopicMass + " vs " + s.get().monoisotopicMass());
    }
    compare(out, "standardization", standardization, s.map(x -> x.standardization()).orElse(null));
    if (inchiKey.isPresent()) {
      compare(out, "inchikey", inchiKey.get(), s.map(x -> x.inchiKey()).orElse(""));
    }
    return out;
  }

  private static void compare(List<String> out, String what, Object mine, Object theirs) {
    if (!Objects.equals(mine, theirs)) {
      out.add(what + ": " + mine + " vs " + theirs);
    }
  }

  private static List<String> listedKeys(List<ListedMatch> matches) {
    return matches.stream()
        .map(m -> m.substance().id().value() + " " + m.relation() + " " + m.countsForVerdict())
        .toList();
  }

  private static List<String> similarKeys(List<SimilarityMatch> matches) {
    return matches.stream().map(m -> m.substance().id().value() + " " + m.score()).toList();
  }

  /**
   * Whether a definition covers the structure.
   *
   * @return true if any class-definition result is covered
   */
  public boolean covered() {
    return classDefinitions.stream().anyMatch(ClassDefinitionResult::covered);
  }

  /**
   * Whether the record found anything a reviewer should look at (listed, covered or similar).
   *
   * @return true unless the verdict is {@link Verdict#NO_LISTED_MATCH} and nothing is listed
   */
  public boolean foundSomething() {
    return identification.map(Identification::foundSomething).orElse(verdict.foundSomething());
  }
}
