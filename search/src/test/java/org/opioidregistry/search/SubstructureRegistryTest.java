package org.opioidregistry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.core.substructure.SubstructureQuery;
import org.opioidregistry.data.ReferenceData;

/** The 4-anilidopiperidine core over the bundled registry: every fentanyl, no nitazene. */
class SubstructureRegistryTest {

  @Test
  void anilidopiperidineCoreFindsTheFentanylsAndNoNitazene() throws IOException {
    List<Substance> all = ReferenceData.bundled().substances();
    try (Registry registry = Registry.inMemory(all)) {
      // N-aryl amide on the 4-position of a piperidine.
      SubstructureQuery core = SubstructureQuery.smarts("O=C[NX3](a)[CH0,CH1]1CCNCC1");
      SubstructureResult result = registry.findSubstructure(core, 1_000, Duration.ofSeconds(30));
      assertFalse(result.timedOut());
      Set<String> found =
          result.hits().stream().map(h -> h.substance().id().value()).collect(Collectors.toSet());
      for (Substance s : all) {
        if (s.substanceClass() == SubstanceClass.FENTANYL_ANALOGUE) {
          assertTrue(found.contains(s.id().value()), "missed " + s.id());
        }
        if (s.substanceClass() == SubstanceClass.NITAZENE) {
          assertFalse(found.contains(s.id().value()), "nitazene matched: " + s.id());
        }
      }
      assertTrue(result.screenedOut() > 0, "the screen rejected nothing");
      // O, C, N, an aromatic atom and the six piperidine atoms: ten atoms to highlight.
      assertEquals(10, result.hits().get(0).match().targetAtoms().size());
      assertEquals(all.size(), result.examined());
    }
  }
}
