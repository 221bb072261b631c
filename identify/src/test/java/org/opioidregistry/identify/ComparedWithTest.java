package org.opioidregistry.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.search.Relation;

/**
 * {@link Identification#comparedWith()}, the one rule for which registered substance a picture of
 * the class-definition sites is drawn beside, on the bundled registry.
 */
class ComparedWithTest {

  /** The README's unlisted analogue: 4-fluorophenyl and valeryl in place of fentanyl's groups. */
  private static final String ANALOGUE = "CCCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1";

  /** cis-(3R,4S)-3-methylfentanyl, a stereoisomer of the listed 3-methylfentanyl. */
  private static final String CIS_3_METHYLFENTANYL =
      "CCC(=O)N(c1ccccc1)[C@@H]1CCN(CCc2ccccc2)C[C@H]1C";

  private static Identifier identifier;

  @BeforeAll
  static void open() {
    identifier = Identifier.bundled();
  }

  @Test
  void anUnlistedAnalogueIsComparedWithItsNearestSimilarSubstance() {
    Identification id = identifier.identify(ANALOGUE);
    assertTrue(id.listed().isEmpty(), id.listed().toString());
    Substance compared = id.comparedWith().orElseThrow();
    assertEquals(id.similar().get(0).substance(), compared);
    // The README's output names it as the nearest listed substance.
    assertEquals("para-fluorobutyrfentanyl", compared.id().value());
  }

  @Test
  void aListedSubstanceIsNotComparedWithItself() {
    Identification id = identifier.identify(IdentifierTest.FENTANYL);
    assertEquals("fentanyl", id.listed().get(0).substance().id().value());
    Substance compared = id.comparedWith().orElseThrow();
    assertNotEquals("fentanyl", compared.id().value());
    assertNotEquals(
        IdentifierTest.FENTANYL_KEY,
        compared.structure().orElseThrow().inchiKey(),
        "another structure");
    Substance nearest =
        id.similar().stream()
            .map(m -> m.substance())
            .filter(Substance::hasStructure)
            .findFirst()
            .orElseThrow();
    assertEquals(nearest, compared);
  }

  @Test
  void aSaltIsNotComparedWithItsParent() {
    Identification id = identifier.identify(IdentifierTest.FENTANYL + ".Cl");
    assertEquals(Relation.SALT, id.listed().get(0).relation());
    assertNotEquals("fentanyl", id.comparedWith().orElseThrow().id().value());
  }

  @Test
  void aListedMatchOfAnotherStructureComesFirst() {
    Identification id = identifier.identify(CIS_3_METHYLFENTANYL);
    ListedMatch first = id.listed().get(0);
    assertNotEquals(
        id.structure().orElseThrow().inchiKey(),
        first.substance().structure().orElseThrow().inchiKey(),
        "the listed match is another stereoisomer: " + id.listed());
    assertEquals(Optional.of(first.substance()), id.comparedWith());
  }

  @Test
  void withoutAStructureThereIsNothingToCompare() {
    Identification id = identifier.identify("C22H28N2O");
    assertTrue(id.structure().isEmpty(), id.toString());
    assertEquals(Optional.empty(), id.comparedWith());
  }
}
