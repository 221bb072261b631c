package org.opioidregistry.core.substructure;

import java.util.Objects;
import java.util.Optional;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * One molecule prepared for substructure search: an id, its precomputed screen fingerprint, and
 * either a prepared graph held in memory or a SMILES parsed again for each match (which trades time
 * for memory in large collections).
 *
 * <pre>{@code
 * SearchTarget t = SearchTarget.ofSmiles("fentanyl", "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
 * }</pre>
 *
 * <p>Instances are immutable in effect and thread-safe: a held graph is only read during matching,
 * and reads are serialised on it because CDK does not promise that SMARTS evaluation never caches
 * on atoms.
 */
public final class SearchTarget {
  private final String id;
  private final ScreenFingerprint screen;
  private final String smiles;
  private final IAtomContainer graph;

  private SearchTarget(String id, ScreenFingerprint screen, String smiles, IAtomContainer graph) {
    this.id = Objects.requireNonNull(id, "id");
    this.screen = screen;
    this.smiles = smiles;
    this.graph = graph;
  }

  /**
   * A target kept as SMILES; the graph is parsed again whenever it must be matched.
   *
   * @param id the caller's identifier
   * @param smiles the structure
   * @return the target, with its screen computed now
   * @throws IllegalArgumentException if the SMILES is invalid
   */
  public static SearchTarget ofSmiles(String id, String smiles) {
    Objects.requireNonNull(smiles, "smiles");
    IAtomContainer mol = PreparedGraphs.parseAndPrepare(smiles);
    return new SearchTarget(id, PathFeatures.ofTarget(mol), smiles, null);
  }

  /**
   * A target kept as SMILES with a screen computed earlier (e.g. loaded from an index).
   *
   * @param id the caller's identifier
   * @param smiles the structure, parsed only when it must be matched (not validated now: an invalid
   *     SMILES makes the search that reaches it throw {@link IllegalArgumentException})
   * @param screen the screen fingerprint previously computed by {@link #screenOf(IAtomContainer)}
   * @return the target
   */
  public static SearchTarget ofSmiles(String id, String smiles, ScreenFingerprint screen) {
    return new SearchTarget(
        id, Objects.requireNonNull(screen, "screen"), Objects.requireNonNull(smiles), null);
  }

  /**
   * A target held as a prepared in-memory graph. Match indices refer to the atoms of {@code mol}.
   *
   * @param id the caller's identifier
   * @param mol the structure; copied, not modified
   * @return the target
   */
  public static SearchTarget ofGraph(String id, IAtomContainer mol) {
    IAtomContainer prepared = PreparedGraphs.prepare(Objects.requireNonNull(mol, "mol"));
    return new SearchTarget(id, PathFeatures.ofTarget(prepared), null, prepared);
  }

  /**
   * Computes the screen fingerprint of a structure, for storing alongside it.
   *
   * @param mol the structure; not modified
   * @return its screen
   */
  public static ScreenFingerprint screenOf(IAtomContainer mol) {
    // Path features read elements and bonds only, which SMARTS preparation (rings, aromaticity)
    // does not change: no copy is needed.
    return PathFeatures.ofTarget(Objects.requireNonNull(mol, "mol"));
  }

  /**
   * Returns the caller's identifier.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the precomputed screen fingerprint.
   *
   * @return the screen
   */
  public ScreenFingerprint screen() {
    return screen;
  }

  Optional<SubstructureMatch> match(QueryMatcher matcher) {
    if (graph == null) {
      return matcher.firstMatch(PreparedGraphs.parseAndPrepare(smiles));
    }
    synchronized (graph) {
      return matcher.firstMatch(graph);
    }
  }

  @Override
  public String toString() {
    return "SearchTarget[" + id + "]";
  }
}
