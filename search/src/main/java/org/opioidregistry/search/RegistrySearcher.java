package org.opioidregistry.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A Lucene searcher paired with the in-memory {@link Snapshot} of the same commit, so that a reader
 * who acquires one sees names, structures and fingerprints of one consistent state.
 */
final class RegistrySearcher extends IndexSearcher {

  private final Snapshot snapshot;

  RegistrySearcher(IndexReader reader, Snapshot snapshot) {
    super(reader);
    this.snapshot = snapshot;
  }

  Snapshot snapshot() {
    return snapshot;
  }
}
