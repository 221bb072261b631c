package org.opioidregistry.core.mass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Salt formulas as suppliers and monographs write them: fentanyl hydrochloride C22H28N2O·HCl,
 * fentanyl citrate C22H28N2O·C6H8O7 (citric acid C6H8O7), morphine hydrochloride trihydrate
 * C17H19NO3·HCl·3H2O (PubChem; morphine C17H19NO3).
 */
class SaltFormulaTest {

  @Test
  void theParentIsThePartWithTheMostCarbon() {
    SaltFormula hcl = SaltFormula.parse("C22H28N2O.HCl");
    assertEquals("C22H28N2O", hcl.parent().hill());
    assertEquals(List.of("HCl"), hcl.others());
    assertEquals(336.220164, hcl.parent().monoisotopicMass(), 1e-5);

    SaltFormula citrate = SaltFormula.parse("C6H8O7 · C22H28N2O");
    assertEquals("C22H28N2O", citrate.parent().hill());
    assertEquals(List.of("C6H8O7"), citrate.others());

    SaltFormula hydrate = SaltFormula.parse("C17H19NO3·HCl·3H2O");
    assertEquals("C17H19NO3", hydrate.parent().hill());
    assertEquals(List.of("HCl", "3H2O"), hydrate.others());
  }

  @Test
  void detection() {
    assertTrue(SaltFormula.looksLikeOne("C22H28N2O.HCl"));
    assertTrue(SaltFormula.looksLikeOne("HCl.H2O"));
    assertFalse(SaltFormula.looksLikeOne("C22H28N2O"));
    assertFalse(SaltFormula.looksLikeOne("C22H28N2O."));
    assertFalse(SaltFormula.looksLikeOne("fentanyl.HCl"));
  }

  @Test
  void badPartsAndTiesAreRefusedWithTheReason() {
    IllegalArgumentException noParent =
        assertThrows(IllegalArgumentException.class, () -> SaltFormula.parse("HCl.H2O"));
    assertTrue(noParent.getMessage().contains("cannot tell the parent"), noParent.getMessage());
    IllegalArgumentException badPart =
        assertThrows(IllegalArgumentException.class, () -> SaltFormula.parse("C22H28N2O.Xq"));
    assertTrue(badPart.getMessage().contains("'Xq'"), badPart.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SaltFormula.parse("C22H28N2O"));
    assertThrows(
        IllegalArgumentException.class, () -> SaltFormula.parse("C2H6." + "C".repeat(300)));
  }
}
