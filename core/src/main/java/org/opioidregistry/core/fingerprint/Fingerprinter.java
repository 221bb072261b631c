package org.opioidregistry.core.fingerprint;

import java.util.BitSet;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.fingerprint.IFingerprinter;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.tools.CDKHydrogenAdder;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.opioidregistry.core.structure.PreparedStructure;
import org.opioidregistry.core.structure.ScreenGraph;
import org.opioidregistry.core.structure.Structure;

/**
 * Computes fingerprints of one {@link FingerprintType} from CDK molecules, safe to share between
 * threads and never touching the caller's molecule.
 *
 * <p>CDK's fingerprinters keep per-molecule state in fields ({@code CircularFingerprinter}) or
 * lazily compiled SMARTS ({@code MACCSFingerprinter}, {@code PubchemFingerprinter}), so a raw
 * instance must not be used by two threads at once. This facade keeps one CDK instance per thread
 * that uses it (a {@link ThreadLocal} owned by the facade, not static): building a MACCS or PubChem
 * fingerprinter costs far more than one fingerprint (measured in {@code FingerprintBenchmark}), so
 * a fresh instance per call is not an option for screening. Keep one facade per type and reuse it.
 *
 * <p>Every call fingerprints a private copy of the molecule, on which it re-perceives aromaticity
 * with the Daylight model (so the bits do not depend on how the input spelled its rings), assigns
 * CDK atom types where the keys need them, adds implicit hydrogens only if the input lacks counts,
 * and for PubChem makes hydrogens explicit as CDK's PubChem keys require.
 *
 * <pre>{@code
 * Fingerprinter ecfp4 = Fingerprinter.of(FingerprintType.ECFP4);
 * IAtomContainer mol = new SmilesParser(SilentChemObjectBuilder.getInstance())
 *     .parseSmiles("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
 * Fingerprint fp = ecfp4.fingerprint(mol);
 * }</pre>
 *
 * <p>Thread safety: safe for concurrent use by any number of threads.
 */
public final class Fingerprinter {

  private final FingerprintType type;
  private final ThreadLocal<IFingerprinter> perThread;
  // Aromaticity keeps no per-call state in fields: one instance can serve all threads.
  private final Aromaticity aromaticity =
      new Aromaticity(Aromaticity.Model.Daylight, Cycles.or(Cycles.all(), Cycles.all(6)));

  private Fingerprinter(FingerprintType type) {
    this.type = type;
    this.perThread = ThreadLocal.withInitial(type::newCdkFingerprinter);
  }

  /**
   * Returns a new fingerprinter for {@code type}.
   *
   * @param type the fingerprint type
   * @return a thread-safe fingerprinter
   */
  public static Fingerprinter of(FingerprintType type) {
    return new Fingerprinter(type);
  }

  /**
   * Returns the type this fingerprinter computes.
   *
   * @return the type
   */
  public FingerprintType type() {
    return type;
  }

  /**
   * Fingerprints a standardised structure (its {@link Structure#atomContainer()}).
   *
   * @param structure the structure
   * @return a fingerprint of {@link FingerprintType#bitLength()} bits
   * @throws IllegalArgumentException if the CDK cannot type or fingerprint the structure
   */
  public Fingerprint fingerprint(Structure structure) {
    return fingerprint(structure.atomContainer());
  }

  /**
   * Fingerprints a prepared (standardised, not yet keyed) structure: equal to {@link
   * #fingerprint(IAtomContainer)} of its {@link PreparedStructure#atomContainer()}. ECFP4 and ECFP6
   * are computed on its {@link PreparedStructure#screenGraph()} without copying the CDK graph (the
   * screen fingerprints every candidate); other types, and molecules with elements beyond xenon, go
   * through CDK.
   *
   * @param structure the prepared structure
   * @return a fingerprint of {@link FingerprintType#bitLength()} bits
   * @throws IllegalArgumentException if the CDK cannot type or fingerprint the structure
   */
  public Fingerprint fingerprint(PreparedStructure structure) {
    int iterations =
        switch (type) {
          case ECFP4 -> 2;
          case ECFP6 -> 3;
          default -> 0;
        };
    if (iterations > 0) {
      ScreenGraph graph = structure.screenGraph();
      if (CircularKernel.applies(graph)) {
        return Fingerprint.fromWords(
            CircularKernel.fingerprint(graph, iterations, type.bitLength()), type.bitLength());
      }
    }
    return fingerprint(structure.atomContainer());
  }

  /**
   * Fingerprints a molecule. The molecule is not modified: the work is done on a copy.
   *
   * @param molecule the molecule; with implicit hydrogen counts set (they are added if missing)
   * @return a fingerprint of {@link FingerprintType#bitLength()} bits
   * @throws IllegalArgumentException if the CDK cannot type or fingerprint the molecule
   */
  public Fingerprint fingerprint(IAtomContainer molecule) {
    IAtomContainer copy = prepare(molecule);
    try {
      BitSet bits = perThread.get().getBitFingerprint(copy).asBitSet();
      return Fingerprint.fromBitSet(bits, type.bitLength());
    } catch (CDKException e) {
      throw new IllegalArgumentException(
          "cannot compute a " + type.kind() + " fingerprint: " + e.getMessage(), e);
    }
  }

  private IAtomContainer prepare(IAtomContainer molecule) {
    try {
      IAtomContainer copy = molecule.clone();
      if (type.needsAtomTypes() || missingHydrogenCounts(copy)) {
        AtomContainerManipulator.percieveAtomTypesAndConfigureAtoms(copy);
      }
      if (missingHydrogenCounts(copy)) {
        CDKHydrogenAdder.getInstance(copy.getBuilder()).addImplicitHydrogens(copy);
      }
      aromaticity.apply(copy);
      if (type.needsExplicitHydrogens()) {
        AtomContainerManipulator.convertImplicitToExplicitHydrogens(copy);
      }
      return copy;
    } catch (CloneNotSupportedException | CDKException e) {
      throw new IllegalArgumentException(
          "cannot prepare molecule for a " + type.kind() + " fingerprint: " + e.getMessage(), e);
    }
  }

  private static boolean missingHydrogenCounts(IAtomContainer mol) {
    for (IAtom atom : mol.atoms()) {
      if (atom.getImplicitHydrogenCount() == null) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "Fingerprinter[" + type.spec() + "]";
  }
}
