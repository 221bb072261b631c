package org.opioidregistry.core.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IAtomContainerSet;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * Finds the parent structure on which identity is decided: the salt, solvate or protonation state a
 * sample was seized or sold as is not what the treaty lists.
 *
 * <ol>
 *   <li>Explicit hydrogens become implicit (isotopic and stereo-defining ones stay).
 *   <li>Known counter-ions, solvents and metals are removed, then every other fragment but the
 *       largest organic one; each removal is recorded with its name.
 *   <li>Groups with several accepted drawings get one: nitro and N-oxides charge-separated, iminols
 *       as amides.
 *   <li>Charges that a salt explains are neutralised (protonated amine to free base, carboxylate to
 *       acid); charge-separated groups such as nitro stay.
 *   <li>Aromaticity is perceived with one model, whatever the input declared.
 * </ol>
 *
 * Stereochemistry and isotopes are kept: they decide between identical and isomeric.
 *
 * <p>Stateless and thread-safe. It works on the graph it is given, which becomes the parent's
 * (callers hand over a graph of their own: one a parser just read, or a copy). Package-private:
 * callers reach it through {@link Structure#of} and {@link StructureParser#parse}.
 */
final class Standardizer {

  /** The parent and the record of what was done to reach it. */
  record Result(IAtomContainer parent, Standardization standardization) {}

  private Standardizer() {}

  /**
   * Standardises {@code input} in place: the caller must own it and not use it afterwards (a copy
   * here cost as much as a fifth of a screen's standardisation).
   *
   * @throws CDKException when CDK cannot process the graph (e.g. aromaticity perception fails)
   */
  static Result standardize(IAtomContainer input) throws CDKException {
    Result result = standardizeGraph(input);
    CdkSupport.perceiveAromaticity(result.parent());
    return result;
  }

  /**
   * {@link #standardize} but for the last step, the aromaticity perception, which the caller must
   * make ({@link CdkSupport#perceiveAromaticity}) before anything reads the parent's aromaticity: a
   * screen whose kernels read only elements, charges and bond orders defers it to the records that
   * need a CDK graph. Only for parents for which {@link #aromaticityCannotFail} holds, so that
   * deferring it cannot turn a refusal into an answer.
   *
   * @throws CDKException when CDK cannot process the graph
   */
  static Result standardizeGraph(IAtomContainer input) throws CDKException {
    IAtomContainer mol = AtomContainerManipulator.suppressHydrogens(input);
    List<IAtomContainer> fragments = fragments(mol);
    List<RemovedFragment> removed = new ArrayList<>();
    IAtomContainer parent;
    if (fragments.size() == 1) {
      parent = fragments.get(0);
    } else {
      List<IAtomContainer> candidates = new ArrayList<>();
      List<Optional<CounterIon>> known = new ArrayList<>();
      for (IAtomContainer fragment : fragments) {
        Optional<CounterIon> ion = identify(fragment);
        known.add(ion);
        if (ion.isEmpty() && Atoms.isOrganic(fragment)) {
          candidates.add(fragment);
        }
      }
      if (candidates.isEmpty()) {
        // A salt of nothing but known ions (e.g. sodium citrate): keep the largest fragment.
        candidates = fragments;
      }
      parent = candidates.stream().max(Comparator.comparingInt(Atoms::heavyAtomCount)).get();
      ParentSmiles parentSmiles = new ParentSmiles(parent);
      for (int i = 0; i < fragments.size(); i++) {
        IAtomContainer fragment = fragments.get(i);
        if (fragment != parent) {
          removed.add(describe(fragment, known.get(i), parentSmiles));
        }
      }
    }
    int normalised = GroupNormalizer.normalize(parent);
    Neutralizer.Counts counts = Neutralizer.parent(parent);
    return new Result(
        parent, new Standardization(removed, counts.cations(), counts.anions(), normalised));
  }

  /** Independent cycles up to which CDK's cycle search for aromaticity cannot give up. */
  private static final int TRACTABLE_RING_COUNT = 8;

  /**
   * Whether the aromaticity perception of this parent cannot fail: CDK's only limit there is its
   * cycle search giving up on thousands of cycles, and a graph with at most {@value
   * #TRACTABLE_RING_COUNT} independent cycles (bonds - atoms + 1 for the connected parent) has at
   * most 2^8 - 1 = 255 cycles in all.
   */
  static boolean aromaticityCannotFail(IAtomContainer parent) {
    return parent.getBondCount() - parent.getAtomCount() + 1 <= TRACTABLE_RING_COUNT;
  }

  private static List<IAtomContainer> fragments(IAtomContainer mol) {
    if (ConnectivityChecker.isConnected(mol)) {
      return List.of(mol);
    }
    IAtomContainerSet set = ConnectivityChecker.partitionIntoMolecules(mol);
    List<IAtomContainer> fragments = new ArrayList<>(set.getAtomContainerCount());
    for (IAtomContainer fragment : set.atomContainers()) {
      fragments.add(fragment);
    }
    return fragments;
  }

  private static Optional<CounterIon> identify(IAtomContainer fragment) throws CDKException {
    IAtomContainer neutral = CdkSupport.copy(fragment);
    Neutralizer.forLookup(neutral);
    return CounterIon.lookup(neutral);
  }

  /**
   * The parent's canonical SMILES, made only when a fragment with the same heavy atoms needs it:
   * its canonical numbering costs CDK an InChI run, and most removed fragments differ from the
   * parent in their atoms already.
   */
  private static final class ParentSmiles {
    private final IAtomContainer parent;
    private final String heavyElements;
    private String smiles;

    ParentSmiles(IAtomContainer parent) {
      this.parent = parent;
      this.heavyElements = Atoms.heavyElements(parent);
    }

    boolean isCopy(IAtomContainer fragment) throws CDKException {
      if (!heavyElements.equals(Atoms.heavyElements(fragment))) {
        return false;
      }
      if (smiles == null) {
        smiles = CdkSupport.canonicalSmiles(parent);
      }
      return CdkSupport.canonicalSmiles(fragment).equals(smiles);
    }
  }

  private static RemovedFragment describe(
      IAtomContainer fragment, Optional<CounterIon> ion, ParentSmiles parentSmiles)
      throws CDKException {
    String formula = CdkSupport.hillFormula(fragment);
    if (ion.isPresent()) {
      boolean charged = Atoms.anyCharged(fragment);
      CounterIon entry = ion.get();
      return new RemovedFragment(
          charged ? entry.ionName() : entry.neutralName(), formula, entry.kind());
    }
    if (parentSmiles.isCopy(fragment)) {
      return new RemovedFragment(
          "further copy of the parent", formula, RemovedFragment.Kind.PARENT_COPY);
    }
    return new RemovedFragment(
        formula,
        formula,
        Atoms.isOrganic(fragment)
            ? RemovedFragment.Kind.OTHER_ORGANIC
            : RemovedFragment.Kind.OTHER_INORGANIC);
  }
}
