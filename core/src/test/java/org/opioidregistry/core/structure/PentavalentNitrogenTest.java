package org.opioidregistry.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which nitrogens are pentavalent, and the tertiary amines they derive from. */
class PentavalentNitrogenTest {

  private static final String MORPHINE =
      "CN1CC[C@@]23[C@H]4C=C[C@@H]([C@@H]2Oc5c(ccc(C[C@H]41)c53)O)O";

  private static List<String> parents(String smiles) {
    return PentavalentNitrogen.tertiaryParents(StructureParser.parse(smiles)).stream()
        .map(Structure::canonicalSmiles)
        .toList();
  }

  private static boolean present(String smiles) {
    return PentavalentNitrogen.isPresent(StructureParser.parse(smiles).atomContainer());
  }

  @Test
  void quaternaryAmmoniumAndAmineNOxidesArePentavalent() {
    assertTrue(present("C[N+](C)(C)C"));
    assertTrue(present("C[N+](C)([O-])CCC"));
    assertTrue(present("C[N+]1(C)CC[C@@]23[C@H]4C=C[C@@H]([C@@H]2Oc5c(ccc(C[C@H]41)c53)O)O.[Br-]"));
  }

  @Test
  void nitroAromaticNOxidesAndAminesAreNot() {
    assertFalse(present("O=[N+]([O-])c1ccccc1"));
    assertFalse(present("[O-][n+]1ccccc1"));
    assertFalse(present("C[NH+](C)C.[Cl-]")); // standardised to the free base
    assertFalse(present(MORPHINE));
    assertEquals(List.of(), parents(MORPHINE));
  }

  @Test
  void theOxideOxygenOrOneExocyclicGroupComesOff() {
    String morphine = StructureParser.parse(MORPHINE).canonicalSmiles();
    assertEquals(
        List.of(morphine),
        parents("C[N+]1([O-])CC[C@@]23[C@H]4C=C[C@@H]([C@@H]2Oc5c(ccc(C[C@H]41)c53)O)O"));
    assertEquals(
        List.of(morphine),
        parents("C[N+]1(C)CC[C@@]23[C@H]4C=C[C@@H]([C@@H]2Oc5c(ccc(C[C@H]41)c53)O)O.[I-]"));
    // N-ethyl-N-methyl: either group may be the one added; ring bonds never come off.
    List<String> both =
        parents("CC[N+]1(C)CC[C@@]23[C@H]4C=C[C@@H]([C@@H]2Oc5c(ccc(C[C@H]41)c53)O)O.[Br-]");
    assertEquals(2, both.size());
    assertTrue(both.contains(morphine));
    // An N-oxide gives up only its oxygen, not a carbon group.
    assertEquals(List.of("CCCN(C)C"), parents("C[N+](C)([O-])CCC"));
  }
}
