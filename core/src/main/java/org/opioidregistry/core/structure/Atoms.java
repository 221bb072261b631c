package org.opioidregistry.core.structure;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IElement;

/**
 * Null-safe reads of the atom properties that standardisation looks at: CDK leaves charge, hydrogen
 * count and atomic number null when an input did not set them, which here means zero. Stateless and
 * thread-safe.
 */
final class Atoms {

  private Atoms() {}

  static int charge(IAtom atom) {
    Integer charge = atom.getFormalCharge();
    return charge == null ? 0 : charge;
  }

  static int hydrogens(IAtom atom) {
    Integer count = atom.getImplicitHydrogenCount();
    return count == null ? 0 : count;
  }

  static int atomicNumber(IAtom atom) {
    Integer z = atom.getAtomicNumber();
    return z == null ? 0 : z;
  }

  static boolean isElement(IAtom atom, int z) {
    return atomicNumber(atom) == z;
  }

  /** Atoms other than hydrogen (an atom of unknown element counts as heavy). */
  static int heavyAtomCount(IAtomContainer mol) {
    int count = 0;
    for (IAtom atom : mol.atoms()) {
      if (!isElement(atom, IElement.H)) {
        count++;
      }
    }
    return count;
  }

  /** True when any atom carries a formal charge. */
  static boolean anyCharged(IAtomContainer mol) {
    for (IAtom atom : mol.atoms()) {
      if (charge(atom) != 0) {
        return true;
      }
    }
    return false;
  }

  /** True when the fragment contains carbon. */
  static boolean isOrganic(IAtomContainer mol) {
    for (IAtom atom : mol.atoms()) {
      if (isElement(atom, IElement.C)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The heavy atoms' atomic numbers, sorted, as a key: equal for two graphs with equal canonical
   * SMILES (which write every heavy atom), so unequal keys rule out equal SMILES without making
   * any.
   */
  static String heavyElements(IAtomContainer mol) {
    int[] z = new int[mol.getAtomCount()];
    int n = 0;
    for (IAtom atom : mol.atoms()) {
      if (!isElement(atom, IElement.H)) {
        z[n++] = atomicNumber(atom);
      }
    }
    java.util.Arrays.sort(z, 0, n);
    StringBuilder key = new StringBuilder(n * 3);
    for (int i = 0; i < n; i++) {
      key.append(z[i]).append(',');
    }
    return key.toString();
  }
}
