package org.opioidregistry.core.substructure;

/**
 * A target that contains the query, with the first embedding found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index position of the target in the searcher's list
 * @param id the target's identifier
 * @param match target atom indices, one per query atom
 */
public record SubstructureHit(int index, String id, SubstructureMatch match) {}
