package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.structure.IdentityKeys;
import org.opioidregistry.core.structure.IdentityLayer;
import org.opioidregistry.core.substance.Substance;

/**
 * The tautomer layer over the whole bundled registry: two listed substances share a tautomer key
 * only when they also share their connectivity (stereoisomers such as dextromethorphan and
 * levomethorphan, which the data lists apart on purpose): no pair of distinct substances collapses
 * through the tautomer rules. If a future pair were real tautomers listed apart, it would have to
 * be explained in the rows' notes and listed here. Cross-check outside the project: RDKit 2022.09's
 * canonical tautomers of the 91 structures of the first data release are 91 distinct SMILES too.
 */
class BundledIdentityKeysTest {

  @Test
  void substancesShareATautomerKeyOnlyWhenTheyShareTheirConnectivity() {
    List<Substance> withStructure =
        ReferenceData.bundled().substances().stream().filter(Substance::hasStructure).toList();
    assertTrue(withStructure.size() >= 91, "the bundled data has its structures");
    Map<String, IdentityLayer> tautomersOnly = new TreeMap<>();
    List<String> stereoPairs = new ArrayList<>();
    for (int i = 0; i < withStructure.size(); i++) {
      for (int j = i + 1; j < withStructure.size(); j++) {
        IdentityKeys a = withStructure.get(i).structure().orElseThrow().identityKeys();
        IdentityKeys b = withStructure.get(j).structure().orElseThrow().identityKeys();
        IdentityLayer layer = a.sharedLayer(b);
        String pair = withStructure.get(i).id() + " / " + withStructure.get(j).id();
        if (layer == IdentityLayer.TAUTOMER_INSENSITIVE) {
          tautomersOnly.put(pair, layer);
        } else if (layer != IdentityLayer.FORMULA && layer != IdentityLayer.NONE) {
          stereoPairs.add(pair + " " + layer);
        }
      }
    }
    assertEquals(Map.of(), tautomersOnly, "pairs that only the tautomer key joins");
    // Stereoisomer pairs exist (listed apart by the treaties) and are reported as such.
    stereoPairs.forEach(p -> assertTrue(!p.endsWith("FULL"), "two rows with one InChIKey: " + p));
  }
}
