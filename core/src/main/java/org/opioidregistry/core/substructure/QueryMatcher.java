package org.opioidregistry.core.substructure;

import java.util.Optional;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.AtomMatcher;
import org.openscience.cdk.isomorphism.BondMatcher;
import org.openscience.cdk.isomorphism.Pattern;
import org.openscience.cdk.isomorphism.VentoFoggia;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;

/**
 * Single-use, single-thread matcher for one query call.
 *
 * <p>CDK patterns and SMARTS expressions are not documented as safe to share between threads (a
 * recursive SMARTS expression builds its own pattern lazily), so every call parses its own query
 * and builds its own pattern. The atom matcher checks the deadline: VF2 compares atoms constantly,
 * so this bounds even a search that never yields a mapping.
 */
final class QueryMatcher {
  private final Pattern pattern;
  private final Deadline deadline;

  QueryMatcher(QueryAtomContainer query, Deadline deadline) {
    this.deadline = deadline;
    AtomMatcher atoms = AtomMatcher.forQuery();
    BondMatcher bonds = BondMatcher.forQuery();
    this.pattern =
        VentoFoggia.findSubstructure(
            query,
            new AtomMatcher() {
              @Override
              public boolean matches(IAtom queryAtom, IAtom targetAtom) {
                deadline.tick();
                return atoms.matches(queryAtom, targetAtom);
              }
            },
            new BondMatcher() {
              @Override
              public boolean matches(IBond queryBond, IBond targetBond) {
                deadline.tick();
                return bonds.matches(queryBond, targetBond);
              }
            });
  }

  Deadline deadline() {
    return deadline;
  }

  /**
   * First mapping in a target prepared by {@link PreparedGraphs#prepare}.
   *
   * @throws SubstructureTimeoutException when the deadline passes
   */
  Optional<SubstructureMatch> firstMatch(IAtomContainer preparedTarget) {
    deadline.check();
    int[] mapping = pattern.match(preparedTarget);
    return mapping.length == 0 ? Optional.empty() : Optional.of(SubstructureMatch.of(mapping));
  }
}
