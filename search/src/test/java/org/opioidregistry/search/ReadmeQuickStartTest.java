package org.opioidregistry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.data.ReferenceData;

/** The README's Java quick start, run as written, so that the README stays true. */
class ReadmeQuickStartTest {

  @Test
  void quickStart() throws IOException {
    // --- README quick start, begin ---
    try (Registry registry = Registry.inMemory(ReferenceData.bundled().substances())) {
      Structure seized = StructureParser.parse("CCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1.Cl");
      IdentityResult identity = registry.findByStructure(seized);
      List<SimilarityMatch> similar = registry.findSimilar(seized, 0.5, 3);
      List<NameMatch> names = registry.findByName("p-fluorofentanyl", 1);
      // --- README quick start, end ---
      assertEquals("para-fluorofentanyl", identity.exact().get(0).substance().id().value());
      assertEquals(Relation.SALT, identity.exact().get(0).relation());
      assertEquals("removed: hydrogen chloride", seized.standardization().toString());
      assertEquals("para-fluorofentanyl", similar.get(0).substance().id().value());
      assertEquals("para-fluorofentanyl", names.get(0).substance().id().value());
    }
  }
}
