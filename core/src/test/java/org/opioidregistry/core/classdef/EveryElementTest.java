package org.opioidregistry.core.classdef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.config.Elements;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParseException;
import org.opioidregistry.core.structure.StructureParser;

/**
 * Issue 11, item 3: no element the parser accepts may make a class definition fail. Germanium,
 * arsenic and tellurium did ("no standard weight table entry"), because the nitazene definition's
 * mass limit looked elements up in a table of the common ones only. Every element from H to Og is
 * put on the nitazene and fentanyl scaffolds at the places a definition reads.
 */
class EveryElementTest {

  private static final List<String> TEMPLATES =
      List.of(
          "CCOc1ccc(Cc2nc3cc([X])ccc3n2CCN(CC)CC)cc1",
          "CCOc1ccc(Cc2nc3ccccc3n2CCN(CC)C[X])cc1",
          "CCC(=O)N(c1ccc([X])cc1)C1CCN(CCc2ccccc2)CC1",
          "CCC(=O)N(c1ccccc1)C1CCN(CC[X])CC1");

  @Test
  void everyParsableElementGetsAnEvaluationFromEveryDefinition() {
    List<String> failures = new ArrayList<>();
    int evaluated = 0;
    for (int z = 1; z <= 118; z++) {
      String symbol = Elements.ofNumber(z).symbol();
      for (String template : TEMPLATES) {
        String smiles = template.replace("X", symbol);
        Structure structure;
        try {
          structure = StructureParser.parse(smiles);
        } catch (StructureParseException e) {
          continue; // refused with the typed error: nothing for a definition to judge
        }
        try {
          assertEquals(
              ClassDefinitions.all().size(),
              ClassDefinitions.evaluateAll(structure.atomContainer()).size(),
              smiles);
          evaluated++;
        } catch (RuntimeException e) {
          failures.add(smiles + ": " + e);
        }
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(evaluated > 300, "most elements parse on these scaffolds: " + evaluated);
  }

  @Test
  void theNitazeneMassLimitIsJudgedForGermanium() {
    // Etonitazene with a trimethylgermyl group: 410.7 u by IUPAC weights, under the 500 u limit,
    // so the mass clause must not be what decides (it was an exception before).
    Structure germyl = StructureParser.parse("CCOc1ccc(Cc2nc3cc([Ge](C)(C)C)ccc3n2CCN(CC)CC)cc1");
    ClassEvaluation nitazene =
        ClassDefinitions.evaluateAll(germyl.atomContainer())
            .get(ClassDefinitions.ukNitazeneGeneric2024());
    assertTrue(
        nitazene.reason().map(r -> !r.contains("molecular mass")).orElse(true),
        nitazene.toString());
  }
}
