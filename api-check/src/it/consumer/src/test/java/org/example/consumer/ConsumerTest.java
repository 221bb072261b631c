package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.Verdict;

/** What an application sees through the installed artifacts alone. */
class ConsumerTest {

  private static final Identifier IDENTIFIER = Identifier.bundled();

  @Test
  void fentanylHydrochlorideIsListed() {
    assertEquals(
        Verdict.LISTED,
        IDENTIFIER.identify("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl").verdict());
  }

  @Test
  void anUnlistedFentanylAnalogueIsCoveredByAClassDefinition() {
    // N-(4-fluorophenyl)-N-[1-(2-phenylethyl)piperidin-4-yl]pentanamide: the README's example.
    assertEquals(
        Verdict.COVERED_BY_CLASS_DEFINITION,
        IDENTIFIER.identify("CCCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1").verdict());
  }
}
