package org.opioidregistry.core.structure;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IElement;

/**
 * Rewrites groups that have several accepted drawings into one, so that a structure read from InChI
 * (which draws nitro as pentavalent N(=O)=O and gives amides as their iminol tautomer) or from a
 * hand-drawn MOL file meets the same structure read from SMILES. Works in place on Kekulé bond
 * orders, before aromaticity is perceived. InChIKeys are unaffected: InChI normalises both.
 */
final class GroupNormalizer {

  private GroupNormalizer() {}

  /**
   * Applies every rule.
   *
   * @return how many groups were rewritten
   */
  static int normalize(IAtomContainer mol) {
    int changed = 0;
    for (IAtom atom : mol.atoms()) {
      if (Atoms.isElement(atom, IElement.N) && Atoms.charge(atom) == 0 && valence(mol, atom) == 5) {
        changed += separateNOxideCharge(mol, atom);
      }
    }
    for (IAtom oxygen : mol.atoms()) {
      if (Atoms.isElement(oxygen, IElement.O)
          && Atoms.charge(oxygen) == 0
          && Atoms.hydrogens(oxygen) == 1) {
        changed += iminolToAmide(mol, oxygen);
      }
    }
    return changed;
  }

  /** Pentavalent N=O (nitro, N-oxide) becomes the charge-separated [N+]-[O-]. */
  private static int separateNOxideCharge(IAtomContainer mol, IAtom nitrogen) {
    for (IBond bond : mol.getConnectedBondsList(nitrogen)) {
      IAtom other = bond.getOther(nitrogen);
      if (bond.getOrder() == IBond.Order.DOUBLE
          && Atoms.isElement(other, IElement.O)
          && mol.getConnectedBondsCount(other) == 1
          && Atoms.charge(other) == 0) {
        bond.setOrder(IBond.Order.SINGLE);
        nitrogen.setFormalCharge(1);
        other.setFormalCharge(-1);
        return 1;
      }
    }
    return 0;
  }

  /**
   * An iminol HO-C=N becomes the amide O=C-NH: the amide (lactam) tautomer dominates for amides and
   * for 2-hydroxy-azaheterocycles such as brorphine's benzimidazolone.
   */
  private static int iminolToAmide(IAtomContainer mol, IAtom oxygen) {
    if (mol.getConnectedBondsCount(oxygen) != 1) {
      return 0;
    }
    IBond co = mol.getConnectedBondsList(oxygen).get(0);
    IAtom carbon = co.getOther(oxygen);
    if (co.getOrder() != IBond.Order.SINGLE || !Atoms.isElement(carbon, IElement.C)) {
      return 0;
    }
    for (IBond cn : mol.getConnectedBondsList(carbon)) {
      IAtom nitrogen = cn.getOther(carbon);
      if (cn.getOrder() == IBond.Order.DOUBLE
          && Atoms.isElement(nitrogen, IElement.N)
          && Atoms.charge(nitrogen) == 0) {
        co.setOrder(IBond.Order.DOUBLE);
        cn.setOrder(IBond.Order.SINGLE);
        oxygen.setImplicitHydrogenCount(0);
        nitrogen.setImplicitHydrogenCount(Atoms.hydrogens(nitrogen) + 1);
        return 1;
      }
    }
    return 0;
  }

  private static int valence(IAtomContainer mol, IAtom atom) {
    int valence = Atoms.hydrogens(atom);
    for (IBond bond : mol.getConnectedBondsList(atom)) {
      if (bond.getOrder() == null || bond.getOrder() == IBond.Order.UNSET) {
        return -1;
      }
      valence += bond.getOrder().numeric();
    }
    return valence;
  }
}
