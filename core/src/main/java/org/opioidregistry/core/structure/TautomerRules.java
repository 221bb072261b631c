package org.opioidregistry.core.structure;

import java.util.List;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IElement;

/**
 * Moves hydrogens to the tautomer that the InChI library's {@code KET} and {@code 15T} options then
 * key alike, for the three shifts those options leave apart (found by {@code TautomerKeyTest}):
 *
 * <ol>
 *   <li>a conjugated dienol HO-C=C-C=C becomes the enone O=C-C=C-CH (a 1,5-shift);
 *   <li>an enol HO-C=C becomes the ketone O=C-CH (InChI's {@code KET} leaves the terminal enol of a
 *       methyl ketone or acetamide, H2C=C(OH)-, apart from the ketone);
 *   <li>an enamine on an amidine carbon, HN-C(=C)-N, becomes the imine N=C(-CH)-N: the exocyclic
 *       2-alkylidene drawing of a 2-alkylbenzimidazole (a nitazene) becomes the aromatic ring.
 * </ol>
 *
 * The keto, amide and aromatic forms are the ones that dominate for these groups. Phenols are left
 * alone (their carbon is aromatic). Only the tautomer key sees the result; the parent structure
 * keeps the drawing it was given, so that a tautomer is reported as a tautomer.
 *
 * <p>Works in place on Kekulé bond orders with implicit hydrogens. Stateless and thread-safe.
 */
final class TautomerRules {

  private TautomerRules() {}

  /**
   * Applies the rules until none fires (each firing removes an O-H or N-H, so at most as many
   * rounds as the molecule has such hydrogens).
   *
   * @return how many shifts were made
   */
  static int apply(IAtomContainer mol) {
    int shifts = 0;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (IAtom atom : mol.atoms()) {
        if (Atoms.charge(atom) != 0 || Atoms.hydrogens(atom) < 1) {
          continue;
        }
        if (Atoms.isElement(atom, IElement.O)
                && (dienolToEnone(mol, atom) || enolToKetone(mol, atom))
            || Atoms.isElement(atom, IElement.N) && amidineEnamineToImine(mol, atom)) {
          shifts++;
          changed = true;
          break;
        }
      }
    }
    return shifts;
  }

  /** H-O-C1=C2-C3=C4 to O=C1-C2=C3-C4-H. */
  private static boolean dienolToEnone(IAtomContainer mol, IAtom oxygen) {
    IBond oc = soleBond(mol, oxygen);
    if (oc == null || oc.getOrder() != IBond.Order.SINGLE) {
      return false;
    }
    IAtom c1 = oc.getOther(oxygen);
    for (IBond b12 : doubleBondsToCarbon(mol, c1)) {
      IAtom c2 = b12.getOther(c1);
      for (IBond b23 : mol.getConnectedBondsList(c2)) {
        IAtom c3 = b23.getOther(c2);
        if (b23.getOrder() != IBond.Order.SINGLE || c3 == c1 || !isPlainCarbon(c3)) {
          continue;
        }
        for (IBond b34 : doubleBondsToCarbon(mol, c3)) {
          IAtom c4 = b34.getOther(c3);
          if (c4 == c2) {
            continue;
          }
          oc.setOrder(IBond.Order.DOUBLE);
          b12.setOrder(IBond.Order.SINGLE);
          b23.setOrder(IBond.Order.DOUBLE);
          b34.setOrder(IBond.Order.SINGLE);
          moveHydrogen(oxygen, c4);
          return true;
        }
      }
    }
    return false;
  }

  /** H-O-C1=C2 to O=C1-C2-H. */
  private static boolean enolToKetone(IAtomContainer mol, IAtom oxygen) {
    IBond oc = soleBond(mol, oxygen);
    if (oc == null || oc.getOrder() != IBond.Order.SINGLE) {
      return false;
    }
    IAtom c1 = oc.getOther(oxygen);
    for (IBond b12 : doubleBondsToCarbon(mol, c1)) {
      oc.setOrder(IBond.Order.DOUBLE);
      b12.setOrder(IBond.Order.SINGLE);
      moveHydrogen(oxygen, b12.getOther(c1));
      return true;
    }
    return false;
  }

  /** H-Na-C1(=C2)-Nb to Na=C1(-C2-H)-Nb. */
  private static boolean amidineEnamineToImine(IAtomContainer mol, IAtom na) {
    for (IBond nc : mol.getConnectedBondsList(na)) {
      IAtom c1 = nc.getOther(na);
      if (nc.getOrder() != IBond.Order.SINGLE || !isPlainCarbon(c1)) {
        continue;
      }
      boolean amidine = false;
      for (IBond other : mol.getConnectedBondsList(c1)) {
        IAtom nb = other.getOther(c1);
        amidine |=
            nb != na
                && Atoms.isElement(nb, IElement.N)
                && Atoms.charge(nb) == 0
                && other.getOrder() == IBond.Order.SINGLE;
      }
      if (!amidine) {
        continue;
      }
      for (IBond b12 : doubleBondsToCarbon(mol, c1)) {
        nc.setOrder(IBond.Order.DOUBLE);
        b12.setOrder(IBond.Order.SINGLE);
        moveHydrogen(na, b12.getOther(c1));
        return true;
      }
    }
    return false;
  }

  /** Double bonds from a non-aromatic carbon to non-aromatic neutral carbons. */
  private static List<IBond> doubleBondsToCarbon(IAtomContainer mol, IAtom carbon) {
    if (!isPlainCarbon(carbon)) {
      return List.of();
    }
    return mol.getConnectedBondsList(carbon).stream()
        .filter(b -> b.getOrder() == IBond.Order.DOUBLE && isPlainCarbon(b.getOther(carbon)))
        .toList();
  }

  private static boolean isPlainCarbon(IAtom atom) {
    return Atoms.isElement(atom, IElement.C) && Atoms.charge(atom) == 0 && !atom.isAromatic();
  }

  private static IBond soleBond(IAtomContainer mol, IAtom atom) {
    List<IBond> bonds = mol.getConnectedBondsList(atom);
    return bonds.size() == 1 ? bonds.get(0) : null;
  }

  private static void moveHydrogen(IAtom from, IAtom to) {
    from.setImplicitHydrogenCount(Atoms.hydrogens(from) - 1);
    to.setImplicitHydrogenCount(Atoms.hydrogens(to) + 1);
  }
}
