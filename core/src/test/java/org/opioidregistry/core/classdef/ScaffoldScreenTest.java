package org.opioidregistry.core.classdef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.opioidregistry.core.structure.InputFormat;
import org.opioidregistry.core.structure.ParseLimits;
import org.opioidregistry.core.structure.PreparedStructure;
import org.opioidregistry.core.structure.ScreenGraph;
import org.opioidregistry.core.structure.StructureParseException;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substructure.ScreenFingerprint;
import org.opioidregistry.core.substructure.SearchTarget;
import org.opioidregistry.core.testing.TestMolecules;

/**
 * The scaffold screen must never change an evaluation: on every structure of the definition tests
 * (all covered and undetermined ones included), on every controlled structure, and on every
 * single-atom element swap of them (near misses on both sides of each scaffold's boundary), the
 * screened {@code evaluateAll} equals the unscreened one, and a structure the screen rules out is
 * evaluated exactly as one without either scaffold.
 */
class ScaffoldScreenTest {

  private static Set<String> structures() {
    Set<String> smiles = new LinkedHashSet<>();
    Map<String, String> controlled = TestMolecules.controlled();
    smiles.addAll(controlled.values());
    Stream.concat(
            FentanylClassDefinitionsTest.allCases()
                .map(c -> c.smiles() != null ? c.smiles() : controlled.get(c.name())),
            UkNitazeneGeneric2024Test.cases()
                .map(c -> c.smiles() != null ? c.smiles() : controlled.get(c.name())))
        .forEach(smiles::add);
    return smiles;
  }

  /** Every SMILES with one organic-subset C/N/c/n outside brackets swapped for the other. */
  private static List<String> elementSwaps(String smiles) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < smiles.length(); i++) {
      char c = smiles.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (depth == 0 && "CNcn".indexOf(c) >= 0) {
        boolean chlorine = c == 'C' && i + 1 < smiles.length() && smiles.charAt(i + 1) == 'l';
        if (!chlorine) {
          char swap =
              switch (c) {
                case 'C' -> 'N';
                case 'N' -> 'C';
                case 'c' -> 'n';
                default -> 'c';
              };
          out.add(smiles.substring(0, i) + swap + smiles.substring(i + 1));
        }
      }
    }
    return out;
  }

  @Test
  void screenedEvaluationEqualsTheFullOneOnDefinitionCasesAndNearMisses() {
    int checked = 0;
    int screenedOut = 0;
    int covered = 0;
    int arraysOnly = 0;
    for (String base : structures()) {
      List<String> all = new ArrayList<>();
      all.add(base);
      all.addAll(elementSwaps(base));
      for (String smiles : all) {
        IAtomContainer mol;
        try {
          mol = TestMolecules.parse(smiles);
        } catch (RuntimeException e) {
          continue; // a swap CDK cannot read (e.g. an aromatic ring that no longer kekulises)
        }
        ScreenFingerprint screen = SearchTarget.screenOf(mol);
        ScreenGraph graph = ScreenGraph.of(mol);
        boolean fentanylArrays = ScaffoldScreen.mayHaveFentanylScaffold(graph);
        boolean nitazeneArrays = ScaffoldScreen.mayHaveNitazeneScaffold(graph);
        // The array cores are the SMARTS cores with more asked of them (single bonds; a
        // substituted ring nitrogen): they pass nothing the SMARTS match rules out.
        assertTrue(
            !fentanylArrays || ScaffoldScreen.mayHaveFentanylScaffold(screen, mol),
            "fentanyl core, arrays pass what SMARTS rules out: " + smiles);
        assertTrue(
            !nitazeneArrays || ScaffoldScreen.mayHaveNitazeneScaffold(screen, mol),
            "nitazene core, arrays pass what SMARTS rules out: " + smiles);
        arraysOnly +=
            (ScaffoldScreen.mayHaveFentanylScaffold(screen, mol) && !fentanylArrays ? 1 : 0)
                + (ScaffoldScreen.mayHaveNitazeneScaffold(screen, mol) && !nitazeneArrays ? 1 : 0);
        Map<ClassDefinition, ClassEvaluation> full = ClassDefinitions.evaluateAll(mol);
        for (ClassDefinition d : ClassDefinitions.all()) {
          boolean ruledOut = d instanceof UkNitazeneGeneric2024 ? !nitazeneArrays : !fentanylArrays;
          if (ruledOut) {
            assertEquals(
                ClassDefinitions.evaluateWithoutScaffold().get(d),
                full.get(d),
                "arrays rule out " + d.id() + " but it reads " + smiles);
          }
        }
        preparedScreenAgrees(smiles);
        assertEquals(full, ClassDefinitions.evaluateAll(mol, screen), smiles);
        for (ClassDefinition d : ClassDefinitions.all()) {
          ClassDefinitions.screenedOut(d, screen, mol)
              .ifPresent(e -> assertEquals(d.evaluate(mol), e, d.id() + " " + smiles));
        }
        boolean decidable =
            full.values().stream().anyMatch(e -> e.coverage() != Coverage.NOT_COVERED);
        if (decidable) {
          covered++;
          assertTrue(ScaffoldScreen.mayBeCovered(screen), "screened out but covered: " + smiles);
          assertTrue(
              ScaffoldScreen.mayHaveFentanylScaffold(screen, mol)
                  || ScaffoldScreen.mayHaveNitazeneScaffold(screen, mol),
              "core match failed but covered: " + smiles);
        }
        if (!ScaffoldScreen.mayBeCovered(screen)) {
          screenedOut++;
          assertEquals(ClassDefinitions.evaluateWithoutScaffold(), full, smiles);
        }
        checked++;
      }
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "ScaffoldScreenTest: %d structures, %d covered or undetermined, %d screened out,"
            + " %d cores ruled out by the arrays only%n",
        checked,
        covered,
        screenedOut,
        arraysOnly);
    assertTrue(covered > 150, "the cases must include covered structures: " + covered);
    assertTrue(screenedOut > 100, "the near misses must include screened-out ones: " + screenedOut);
    assertTrue(arraysOnly > 0, "the near misses must include array-only rejections");
  }

  /**
   * What the screen relies on: an evaluation {@link ClassDefinitions#screenedOut(ClassDefinition,
   * PreparedStructure)} gives is the one the definition gives the prepared parent and the graph the
   * identifier rebuilds from the canonical SMILES (whose bonds may have another Kekulé form).
   */
  private static void preparedScreenAgrees(String smiles) {
    PreparedStructure prepared;
    IAtomContainer rebuilt;
    try {
      prepared = StructureParser.prepare(smiles, InputFormat.SMILES, ParseLimits.DEFAULT);
      rebuilt = prepared.structure().atomContainer();
    } catch (StructureParseException e) {
      return; // a swap the standardiser or InChI refuses: never screened
    }
    for (ClassDefinition d : ClassDefinitions.all()) {
      Optional<ClassEvaluation> known = ClassDefinitions.screenedOut(d, prepared);
      if (known.isPresent()) {
        assertEquals(d.evaluate(rebuilt), known.get(), d.id() + ", rebuilt graph: " + smiles);
        assertEquals(
            d.evaluate(prepared.atomContainer()), known.get(), d.id() + ", parent: " + smiles);
      }
    }
  }

  @Test
  void singleBondsAndASubstitutedRingNitrogenRuleOutNearMissesWithoutAReading() {
    // Each has the atoms and ring membership of a core (the SMARTS cores pass it) but no reading:
    // an aromatic or partly unsaturated ring, an imine at C4, an N-unsubstituted benzimidazole.
    List<String> nearMisses =
        List.of(
            "CCC(=O)N(c1ccccc1)c1ccncc1",
            "CCC(=O)N(c1ccccc1)C1=CCN(CCc2ccccc2)CC1",
            "CCC(=O)N(c1ccccc1)C1CC=NCC1",
            "CCN=C1CCN(CCc2ccccc2)CC1",
            "CCOc1ccc(Cc2nc3ccc([N+](=O)[O-])cc3[nH]2)cc1",
            "OC(c1ccccc1)c1nc2ccccc2[nH]1");
    for (String smiles : nearMisses) {
      IAtomContainer mol = TestMolecules.parse(smiles);
      ScreenFingerprint screen = SearchTarget.screenOf(mol);
      ScreenGraph graph = ScreenGraph.of(mol);
      assertTrue(
          ScaffoldScreen.mayHaveFentanylScaffold(screen, mol)
              || ScaffoldScreen.mayHaveNitazeneScaffold(screen, mol),
          "the SMARTS cores pass " + smiles);
      assertFalse(
          ScaffoldScreen.mayHaveFentanylScaffold(graph)
              || ScaffoldScreen.mayHaveNitazeneScaffold(graph),
          "the array cores rule out " + smiles);
      assertEquals(ClassDefinitions.evaluateWithoutScaffold(), ClassDefinitions.evaluateAll(mol));
      preparedScreenAgrees(smiles);
    }
    // And the readings themselves still pass: fentanyl, and an N1-substituted benzimidazole.
    assertTrue(
        ScaffoldScreen.mayHaveFentanylScaffold(
            ScreenGraph.of(TestMolecules.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"))));
    assertTrue(
        ScaffoldScreen.mayHaveNitazeneScaffold(
            ScreenGraph.of(
                TestMolecules.parse("CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1"))));
  }

  @Test
  void screenIsNotCheatedByTheCoreQueriesThemselves() {
    // Each core contains itself; the other core does not contain it.
    ScreenFingerprint fentanylCore = SearchTarget.screenOf(TestMolecules.parse("NC1CCNCC1"));
    ScreenFingerprint nitazeneCore =
        SearchTarget.screenOf(TestMolecules.parse("Cc1nc2ccccc2[nH]1"));
    assertTrue(ScaffoldScreen.mayHaveFentanylScaffold(fentanylCore));
    assertTrue(ScaffoldScreen.mayHaveNitazeneScaffold(nitazeneCore));
    assertEquals(false, ScaffoldScreen.mayHaveNitazeneScaffold(fentanylCore));
    assertEquals(false, ScaffoldScreen.mayHaveFentanylScaffold(nitazeneCore));
    assertEquals(
        false,
        ScaffoldScreen.mayBeCovered(
            SearchTarget.screenOf(
                TestMolecules.parse("CN1C=NC2=C1C(=O)N(C(=O)N2C)C")))); // caffeine
  }
}
