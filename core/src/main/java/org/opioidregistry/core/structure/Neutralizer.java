package org.opioidregistry.core.structure;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IElement;

/**
 * Moves protons to undo salt formation. Works in place on a container the caller owns.
 *
 * <p>Charge-separated groups that are neutral as a whole (nitro, N-oxide, azide) are left as they
 * are: a charged atom next to an oppositely charged one is never touched.
 */
final class Neutralizer {

  /** How many charges one call removed. */
  record Counts(int cations, int anions) {}

  private Neutralizer() {}

  /**
   * Neutralises the charges a salt explains: a cation that carries a hydrogen (protonated amine)
   * loses it, an anion on O, S or N (carboxylate, phenolate, sulfonate) gains one. Quaternary
   * ammonium and other cations without a hydrogen stay charged.
   */
  static Counts parent(IAtomContainer mol) {
    int cations = 0;
    int anions = 0;
    for (IAtom atom : mol.atoms()) {
      int charge = Atoms.charge(atom);
      if (charge == 0 || hasOppositelyChargedNeighbour(mol, atom, charge)) {
        continue;
      }
      if (charge == 1 && Atoms.hydrogens(atom) > 0 && isNonMetal(atom)) {
        atom.setFormalCharge(0);
        atom.setImplicitHydrogenCount(Atoms.hydrogens(atom) - 1);
        cations++;
      } else if (charge == -1 && isProtonatableAnion(atom)) {
        atom.setFormalCharge(0);
        atom.setImplicitHydrogenCount(Atoms.hydrogens(atom) + 1);
        anions++;
      }
    }
    return new Counts(cations, anions);
  }

  /**
   * Neutralises a fragment as far as possible so that it can be looked up in the counter-ion table:
   * anions gain protons and cations lose them until the fragment's net charge is zero, and metal
   * ions lose their charge.
   */
  static void forLookup(IAtomContainer fragment) {
    for (IAtom atom : fragment.atoms()) {
      if (!isNonMetal(atom)) {
        atom.setFormalCharge(0);
      }
    }
    int net = netCharge(fragment);
    for (IAtom atom : fragment.atoms()) {
      if (net < 0 && Atoms.charge(atom) < 0 && isNonMetal(atom)) {
        atom.setFormalCharge(Atoms.charge(atom) + 1);
        atom.setImplicitHydrogenCount(Atoms.hydrogens(atom) + 1);
        net++;
      } else if (net > 0 && Atoms.charge(atom) > 0 && Atoms.hydrogens(atom) > 0) {
        atom.setFormalCharge(Atoms.charge(atom) - 1);
        atom.setImplicitHydrogenCount(Atoms.hydrogens(atom) - 1);
        net--;
      }
    }
  }

  static int netCharge(IAtomContainer mol) {
    int net = 0;
    for (IAtom atom : mol.atoms()) {
      net += Atoms.charge(atom);
    }
    return net;
  }

  private static boolean hasOppositelyChargedNeighbour(IAtomContainer mol, IAtom atom, int charge) {
    for (IAtom neighbour : mol.getConnectedAtomsList(atom)) {
      if (Integer.signum(Atoms.charge(neighbour)) == -Integer.signum(charge)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isProtonatableAnion(IAtom atom) {
    int z = Atoms.atomicNumber(atom);
    return z == IElement.O || z == IElement.S || z == IElement.N;
  }

  static boolean isNonMetal(IAtom atom) {
    switch (Atoms.atomicNumber(atom)) {
      case IElement.H:
      case IElement.B:
      case IElement.C:
      case IElement.N:
      case IElement.O:
      case IElement.F:
      case IElement.Si:
      case IElement.P:
      case IElement.S:
      case IElement.Cl:
      case IElement.As:
      case IElement.Se:
      case IElement.Br:
      case IElement.Te:
      case IElement.I:
        return true;
      default:
        return false;
    }
  }
}
