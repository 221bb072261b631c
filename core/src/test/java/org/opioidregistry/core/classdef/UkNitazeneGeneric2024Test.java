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
 * The UK 2024 nitazene generic, paragraph 1(ea) as the Act's revised text (2025-01-15) prints it:
 * chapeau (500 u, parent 2-(2-benzylbenzimidazol-1-yl)ethanamine) and clauses (i) to (vii).
 * Expected: "i+ii+iii" etc. when covered, "-" not covered, "?" undetermined (a combination the
 * wording leaves open).
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
    String nitro = "amine (i), benzyl ring alkoxy (ii), 5-nitro (iii)";
    return Stream.of(
        listed("Isotonitazene", "i+ii+iii", nitro),
        listed("Metonitazene", "i+ii+iii", nitro),
        listed("Etonitazene", "i+ii+iii", nitro),
        listed("Clonitazene", "i+ii+iii", "amine (i), 4-chloro (ii), 5-nitro (iii)"),
        listed("Protonitazene", "i+ii+iii", nitro),
        listed("Butonitazene", "i+ii+iii", nitro),
        listed("Etonitazepyne", "i+ii+iii", "pyrrolidine ring (i); " + nitro),
        listed("Etonitazepipne", "i+ii+iii", "piperidine ring (i); " + nitro),
        listed("N-Pyrrolidino protonitazene", "i+ii+iii", nitro),
        listed("N-Pyrrolidino metonitazene", "i+ii+iii", nitro),
        listed("N-Desethyl isotonitazene", "i+ii+iii", "one N-ethyl (i); " + nitro),
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
            "-",
            "alkoxy C6 exceeds the C5 limit of (ii)"),
        own(
            "N,N-dibutyl",
            "CCCCN(CCCC)CCn1c(Cc2ccc(OCC)cc2)nc2ccccc21",
            "-",
            "butyl exceeds the three carbons of (i)"),
        own(
            "4-methanesulfonyl",
            "CCN(CC)CCn1c(Cc2ccc(S(C)(=O)=O)cc2)nc2ccccc21",
            "i+ii",
            "alkylsulphonyl of up to five carbons (ii)"),
        own(
            "propylamine chain",
            "CCN(CC)CCCn1c(Cc2ccccc2)nc2ccccc21",
            "-",
            "three-carbon chain: no clause changes the side chain"),
        own(
            "tetraiodobenzyl",
            "CCN(CC)CCn1c(Cc2cc(I)c(I)c(I)c2I)nc2ccccc21",
            "-",
            "811 u: above the 500 u limit of the chapeau"),
        own(
            "5-acetyl",
            "CC(=O)c1ccc2c(c1)nc(Cc1ccc(OCC)cc1)n2CCN(CC)CC",
            "i+ii+iii",
            "acetyl at the 5- or 6-position (iii)"),
        own(
            "5-trifluoromethyl, 5-position by the other nitrogen",
            "FC(F)(F)c1ccc2c(c1)n(CCN(C)C)c(Cc1ccc(Cl)cc1)n2",
            "i+ii+iii",
            "trifluoromethyl (iii); the numbering starts from N1, whichever way the SMILES runs"),
        own(
            "4-nitro",
            "CCN(CC)CCn1c(Cc2ccc(OCC)cc2)nc2c([N+](=O)[O-])cccc21",
            "-",
            "(iii) allows the 5- and 6-positions only"),
        own(
            "5-amino",
            "Nc1ccc2c(c1)nc(Cc1ccc(OCC)cc1)n2CCN(CC)CC",
            "-",
            "amino is not among the groups of (iii)"),
        own(
            "alpha-methylbenzyl",
            "CCN(CC)CCn1c(C(C)c2ccc(OCC)cc2)nc2cc([N+](=O)[O-])ccc21",
            "i+ii+iii+iv",
            "one methyl at the benzylic carbon (iv)"),
        own(
            "alpha-ethylbenzyl",
            "CCN(CC)CCn1c(C(CC)c2ccccc2)nc2ccccc21",
            "-",
            "(iv) allows a methyl only"),
        own(
            "2-phenoxy",
            "CCN(CC)CCn1c(Oc2ccc(OCC)cc2)nc2cc([N+](=O)[O-])ccc21",
            "i+ii+iii+v",
            "oxygen for the benzylic carbon (v)"),
        own(
            "2-anilino",
            "CCN(CC)CCn1c(Nc2ccc(OCC)cc2)nc2ccccc21",
            "i+ii+v",
            "nitrogen for the benzylic carbon (v)"),
        own(
            "2-phenylthio",
            "CCN(CC)CCn1c(Sc2ccccc2)nc2ccccc21",
            "i+v",
            "sulphur for the benzylic carbon (v)"),
        own(
            "2-(N-methylanilino)",
            "CCN(CC)CCn1c(N(C)c2ccccc2)nc2ccccc21",
            "?",
            "(iv) names a methyl on the benzylic carbon, not on the nitrogen of (v)"),
        own(
            "ethyleneoxynitazene",
            "CCN(CC)CCn1c(Cc2ccc3OCCc3c2)nc2cc([N+](=O)[O-])ccc21",
            "i+iii+vi",
            "2,3-dihydrobenzofuran-5-ylmethyl (vi)"),
        own(
            "methylenedioxy",
            "CCN(CC)CCn1c(Cc2ccc3OCOc3c2)nc2cc([N+](=O)[O-])ccc21",
            "i+iii+vii",
            "methylenedioxyphenyl for phenyl (vii)"),
        own(
            "ethylenedioxy",
            "CCN(CC)CCn1c(Cc2ccc3OCCOc3c2)nc2ccccc21",
            "-",
            "(vii) names methylenedioxyphenyl only"),
        own(
            "methylenedioxy, chloro",
            "CCN(CC)CCn1c(Cc2cc(Cl)c3OCOc3c2)nc2ccccc21",
            "?",
            "(ii) names groups on the phenyl ring, which (vii) replaced"),
        own(
            "pyridin-4-ylmethyl",
            "CCN(CC)CCn1c(Cc2ccncc2)nc2ccccc21",
            "-",
            "no clause replaces the phenyl by a pyridine"),
        own(
            "naphthalen-2-ylmethyl",
            "CCN(CC)CCn1c(Cc2ccc3ccccc3c2)nc2ccccc21",
            "-",
            "a fused benzo ring is neither (vi) nor (vii)"));
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
    assertEquals(
        "[i: NH2 → diethylamino, ii: phenyl → 4-isopropoxyphenyl, iii: H → 5-nitro]",
        iso.changes().toString());
    ClassEvaluation proto =
        ClassDefinitions.ukNitazeneGeneric2024()
            .evaluate(TestMolecules.parse(CONTROLLED.get("Protonitazene")));
    assertTrue(proto.changes().toString().contains("phenyl → 4-propoxyphenyl"), proto.summary());
    ClassEvaluation fourNitro =
        ClassDefinitions.ukNitazeneGeneric2024()
            .evaluate(TestMolecules.parse("CCN(CC)CCn1c(Cc2ccc(OCC)cc2)nc2c([N+](=O)[O-])cccc21"));
    assertTrue(
        fourNitro.reason().orElseThrow().startsWith("benzimidazole 4-nitro"), fourNitro.summary());
    assertFalse(fourNitro.covered());
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
  void metadataCitesTheRevisedTextAndTheOrdersDay() {
    ClassDefinition d = ClassDefinitions.ukNitazeneGeneric2024();
    assertTrue(d.wordingVerified());
    assertEquals(7, d.clauses().size());
    assertTrue(d.legalSource().contains("SI 2024/1361"), d.legalSource());
    assertEquals(java.time.LocalDate.of(2025, 1, 15), d.effectiveDate().orElseThrow());
    assertEquals("GB", d.jurisdiction());
  }
}
