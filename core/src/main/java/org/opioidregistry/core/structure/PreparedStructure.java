package org.opioidregistry.core.structure;

import java.util.Objects;
import java.util.function.Predicate;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * A structure parsed and standardised once, whose identity keys (InChI, InChIKey, canonical SMILES)
 * are computed only when asked for: the first step of a screen, where almost every candidate needs
 * no key at all.
 *
 * <p>{@link #structure()} returns exactly the {@link Structure} that {@link StructureParser#parse}
 * returns for the same text (the two share one code path: standardise, then key), so a screen that
 * asks for it only where it can change the answer gives the same answers as one that parses every
 * record in full. The graph-level values ({@link #formula()}, {@link #monoisotopicMass()}, {@link
 * #heavyAtomCount()}, {@link #skeletonHash()}) come from the same standardised parent.
 *
 * <pre>{@code
 * PreparedStructure p = StructureParser.prepare(smiles, InputFormat.SMILES, ParseLimits.DEFAULT);
 * if (precheck.mayMatch(p)) {
 *   registry.findByStructure(p.structure());   // InChI runs here, and only here
 * }
 * }</pre>
 *
 * <p>Thread-safe: the standardised graph is never handed out (callers get copies) and the lazily
 * computed values are computed under the instance's lock.
 */
public final class PreparedStructure {

  private final String input;
  private final InputFormat format;
  private final Standardizer.Result standardized;
  private Standardizer.Result keyInput;
  private InchiSupport.Identifiers identifiers;
  private Structure structure;
  private String formula;
  private double monoisotopicMass = Double.NaN;
  private long skeletonHash;
  private boolean hashed;
  private ScreenGraph graph;

  /** Whether the parent's aromaticity has been perceived (the last step of standardisation). */
  private boolean aromatic;

  private PreparedStructure(
      String input, InputFormat format, Standardizer.Result standardized, boolean aromatic) {
    this.input = input;
    this.format = format;
    this.standardized = standardized;
    this.aromatic = aromatic;
  }

  /**
   * Standardises a graph the caller hands over. The aromaticity perception is deferred to the first
   * call that hands out or keys a CDK graph (where it cannot fail, see {@link
   * Standardizer#aromaticityCannotFail}): the screen's kernels do not read it.
   */
  static PreparedStructure standardize(IAtomContainer molecule, String input, InputFormat format) {
    Structure.PreparedParent p = Structure.standardizeDeferringAromaticity(molecule, input, format);
    return new PreparedStructure(input, format, p.result(), p.aromatic());
  }

  /** The standardised parent with its aromaticity perceived: what every CDK reader is given. */
  private synchronized IAtomContainer aromaticParent() {
    if (!aromatic) {
      Structure.perceiveAromaticity(standardized.parent(), input, format);
      aromatic = true;
    }
    return standardized.parent();
  }

  /**
   * Standardises a CDK graph without computing its keys. The argument is not modified and not kept.
   *
   * @param molecule a graph with bond orders and implicit hydrogen counts set
   * @return the prepared structure
   * @throws StructureParseException when the graph cannot be standardised
   */
  public static PreparedStructure of(IAtomContainer molecule) {
    Objects.requireNonNull(molecule, "molecule");
    return standardize(CdkSupport.copy(molecule), "", InputFormat.SMILES);
  }

  /**
   * The full structure with its InChI, InChIKey and canonical SMILES, equal to what {@link
   * StructureParser#parse} returns for the same input. Computed on the first call (this is where
   * InChI runs), then kept.
   *
   * @return the structure
   * @throws StructureParseException when no InChI can be computed, as {@code parse} would throw
   */
  public synchronized Structure structure() {
    if (structure == null) {
      structure = Structure.keyed(keyInput(), identifiers(), input, format);
    }
    return structure;
  }

  /**
   * The standard InChIKey of the parent, equal to {@code structure().inchiKey()}, at the price of
   * one InChI computation: the canonical SMILES, whose canonical numbering costs CDK a second InChI
   * computation, is left for {@link #structure()}.
   *
   * @return the InChIKey
   * @throws StructureParseException when no InChI can be computed, as {@code parse} would throw
   */
  public synchronized String inchiKey() {
    return identifiers().inchiKey();
  }

  /**
   * The InChI is computed on the standardised parent itself, without the copy and the aromaticity
   * perception that {@link #keyInput} makes for the canonical SMILES: CDK 2.12's {@code
   * InChIGenerator} (as {@link InchiSupport} calls it, aromatic bonds ignored) only reads the graph
   * (elements, charges, masses, hydrogen counts, bond orders, stereo elements, coordinates), never
   * its aromaticity flags, and sets nothing on it. Called under the instance's lock, like every
   * reader of the parent.
   */
  private InchiSupport.Identifiers identifiers() {
    if (identifiers == null) {
      identifiers = Structure.identifiers(standardized.parent(), input, format);
    }
    return identifiers;
  }

  /**
   * The keys are computed on a copy, so that nothing the InChI or SMILES code might set on the
   * graph can reach the fingerprints or class definitions computed from it later.
   */
  private Standardizer.Result keyInput() {
    if (keyInput == null) {
      keyInput =
          new Standardizer.Result(
              CdkSupport.copy(aromaticParent()), standardized.standardization());
    }
    return keyInput;
  }

  /**
   * Whether {@link #structure()} has been computed, i.e. whether InChI has run for this structure.
   *
   * @return true once the keys are known
   */
  public synchronized boolean isKeyed() {
    return structure != null;
  }

  /**
   * A new CDK graph of the standardised parent, with implicit hydrogens and Daylight aromaticity
   * set; the caller owns it. Unlike {@link Structure#atomContainer()} it is a copy of the graph
   * standardisation produced, not one rebuilt from the canonical SMILES, so no InChI is needed.
   *
   * @return a copy of the parent
   */
  public IAtomContainer atomContainer() {
    return CdkSupport.copy(aromaticParent());
  }

  /**
   * The standardised parent read into primitive arrays, for the screen's kernels (fingerprint,
   * scaffold cores): read once, on the first call, then kept. No copy of the CDK graph is made.
   *
   * @return the parent's graph
   */
  public synchronized ScreenGraph screenGraph() {
    if (graph == null) {
      graph = ScreenGraph.of(standardized.parent());
    }
    return graph;
  }

  /**
   * The {@link SkeletonHash} of the parent: equal for every structure whose InChIKey skeleton
   * (first block) is equal, and computed without InChI.
   *
   * @return the hash
   */
  public synchronized long skeletonHash() {
    if (!hashed) {
      skeletonHash = SkeletonHash.of(screenGraph());
      hashed = true;
    }
    return skeletonHash;
  }

  /**
   * Whether the parent has an atom that standard InChI may disconnect or treat apart (anything but
   * H, B, C, N, O, F, Si, P, S, Cl, Se, Br, I), for which the skeleton hash is not a safe
   * pre-check.
   *
   * @return true if such an atom is present
   */
  public boolean hasUnusualElement() {
    return SkeletonHash.hasUnusualElement(screenGraph());
  }

  /**
   * Whether the parent has a pentavalent nitrogen ({@link PentavalentNitrogen#isPresent}): a
   * listing's scope may then reach it through its tertiary parent, which a skeleton pre-check
   * cannot see. Reads the graph without copying it.
   *
   * @return true if some nitrogen is quaternary or an amine N-oxide nitrogen
   */
  public synchronized boolean hasPentavalentNitrogen() {
    return PentavalentNitrogen.isPresent(standardized.parent());
  }

  /**
   * Whether some tertiary parent of a pentavalent nitrogen ({@link
   * PentavalentNitrogen#anyTertiaryParent}) passes the test; reads the graph only, runs no InChI.
   *
   * @param test decides from a parent's graph (not to be modified)
   * @return true if some tertiary parent's graph passes
   */
  public synchronized boolean anyTertiaryParent(Predicate<IAtomContainer> test) {
    return PentavalentNitrogen.anyTertiaryParent(standardized.parent(), test);
  }

  /** The parent's heavy-atom elements, as {@link SkeletonHash#elements} gives them. */
  long[] elements() {
    return SkeletonHash.elements(screenGraph());
  }

  /** Molecular formula of the parent in Hill order, as {@link Structure#formula()} gives it. */
  public synchronized String formula() {
    if (formula == null) {
      String fast = FormulaKernel.hillFormula(screenGraph());
      formula = fast != null ? fast : CdkSupport.hillFormula(standardized.parent());
    }
    return formula;
  }

  /** Monoisotopic mass of the parent, as {@link Structure#monoisotopicMass()} gives it. */
  public synchronized double monoisotopicMass() {
    if (Double.isNaN(monoisotopicMass)) {
      double fast = FormulaKernel.monoisotopicMass(screenGraph());
      monoisotopicMass =
          Double.isNaN(fast) ? CdkSupport.monoisotopicMass(standardized.parent()) : fast;
    }
    return monoisotopicMass;
  }

  /** Number of non-hydrogen atoms in the parent. */
  public int heavyAtomCount() {
    return Atoms.heavyAtomCount(standardized.parent());
  }

  /** What standardisation removed or changed to reach the parent. */
  public Standardization standardization() {
    return standardized.standardization();
  }

  /** The input text as given (empty for a graph), for messages. */
  public String input() {
    return input;
  }

  @Override
  public String toString() {
    return "PreparedStructure["
        + (input.length() > 60 ? input.substring(0, 60) + "..." : input)
        + "]";
  }
}
