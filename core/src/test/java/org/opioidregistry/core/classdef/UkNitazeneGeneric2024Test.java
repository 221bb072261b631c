package org.opioidregistry.core.classdef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opioidregistry.core.testing.TestMolecules;

/**
 * The UK 2024 nitazene generic, from the partial wording in shared/data/generic-definitions.md:
 * chapeau (500 u, parent 2-(2-benzylbenzimidazol-1-yl)ethanamine) and clause (i) verbatim, clause
 * (ii) summarised and cut. Expected: "i+ii" etc. when covered, "-" not covered, "?" undetermined (a
 * clause the notes do not hold would be needed).
 */
class UkNitazeneGeneric2024Test {
  private static final Map<String, String> CONTROLLED = TestMolecules.controlled();

  record Case(String name, String smiles, String expected, String why) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    String nitro = "5-nitro on the benzimidazole: clause not in the notes";
    return Stream.of(
        listed("Isotonitazene", "?", nitro),
        listed("Metonitazene", "?", nitro),
        listed("Etonitazene", "?", nitro),
        listed("Clonitazene", "?", nitro),
        listed("Protonitazene", "?", nitro),
        listed("Butonitazene", "?", nitro),
        listed("Etonitazepyne", "?", nitro),
        listed("Etonitazepipne", "?", nitro),
        listed("N-Pyrrolidino protonitazene", "?", nitro),
        listed("N-Pyrrolidino metonitazene", "?", nitro),
        listed("N-Desethyl isotonitazene", "?", nitro),
        listed("Etazene", "i+ii", "N,N-diethyl (i); 4-ethoxy = alkoxy up to C5 (ii)"),
        listed("Brorphine", "-", "benzimidazolone: oxo at C2, no benzyl"),
        listed("Fentanyl", "-", "no benzimidazole"),
        own("parent", "NCCn1c(Cc2ccccc2)nc2ccccc21", "-", "no modification: the parent itself"),
        own("N,N-dimethyl", "CN(C)CCn1c(Cc2ccccc2)nc2ccccc21", "i", "two C1 alkyls"),
        own(
            "N-allyl",
            "C=CCNCCn1c(Cc2ccccc2)nc2ccccc21",
            "i",
            "alkenyl of three carbons, one substituent: 'to any extent'"),
        own(
            "pyrrolidino, 4-chlorobenzyl",
            "Clc1ccc(Cc2nc3ccccc3n2CCN2CCCC2)cc1",
            "i+ii",
            "N in a ring with no chain atom; halogen"),
        own(
            "4-trifluoromethoxy desnitro",
            "CCN(CC)CCn1c(Cc2ccc(OC(F)(F)F)cc2)nc2ccccc21",
            "i+ii",
            "haloalkoxy C1"),
        own(
            "4-hexyloxy desnitro",
            "CCN(CC)CCn1c(Cc2ccc(OCCCCCC)cc2)nc2ccccc21",
            "?",
            "alkoxy C6 exceeds the C5 limit of (ii); later clauses unknown"),
        own(
            "N,N-dibutyl",
            "CCCCN(CCCC)CCn1c(Cc2ccc(OCC)cc2)nc2ccccc21",
            "?",
            "butyl exceeds the three carbons of (i)"),
        own(
            "4-methanesulfonyl",
            "CCN(CC)CCn1c(Cc2ccc(S(C)(=O)=O)cc2)nc2ccccc21",
            "?",
            "alkylsulphonyl's limit is in the cut-off text"),
        own(
            "propylamine chain",
            "CCN(CC)CCCn1c(Cc2ccccc2)nc2ccccc21",
            "?",
            "three-carbon chain: only the amine N is covered by (i)"),
        own(
            "tetraiodobenzyl",
            "CCN(CC)CCn1c(Cc2cc(I)c(I)c(I)c2I)nc2ccccc21",
            "-",
            "811 u: above the 500 u limit of the chapeau"));
  }

  private static Case listed(String name, String expected, String why) {
    return new Case(name, CONTROLLED.get(name), expected, why);
  }

  private static Case own(String name, String smiles, String expected, String why) {
    return new Case(name, smiles, expected, why);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void evaluates(Case c) {
    ClassEvaluation e =
        ClassDefinitions.ukNitazeneGeneric2024().evaluate(TestMolecules.parse(c.smiles()));
    String actual =
        switch (e.coverage()) {
          case COVERED -> e.clauseLabels();
          case NOT_COVERED -> "-";
          case UNDETERMINED -> "?";
        };
    assertEquals(c.expected(), actual, c.name() + " (" + c.why() + "): " + e.summary());
  }

  @Test
  void changesAndReasonsAreReadable() {
    ClassEvaluation etazene =
        ClassDefinitions.ukNitazeneGeneric2024()
            .evaluate(TestMolecules.parse(CONTROLLED.get("Etazene")));
    assertEquals(
        "[i: NH2 → diethylamino, ii: phenyl → 4-ethoxyphenyl]", etazene.changes().toString());
    ClassEvaluation iso =
        ClassDefinitions.ukNitazeneGeneric2024()
            .evaluate(TestMolecules.parse(CONTROLLED.get("Isotonitazene")));
    assertTrue(iso.reason().orElseThrow().startsWith("benzimidazole ring 5-nitro"), iso.summary());
    assertFalse(iso.covered());
    assertTrue(iso.clauses().isEmpty());
  }

  @Test
  void noFentanylIsANitazene() {
    CONTROLLED.forEach(
        (name, smiles) -> {
          if (!FentanylScaffold.decompose(TestMolecules.parse(smiles)).isEmpty()) {
            assertEquals(
                Coverage.NOT_COVERED,
                ClassDefinitions.ukNitazeneGeneric2024()
                    .evaluate(TestMolecules.parse(smiles))
                    .coverage(),
                name);
          }
        });
  }

  @Test
  void metadataSaysTheWordingIsPartial() {
    ClassDefinition d = ClassDefinitions.ukNitazeneGeneric2024();
    assertFalse(d.wordingVerified());
    assertTrue(d.description().startsWith("PARTIAL WORDING"));
    assertTrue(d.effectiveDate().isEmpty());
    assertEquals("GB", d.jurisdiction());
  }
}
