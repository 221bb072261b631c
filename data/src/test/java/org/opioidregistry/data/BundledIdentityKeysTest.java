package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.structure.IdentityLayer;
import org.opioidregistry.core.substance.Substance;

/**
 * The tautomer layer over the whole bundled registry: no two listed substances share a tautomer
 * key, so a tautomer match always names one substance. (If a future row did share one, the pair
 * would have to be a real tautomer pair, explained in the rows' notes, and listed here.)
 * Cross-check outside the project: RDKit 2022.09's canonical tautomers (TautomerEnumerator) of the
 * 91 rows' SMILES are 91 distinct SMILES as well.
 */
class BundledIdentityKeysTest {

  @Test
  void noTwoListedSubstancesShareATautomerKey() {
    List<Substance> substances = ReferenceData.bundled().substances();
    Map<String, List<String>> byKey =
        substances.stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.structure().identityKeys().tautomer(),
                    TreeMap::new,
                    Collectors.mapping(s -> s.id().value(), Collectors.toList())));
    Map<String, List<String>> shared = new TreeMap<>();
    byKey.forEach(
        (key, ids) -> {
          if (ids.size() > 1) {
            shared.put(key, ids);
          }
        });
    assertEquals(Map.of(), shared, "substances sharing a tautomer key");
    assertEquals(substances.size(), byKey.size());
  }

  @Test
  void everyPairOfListedSubstancesSharesAtMostTheFormula() {
    List<Substance> substances = ReferenceData.bundled().substances();
    Map<String, IdentityLayer> closer = new TreeMap<>();
    for (int i = 0; i < substances.size(); i++) {
      for (int j = i + 1; j < substances.size(); j++) {
        Substance a = substances.get(i);
        Substance b = substances.get(j);
        IdentityLayer layer =
            a.structure().identityKeys().sharedLayer(b.structure().identityKeys());
        if (layer != IdentityLayer.FORMULA && layer != IdentityLayer.NONE) {
          closer.put(a.id() + " / " + b.id(), layer);
        }
      }
    }
    assertEquals(Map.of(), closer);
  }
}
