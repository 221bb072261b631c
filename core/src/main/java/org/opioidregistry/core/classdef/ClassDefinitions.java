package org.opioidregistry.core.classdef;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.opioidregistry.core.structure.PreparedStructure;
import org.opioidregistry.core.structure.ScreenGraph;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substructure.ScreenFingerprint;

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
   * Returns the UK fentanyl generic definition (paragraph 1(d) of Part I).
   *
   * @return the definition
   */
  public static ClassDefinition ukFentanylGeneric() {
    return UkFentanylGeneric.INSTANCE;
  }

  /**
   * Returns the UK nitazene generic of SI 2024/1361 (paragraph 1(ea) of Part I).
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
    return evaluate(FentanylScaffold.decompose(mol), NitazeneScaffold.decompose(mol));
  }

  /**
   * Evaluates a structure against every definition like {@link #evaluateAll(IAtomContainer)}, with
   * the same result, but skips each scaffold decomposition that the structure's screen fingerprint
   * rules out ({@link ScaffoldScreen} says why that cannot change the result).
   *
   * @param mol a molecule with implicit hydrogen counts set; not modified
   * @param screen the molecule's screen fingerprint ({@code SearchTarget.screenOf(mol)})
   * @return each definition's evaluation, in the order of {@link #all()}
   */
  public static Map<ClassDefinition, ClassEvaluation> evaluateAll(
      IAtomContainer mol, ScreenFingerprint screen) {
    return evaluate(
        ScaffoldScreen.mayHaveFentanylScaffold(screen, mol)
            ? FentanylScaffold.decompose(mol)
            : NO_FENTANYL_READING,
        ScaffoldScreen.mayHaveNitazeneScaffold(screen, mol)
            ? NitazeneScaffold.decompose(mol)
            : List.of());
  }

  /**
   * The evaluations of a structure that has neither scaffold: what {@link
   * #evaluateAll(IAtomContainer)} returns for every structure {@link ScaffoldScreen#mayBeCovered}
   * rules out.
   *
   * @return each definition's "not covered" evaluation, in the order of {@link #all()}
   */
  public static Map<ClassDefinition, ClassEvaluation> evaluateWithoutScaffold() {
    return WITHOUT_SCAFFOLD;
  }

  /**
   * The evaluation a definition gives a structure whose screen fingerprint rules out the
   * definition's scaffold, i.e. what {@code definition.evaluate(mol)} returns for that structure
   * without reading it ({@link ScaffoldScreen} says why); empty when the screen does not rule the
   * scaffold out, or when the definition is not one whose scaffold is screened (then evaluate it).
   *
   * @param definition a definition
   * @param screen the structure's screen fingerprint ({@code SearchTarget.screenOf(mol)})
   * @param mol the structure, for the core match behind the fingerprint screen; not modified
   * @return the evaluation, when it is known without decomposing the structure
   */
  public static Optional<ClassEvaluation> screenedOut(
      ClassDefinition definition, ScreenFingerprint screen, IAtomContainer mol) {
    if (definition instanceof FentanylClassDefinition f
        && !ScaffoldScreen.mayHaveFentanylScaffold(screen, mol)) {
      return Optional.of(f.evaluate(NO_FENTANYL_READING));
    }
    if (definition instanceof UkNitazeneGeneric2024 n
        && !ScaffoldScreen.mayHaveNitazeneScaffold(screen, mol)) {
      return Optional.of(n.evaluate(List.of()));
    }
    return Optional.empty();
  }

  /**
   * {@link #screenedOut(ClassDefinition, ScreenFingerprint, IAtomContainer)} for a prepared
   * structure, read from its {@link PreparedStructure#screenGraph()} without the path fingerprint,
   * a copy of the graph or a CDK substructure match. It answers wherever that method answers, and
   * for more structures ({@link ScaffoldScreen#mayHaveFentanylScaffold(ScreenGraph)} and {@link
   * ScaffoldScreen#mayHaveNitazeneScaffold(ScreenGraph)} rule out more), always with what {@code
   * definition.evaluate} gives the parent or the graph rebuilt from its canonical SMILES.
   *
   * @param definition a definition
   * @param structure the structure
   * @return the evaluation, when it is known without decomposing the structure
   */
  public static Optional<ClassEvaluation> screenedOut(
      ClassDefinition definition, PreparedStructure structure) {
    boolean noReading =
        definition instanceof FentanylClassDefinition
            ? !ScaffoldScreen.mayHaveFentanylScaffold(structure.screenGraph())
            : definition instanceof UkNitazeneGeneric2024
                && !ScaffoldScreen.mayHaveNitazeneScaffold(structure.screenGraph());
    if (!noReading) {
      return Optional.empty();
    }
    // The evaluation of "no scaffold reading" is the same for every structure: kept per definition.
    ClassEvaluation known = WITHOUT_SCAFFOLD.get(definition);
    if (known != null) {
      return Optional.of(known);
    }
    return Optional.of(
        definition instanceof FentanylClassDefinition f
            ? f.evaluate(NO_FENTANYL_READING)
            : ((UkNitazeneGeneric2024) definition).evaluate(List.of()));
  }

  private static final FentanylDecomposition NO_FENTANYL_READING =
      new FentanylDecomposition(List.of());

  private static final Map<ClassDefinition, ClassEvaluation> WITHOUT_SCAFFOLD =
      evaluate(NO_FENTANYL_READING, List.of());

  private static Map<ClassDefinition, ClassEvaluation> evaluate(
      FentanylDecomposition fentanyl, List<NitazeneParts> nitazene) {
    Map<ClassDefinition, ClassEvaluation> out = new LinkedHashMap<>();
    for (ClassDefinition d : all()) {
      if (d instanceof FentanylClassDefinition f) {
        out.put(d, f.evaluate(fentanyl));
      } else if (d instanceof UkNitazeneGeneric2024 n) {
        out.put(d, n.evaluate(nitazene));
      } else {
        throw new IllegalStateException("no scaffold reading for " + d.id());
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
