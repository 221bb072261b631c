package org.opioidregistry.core.structure;

import java.util.Objects;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * A standardised chemical structure with its identity keys: the parent that remains once salts,
 * solvents and charges a salt explains are gone.
 *
 * <pre>{@code
 * Structure fentanyl = StructureParser.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl");
 * fentanyl.inchiKey();         // "PJMPHNIQZUBGLI-UHFFFAOYSA-N"
 * fentanyl.skeletonKey();      // "PJMPHNIQZUBGLI": the same for every stereoisomer
 * fentanyl.standardization();  // removed: hydrogen chloride
 * }</pre>
 *
 * <p>Two structures are equal when their InChIKeys and canonical SMILES are equal.
 *
 * <p>Immutable and thread-safe. It holds strings and numbers only; {@link #atomContainer()} builds
 * a new CDK graph for each caller.
 */
public final class Structure {

  private final String inchi;
  private final String inchiKey;
  private final String canonicalSmiles;
  private final String formula;
  private final double monoisotopicMass;
  private final int heavyAtomCount;
  private final Standardization standardization;

  /**
   * Computed on first use (the tautomer key costs one more InChI call) or restored from a store.
   * Racing threads compute equal values, so a plain volatile suffices.
   */
  private volatile IdentityKeys identityKeys;

  private Structure(
      String canonicalSmiles,
      String inchi,
      String inchiKey,
      String formula,
      double monoisotopicMass,
      int heavyAtomCount,
      Standardization standardization) {
    this.canonicalSmiles = canonicalSmiles;
    this.inchi = inchi;
    this.inchiKey = inchiKey;
    this.formula = formula;
    this.monoisotopicMass = monoisotopicMass;
    this.heavyAtomCount = heavyAtomCount;
    this.standardization = standardization;
  }

  /**
   * Recreates a structure from values that a store saved from an earlier {@code Structure}, without
   * computing them again (InChI generation is the slow step of parsing). The values are trusted:
   * only a store that wrote them itself should call this. A store keeps parents, so the restored
   * structure's {@link #standardization()} is {@link Standardization#NONE}.
   *
   * @throws IllegalArgumentException when a value is missing or the key is not an InChIKey
   */
  public static Structure restore(
      String canonicalSmiles,
      String inchi,
      String inchiKey,
      String formula,
      double monoisotopicMass,
      int heavyAtomCount) {
    Objects.requireNonNull(canonicalSmiles, "canonicalSmiles");
    Objects.requireNonNull(inchi, "inchi");
    Objects.requireNonNull(formula, "formula");
    if (inchiKey == null || !IdentityKeys.INCHIKEY.matcher(inchiKey).matches()) {
      throw new IllegalArgumentException("not an InChIKey: " + inchiKey);
    }
    return new Structure(
        canonicalSmiles,
        inchi,
        inchiKey,
        formula,
        monoisotopicMass,
        heavyAtomCount,
        Standardization.NONE);
  }

  /**
   * {@link #restore(String, String, String, String, double, int)} with identity keys the store
   * saved too, so that none is computed again.
   *
   * @throws IllegalArgumentException when a value is missing, or the keys are another structure's
   */
  public static Structure restore(
      String canonicalSmiles,
      String inchi,
      String inchiKey,
      String formula,
      double monoisotopicMass,
      int heavyAtomCount,
      IdentityKeys keys) {
    Structure s =
        restore(canonicalSmiles, inchi, inchiKey, formula, monoisotopicMass, heavyAtomCount);
    if (!keys.full().equals(inchiKey) || !keys.formula().equals(formula)) {
      throw new IllegalArgumentException("the identity keys are not those of " + inchiKey);
    }
    s.identityKeys = keys;
    return s;
  }

  /**
   * Standardises a CDK graph and computes its keys. The argument is not modified and not kept.
   *
   * @param molecule a graph with bond orders and implicit hydrogen counts set (as CDK's readers
   *     leave it)
   * @return the standardised structure
   * @throws StructureParseException when the graph cannot be standardised or keyed
   */
  public static Structure of(IAtomContainer molecule) {
    Objects.requireNonNull(molecule, "molecule");
    IAtomContainer copy = CdkSupport.copy(molecule);
    GraphCheck.check(copy, InputFormat.SMILES, "", atom -> -1);
    return build(copy, "", InputFormat.SMILES);
  }

  static Structure build(IAtomContainer molecule, String input, InputFormat format) {
    return keyed(standardize(molecule, input, format), input, format);
  }

  /**
   * The first half of {@link #build}: standardisation, without the identity keys. {@link
   * PreparedStructure} stops here and calls {@link #keyed} only when a key is needed.
   */
  static Standardizer.Result standardize(
      IAtomContainer molecule, String input, InputFormat format) {
    return guarded(() -> Standardizer.standardize(molecule), input, format);
  }

  /**
   * {@link #standardize} without the aromaticity perception where {@link
   * Standardizer#aromaticityCannotFail} allows deferring it; the result says whether it is done.
   */
  static PreparedParent standardizeDeferringAromaticity(
      IAtomContainer molecule, String input, InputFormat format) {
    return guarded(
        () -> {
          Standardizer.Result r = Standardizer.standardizeGraph(molecule);
          if (Standardizer.aromaticityCannotFail(r.parent())) {
            return new PreparedParent(r, false);
          }
          CdkSupport.perceiveAromaticity(r.parent());
          return new PreparedParent(r, true);
        },
        input,
        format);
  }

  /** A standardised parent and whether its aromaticity has been perceived. */
  record PreparedParent(Standardizer.Result result, boolean aromatic) {}

  /** The deferred last step of {@link #standardizeDeferringAromaticity}, guarded like the rest. */
  static void perceiveAromaticity(IAtomContainer parent, String input, InputFormat format) {
    guarded(
        () -> {
          CdkSupport.perceiveAromaticity(parent);
          return null;
        },
        input,
        format);
  }

  /** The standard InChI and InChIKey of a standardised parent, which is read, not modified. */
  static InchiSupport.Identifiers identifiers(
      IAtomContainer parent, String input, InputFormat format) {
    return guarded(() -> InchiSupport.identifiers(parent, input, format), input, format);
  }

  /**
   * The second half of {@link #build}: the InChI and the canonical SMILES of a standardised parent.
   * The parent is read, not modified.
   */
  static Structure keyed(Standardizer.Result result, String input, InputFormat format) {
    return keyed(result, identifiers(result.parent(), input, format), input, format);
  }

  /** {@link #keyed(Standardizer.Result, String, InputFormat)} with the InChI already computed. */
  static Structure keyed(
      Standardizer.Result result, InchiSupport.Identifiers ids, String input, InputFormat format) {
    IAtomContainer parent = result.parent();
    return guarded(
        () ->
            new Structure(
                CdkSupport.canonicalSmiles(parent),
                ids.inchi(),
                ids.inchiKey(),
                CdkSupport.hillFormula(parent),
                CdkSupport.monoisotopicMass(parent),
                Atoms.heavyAtomCount(parent),
                result.standardization()),
        input,
        format);
  }

  /** A step of building a structure that CDK may fail. */
  private interface CdkStep<T> {
    T run() throws CDKException;
  }

  /** Runs a step and turns every way CDK can fail into the documented exception. */
  private static <T> T guarded(CdkStep<T> step, String input, InputFormat format) {
    try {
      return step.run();
    } catch (CDKException e) {
      throw StructureParseException.of(
              format,
              StructureParseException.Reason.INVALID_STRUCTURE,
              "CDK could not process the structure (" + e.getMessage() + ")",
              input)
          .withCause(e);
    } catch (StructureParseException e) {
      throw e;
    } catch (RuntimeException e) {
      // CDK and the InChI binding signal some impossible graphs with unchecked exceptions
      // (IllegalArgumentException, NullPointerException, ArrayIndexOutOfBoundsException). The
      // graph checks before this refuse every kind found so far; this keeps the documented
      // contract for the ones not yet found, with the cause attached for a bug report.
      throw StructureParseException.of(
              format,
              StructureParseException.Reason.INVALID_STRUCTURE,
              "CDK could not process the structure (" + e + ")",
              input)
          .withCause(e);
    } catch (StackOverflowError e) {
      throw StructureParseException.of(
              format,
              StructureParseException.Reason.TOO_COMPLEX,
              "the structure is too intricate for this thread's stack",
              input)
          .withCause(e);
    }
  }

  /** Standard InChIKey of the parent, e.g. {@code PJMPHNIQZUBGLI-UHFFFAOYSA-N}. */
  public String inchiKey() {
    return inchiKey;
  }

  /**
   * First block of the InChIKey: the connectivity, without stereo, isotopes or protonation. Every
   * stereoisomer and isotope variant of a substance shares it.
   */
  public String skeletonKey() {
    return inchiKey.substring(0, 14);
  }

  /**
   * The parent's identity keys in layers (formula, connectivity, tautomer, stereo- and
   * isotope-insensitive, full); {@link IdentityKeys#sharedLayer} compares two structures.
   *
   * @throws IllegalStateException in the unexpected case that the InChI library fails on a
   *     structure it keyed before
   */
  public IdentityKeys identityKeys() {
    IdentityKeys keys = identityKeys;
    if (keys == null) {
      keys = IdentityKeys.of(formula, inchi, inchiKey, tautomerBlock());
      identityKeys = keys;
    }
    return keys;
  }

  /** The tautomer key block: the rules of {@link TautomerRules}, then InChI with KET and 15T. */
  private String tautomerBlock() {
    IAtomContainer graph = atomContainer();
    graph.setStereoElements(new java.util.ArrayList<>());
    TautomerRules.apply(graph);
    try {
      return InchiSupport.tautomerBlock(graph);
    } catch (CDKException e) {
      throw new IllegalStateException("no tautomer key for " + canonicalSmiles, e);
    }
  }

  /**
   * The version of the IUPAC InChI library behind every InChI and key, e.g. {@code "1.07.3"}: part
   * of a result's provenance, since keys are only comparable within one InChI version.
   */
  public static String inchiVersion() {
    return InchiSupport.libraryVersion();
  }

  /** Standard InChI of the parent. */
  public String inchi() {
    return inchi;
  }

  /** Canonical isomeric SMILES of the parent, with aromatic atoms in lower case. */
  public String canonicalSmiles() {
    return canonicalSmiles;
  }

  /** Molecular formula of the parent in Hill order, e.g. {@code C22H28N2O}. */
  public String formula() {
    return formula;
  }

  /** Monoisotopic mass of the parent in daltons (unified atomic mass units). */
  public double monoisotopicMass() {
    return monoisotopicMass;
  }

  /** Number of non-hydrogen atoms in the parent. */
  public int heavyAtomCount() {
    return heavyAtomCount;
  }

  /** What standardisation removed or changed to reach the parent. */
  public Standardization standardization() {
    return standardization;
  }

  /**
   * A new CDK graph of the parent, with implicit hydrogens and aromaticity (Daylight model) set.
   * The caller owns it and may change it. The graph is rebuilt from the canonical SMILES on each
   * call (a fraction of a millisecond), so that a registry of many structures holds strings, not
   * graphs.
   */
  public IAtomContainer atomContainer() {
    try {
      IAtomContainer graph = CdkSupport.smilesParser().parseSmiles(canonicalSmiles);
      CdkSupport.perceiveAromaticity(graph);
      return graph;
    } catch (CDKException e) {
      throw new IllegalStateException("canonical SMILES does not parse: " + canonicalSmiles, e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Structure that
        && inchiKey.equals(that.inchiKey)
        && canonicalSmiles.equals(that.canonicalSmiles);
  }

  @Override
  public int hashCode() {
    return inchiKey.hashCode();
  }

  /** The canonical SMILES and InChIKey, e.g. for logs. */
  @Override
  public String toString() {
    return canonicalSmiles + " " + inchiKey;
  }
}
