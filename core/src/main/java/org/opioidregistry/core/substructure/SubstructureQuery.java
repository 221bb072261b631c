package org.opioidregistry.core.substructure;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smarts.Smarts;
import org.openscience.cdk.smarts.SmartsResult;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * A substructure query: a SMARTS pattern and its screen fingerprint.
 *
 * <pre>{@code
 * SubstructureQuery core = SubstructureQuery.smarts("O=C-N(-c1ccccc1)-C1CCNCC1");
 * Optional<SubstructureMatch> m = core.firstMatch(molecule, Duration.ofSeconds(1));
 * }</pre>
 *
 * <p>A query built from a structure ({@link #of(IAtomContainer)}) is its aromatic SMILES read as
 * SMARTS: elements, charges, aromaticity and bond orders must agree; hydrogens count only where the
 * SMILES writes them in brackets. Stereochemistry is ignored.
 *
 * <p>Instances are immutable and thread-safe: every match parses its own private copy of the
 * pattern, because CDK patterns are not safe to share between threads.
 */
public final class SubstructureQuery {
  /**
   * Longest SMARTS accepted, in characters. Further limits: printable ASCII only, at most 100
   * logical operators in one bracket atom, nesting at most 64 deep, no ring counts inside recursive
   * SMARTS, and ring counts only on targets with at most 64 independent rings.
   */
  public static final int MAX_SMARTS_LENGTH = 4_000;

  private final String smarts;
  private final ScreenFingerprint screen;

  private SubstructureQuery(String smarts, ScreenFingerprint screen) {
    this.smarts = smarts;
    this.screen = screen;
  }

  /**
   * Parses a SMARTS query.
   *
   * @param smarts Daylight SMARTS
   * @return the query
   * @throws InvalidSmartsException if the SMARTS is empty, too long or invalid; names the position
   */
  public static SubstructureQuery smarts(String smarts) {
    Objects.requireNonNull(smarts, "smarts");
    QueryAtomContainer query = parse(smarts);
    return new SubstructureQuery(smarts, PathFeatures.ofQuery(query));
  }

  /**
   * Builds a query that finds the given structure as a substructure.
   *
   * @param structure a molecule with implicit hydrogen counts set; it is not modified
   * @return the query
   * @throws IllegalArgumentException if no SMILES can be written for the structure
   */
  public static SubstructureQuery of(IAtomContainer structure) {
    Objects.requireNonNull(structure, "structure");
    try {
      IAtomContainer copy = structure.clone();
      AtomContainerManipulator.suppressHydrogens(copy);
      new Aromaticity(Aromaticity.Model.Daylight, Cycles.or(Cycles.all(), Cycles.all(6)))
          .apply(copy);
      String smiles =
          new SmilesGenerator(SmiFlavor.Canonical | SmiFlavor.UseAromaticSymbols).create(copy);
      return smarts(smiles);
    } catch (CDKException | CloneNotSupportedException e) {
      throw new IllegalArgumentException(
          "Cannot build a query from structure: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the SMARTS of this query.
   *
   * @return the pattern text
   */
  public String smarts() {
    return smarts;
  }

  /**
   * Returns the screen fingerprint; empty when the query has no definite-element features (e.g.
   * {@code [C,N]~*}), in which case screening passes every target.
   *
   * @return the screen
   */
  public ScreenFingerprint screen() {
    return screen;
  }

  /**
   * Returns whether the screen can reject any target.
   *
   * @return true if the screen has at least one bit
   */
  public boolean isScreenable() {
    return screen.cardinality() > 0;
  }

  /**
   * Finds the first embedding of this query in a target.
   *
   * @param target the molecule to search; not modified (a prepared copy is matched)
   * @param timeout the time bound for matching
   * @return the match, or empty if the query does not occur
   * @throws SubstructureTimeoutException if matching exceeds {@code timeout}
   */
  public Optional<SubstructureMatch> firstMatch(IAtomContainer target, Duration timeout) {
    return newMatcher(Deadline.after(timeout, smarts)).firstMatch(PreparedGraphs.prepare(target));
  }

  /**
   * Returns whether this query occurs in the target.
   *
   * @param target the molecule to search; not modified
   * @param timeout the time bound for matching
   * @return true if there is at least one embedding
   * @throws SubstructureTimeoutException if matching exceeds {@code timeout}
   */
  public boolean matches(IAtomContainer target, Duration timeout) {
    return firstMatch(target, timeout).isPresent();
  }

  QueryMatcher newMatcher(Deadline deadline) {
    return new QueryMatcher(parse(smarts), deadline);
  }

  private static QueryAtomContainer parse(String smarts) {
    if (smarts.isEmpty()) {
      throw new InvalidSmartsException(smarts, 0, "empty query");
    }
    if (smarts.length() > MAX_SMARTS_LENGTH) {
      throw new InvalidSmartsException(
          smarts, MAX_SMARTS_LENGTH, "longer than " + MAX_SMARTS_LENGTH + " characters");
    }
    SmartsLimits.checkText(smarts);
    QueryAtomContainer query = new QueryAtomContainer(SilentChemObjectBuilder.getInstance());
    SmartsResult result;
    try {
      result = Smarts.parseToResult(query, smarts);
    } catch (RuntimeException e) {
      // The CDK parser is not fuzz-hardened; never let its internals escape as a crash.
      throw new InvalidSmartsException(smarts, 0, "unparseable (" + e + ")");
    } catch (StackOverflowError e) {
      // The limits above keep a default stack far from this; a small caller's stack may not be.
      throw new InvalidSmartsException(smarts, 0, "too deeply nested for this thread's stack");
    }
    if (!result.ok()) {
      // CDK reports one past the failing character and can overshoot the end; make it a
      // zero-based index inside the text.
      int position = Math.max(0, Math.min(result.getPosition() - 1, smarts.length()));
      throw new InvalidSmartsException(smarts, position, result.getMessage());
    }
    SmartsLimits.checkQuery(smarts, query);
    return query;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubstructureQuery other && smarts.equals(other.smarts);
  }

  @Override
  public int hashCode() {
    return smarts.hashCode();
  }

  @Override
  public String toString() {
    return "SubstructureQuery[" + smarts + "]";
  }
}
