package org.opioidregistry.core.substructure;

import java.util.Optional;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.AtomMatcher;
import org.openscience.cdk.isomorphism.BondMatcher;
import org.openscience.cdk.isomorphism.Pattern;
import org.openscience.cdk.isomorphism.VentoFoggia;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;
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
  private final boolean usesRingCounts;
  private RingCounts ringCounts;

  QueryMatcher(QueryAtomContainer query, Deadline deadline) {
    this.deadline = deadline;
    this.usesRingCounts = usesRingCounts(query);
    AtomMatcher atoms = AtomMatcher.forQuery();
    BondMatcher bonds = BondMatcher.forQuery();
    this.pattern =
        VentoFoggia.findSubstructure(
            query,
            new AtomMatcher() {
              @Override
              public boolean matches(IAtom queryAtom, IAtom targetAtom) {
                deadline.tick();
                if (ringCounts != null && queryAtom instanceof QueryAtom q) {
                  return ringCounts.matches(q.getExpression(), targetAtom);
                }
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

  private static boolean usesRingCounts(QueryAtomContainer query) {
    for (IAtom atom : query.atoms()) {
      if (atom instanceof QueryAtom q && SmartsLimits.usesRingCount(q.getExpression())) {
        return true;
      }
    }
    return false;
  }

  Deadline deadline() {
    return deadline;
  }

  /**
   * First mapping in a target prepared by {@link PreparedGraphs#prepare}.
   *
   * @throws SubstructureTimeoutException when the deadline passes, or when the query counts rings
   *     on a target with too many of them to count within a time bound
   */
  Optional<SubstructureMatch> firstMatch(IAtomContainer preparedTarget) {
    deadline.check();
    ringCounts =
        usesRingCounts ? RingCounts.of(preparedTarget, deadline.query(), deadline.limit()) : null;
    deadline.check();
    int[] mapping = pattern.match(preparedTarget);
    return mapping.length == 0 ? Optional.empty() : Optional.of(SubstructureMatch.of(mapping));
  }
}
