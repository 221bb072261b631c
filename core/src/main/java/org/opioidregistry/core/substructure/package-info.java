/**
 * Substructure search: a {@link org.opioidregistry.core.substructure.SubstructureQuery} (SMARTS, or
 * a structure read as SMARTS) screened with a path-based {@link
 * org.opioidregistry.core.substructure.ScreenFingerprint} and then matched with CDK's VF2 under a
 * time bound; {@link org.opioidregistry.core.substructure.SubstructureSearcher} runs a query over
 * many prepared {@link org.opioidregistry.core.substructure.SearchTarget}s with a hit limit and
 * reports how many were screened out.
 *
 * <p>The screen is sound by construction: its features are simple paths labelled by element only,
 * which any embedding of the query maps onto paths of the target; query atoms without one definite
 * element are left out of the paths. CDK patterns are not shared across threads: each call parses
 * its own. All public types are immutable and thread-safe.
 */
package org.opioidregistry.core.substructure;
