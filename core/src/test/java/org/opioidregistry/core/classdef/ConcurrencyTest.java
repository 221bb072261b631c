package org.opioidregistry.core.classdef;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.opioidregistry.core.substructure.SearchTarget;
import org.opioidregistry.core.substructure.SubstructureQuery;
import org.opioidregistry.core.substructure.SubstructureSearchResult;
import org.opioidregistry.core.substructure.SubstructureSearcher;
import org.opioidregistry.core.testing.TestMolecules;

/** The thread-safety claims: shared definitions, queries and searchers give the same answers. */
class ConcurrencyTest {
  private static final int THREADS = 8;

  @Test
  void definitionsAndSearchersAreSafeToShare() throws Exception {
    Map<String, String> controlled = TestMolecules.controlled();
    List<IAtomContainer> mols =
        controlled.values().stream().map(TestMolecules::parse).collect(Collectors.toList());
    List<String> expected = summaries(mols);

    List<SearchTarget> targets = new ArrayList<>();
    controlled.forEach(
        (name, smiles) -> targets.add(SearchTarget.ofGraph(name, TestMolecules.parse(smiles))));
    SubstructureSearcher searcher = SubstructureSearcher.of(targets);
    SubstructureQuery query = SubstructureQuery.smarts("c1ccccc1CC");
    SubstructureSearchResult expectedHits = searcher.search(query, 1000, Duration.ofSeconds(600));

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> evaluations = new ArrayList<>();
      List<Future<SubstructureSearchResult>> searches = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        evaluations.add(pool.submit(() -> summaries(mols)));
        searches.add(pool.submit(() -> searcher.search(query, 1000, Duration.ofSeconds(600))));
      }
      for (Future<List<String>> f : evaluations) {
        assertEquals(expected, f.get());
      }
      for (Future<SubstructureSearchResult> f : searches) {
        assertEquals(expectedHits, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> summaries(List<IAtomContainer> mols) {
    List<String> out = new ArrayList<>();
    for (IAtomContainer mol : mols) {
      ClassDefinitions.evaluateAll(mol).values().forEach(e -> out.add(e.summary()));
    }
    return out;
  }
}
