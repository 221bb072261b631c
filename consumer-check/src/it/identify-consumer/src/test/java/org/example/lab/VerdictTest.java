package org.example.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.Verdict;

/** What a laboratory's application gets from the one library call, as the command line does. */
class VerdictTest {

  private final Identifier identifier = Identifier.bundled();

  @Test
  void fentanylHydrochlorideIsListed() {
    Identification id = identifier.identify("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl");
    assertEquals(Verdict.LISTED, id.verdict());
    assertEquals("fentanyl", id.listed().get(0).substance().id().value());
  }

  @Test
  void anUnlistedFentanylAnalogueIsCoveredByAClassDefinition() {
    // para-Fluorovalerylfentanyl: not listed by name; the generic fentanyl definitions cover it.
    Identification id = identifier.identify("CCCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1");
    assertEquals(Verdict.COVERED_BY_CLASS_DEFINITION, id.verdict());
  }
}
