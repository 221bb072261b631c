package org.opioidregistry.core.classdef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.opioidregistry.core.structure.Structure;

/**
 * The class definitions the library implements, and a way to evaluate a structure against all of
 * them.
 *
 * <pre>{@code
 * Map<ClassDefinition, ClassEvaluation> all = ClassDefinitions.evaluateAll(structure);
 * ClassEvaluation us = ClassDefinitions.usFentanylRelatedSubstances().evaluate(structure);
 * }</pre>
 *
 * <p>Stateless and thread-safe; the definitions are immutable singletons.
 */
public final class ClassDefinitions {
  private ClassDefinitions() {}

  /**
   * Returns the US fentanyl-related substances definition (modifications A-E).
   *
   * @return the definition
   */
  public static ClassDefinition usFentanylRelatedSubstances() {
    return UsFentanylRelatedSubstances.INSTANCE;
  }

  /**
   * Returns China's 2019 fentanyl class definition (conditions 1-4).
   *
   * @return the definition
   */
  public static ClassDefinition chinaFentanylClass2019() {
    return ChinaFentanylClass2019.INSTANCE;
  }

  /**
   * Returns the UK fentanyl generic definition (wording unverified).
   *
   * @return the definition
   */
  public static ClassDefinition ukFentanylGeneric() {
    return UkFentanylGeneric.INSTANCE;
  }

  /**
   * Returns the UK 2024 nitazene generic (partial wording; may answer undetermined).
   *
   * @return the definition
   */
  public static ClassDefinition ukNitazeneGeneric2024() {
    return UkNitazeneGeneric2024.INSTANCE;
  }

  /**
   * Returns every implemented definition.
   *
   * @return the definitions, in a stable order
   */
  public static List<ClassDefinition> all() {
    return List.of(
        usFentanylRelatedSubstances(),
        chinaFentanylClass2019(),
        ukFentanylGeneric(),
        ukNitazeneGeneric2024());
  }

  /**
   * Evaluates a standardised structure (its parent, salts removed) against every definition,
   * decomposing it against each scaffold once.
   *
   * @param structure the structure
   * @return each definition's evaluation, in the order of {@link #all()}
   */
  public static Map<ClassDefinition, ClassEvaluation> evaluateAll(Structure structure) {
    return evaluateAll(structure.atomContainer());
  }

  /**
   * Evaluates a structure against every definition, decomposing it against each scaffold once.
   *
   * @param mol a molecule with implicit hydrogen counts set; not modified
   * @return each definition's evaluation, in the order of {@link #all()}
   */
  public static Map<ClassDefinition, ClassEvaluation> evaluateAll(IAtomContainer mol) {
    FentanylDecomposition fentanyl = FentanylScaffold.decompose(mol);
    Map<ClassDefinition, ClassEvaluation> out = new LinkedHashMap<>();
    for (ClassDefinition d : all()) {
      out.put(d, d instanceof FentanylClassDefinition f ? f.evaluate(fentanyl) : d.evaluate(mol));
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
