package org.opioidregistry.core.structure;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IElement;
import org.openscience.cdk.isomorphism.AtomMatcher;
import org.openscience.cdk.isomorphism.BondMatcher;
import org.openscience.cdk.isomorphism.Pattern;
import org.openscience.cdk.isomorphism.VentoFoggia;

/**
 * Decides whether a structure is a pentavalent nitrogen derivative of an ester or ether of an
 * amine, by mapping the amine's atoms onto the structure (see {@link
 * PentavalentNitrogen#esterOrEtherDerivative}). Connectivity only: stereochemistry is not compared.
 *
 * <p>Stateless and thread-safe; each call builds its own pattern.
 */
final class EsterEtherDerivation {

  /** Mappings of the amine onto one structure tried before giving up (bounds symmetric cases). */
  static final int MAX_MAPPINGS = 64;

  private EsterEtherDerivation() {}

  static Optional<PentavalentNitrogen.OxygenSubstitution> of(
      IAtomContainer structure, IAtomContainer amine) {
    if (structure.getAtomCount() <= amine.getAtomCount()) {
      return Optional.empty(); // an ester or ether has at least the added group's atom more
    }
    Pattern pattern = pattern(amine);
    int tried = 0;
    for (int[] mapping : pattern.matchAll(structure).limit(MAX_MAPPINGS)) {
      Optional<PentavalentNitrogen.OxygenSubstitution> found = judge(structure, amine, mapping);
      if (found.isPresent()) {
        return found;
      }
      if (++tried >= MAX_MAPPINGS) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the amine maps onto the structure at all, as {@link #of} maps it: without a mapping
   * {@code of} is empty. Whether a mapping exists does not depend on the order of the atoms, nor on
   * the Kekulé form of the aromatic bonds (the matchers read elements, charges, hydrogen counts,
   * aromaticity and the order of the bonds that are not aromatic), unlike which mappings {@code of}
   * tries within its limit.
   */
  static boolean mayMap(IAtomContainer structure, IAtomContainer amine) {
    return pattern(amine).matches(structure);
  }

  private static Pattern pattern(IAtomContainer amine) {
    return VentoFoggia.findSubstructure(amine, ATOMS, BONDS);
  }

  /**
   * Element for element; the amine's nitrogen may be the structure's pentavalent nitrogen, and its
   * hydroxyl oxygens may have lost their hydrogen to a group; every other atom keeps its charge and
   * hydrogens, which with the connectivity fixes the rest.
   */
  private static final AtomMatcher ATOMS =
      new AtomMatcher() {
        @Override
        public boolean matches(IAtom amineAtom, IAtom atom) {
          if (Atoms.atomicNumber(amineAtom) != Atoms.atomicNumber(atom)) {
            return false;
          }
          if (isHydroxyl(amineAtom)) {
            return Atoms.charge(atom) == 0 && Atoms.hydrogens(atom) <= 1;
          }
          if (Atoms.isElement(amineAtom, IElement.N)
              && Atoms.charge(amineAtom) == 0
              && Atoms.hydrogens(amineAtom) == 0
              && Atoms.charge(atom) == 1
              && Atoms.hydrogens(atom) == 0) {
            return true; // the pentavalent nitrogen; checked in full by judge
          }
          return Atoms.charge(amineAtom) == Atoms.charge(atom)
              && Atoms.hydrogens(amineAtom) == Atoms.hydrogens(atom);
        }
      };

  /** Aromatic to aromatic, else the same order (both graphs have their aromaticity perceived). */
  private static final BondMatcher BONDS =
      new BondMatcher() {
        @Override
        public boolean matches(IBond amineBond, IBond bond) {
          if (amineBond.isAromatic() || bond.isAromatic()) {
            return amineBond.isAromatic() && bond.isAromatic();
          }
          return amineBond.getOrder() == bond.getOrder();
        }
      };

  /**
   * Whether this mapping makes the structure the amine with exactly one pentavalent nitrogen site
   * (one group more on a mapped amine nitrogen) and at least one hydroxyl oxygen carrying a carbon
   * group, every unmapped atom belonging to a group attached by a single bond to one of those
   * atoms.
   */
  private static Optional<PentavalentNitrogen.OxygenSubstitution> judge(
      IAtomContainer structure, IAtomContainer amine, int[] mapping) {
    boolean[] mapped = new boolean[structure.getAtomCount()];
    for (int index : mapping) {
      mapped[index] = true;
    }
    int bondsAmongMapped = 0;
    for (IBond bond : structure.bonds()) {
      if (mapped[bond.getBegin().getIndex()] && mapped[bond.getEnd().getIndex()]) {
        bondsAmongMapped++;
      }
    }
    if (bondsAmongMapped != amine.getBondCount()) {
      return Optional.empty(); // a bond the amine lacks, such as a new ring closure
    }
    int pentavalentSites = 0;
    boolean esters = false;
    boolean ethers = false;
    for (int i = 0; i < mapping.length; i++) {
      IAtom amineAtom = amine.getAtom(i);
      IAtom atom = structure.getAtom(mapping[i]);
      int extra = 0;
      IAtom group = null;
      for (IAtom neighbour : structure.getConnectedAtomsList(atom)) {
        if (!mapped[neighbour.getIndex()]) {
          extra++;
          group = neighbour;
        }
      }
      if (extra == 0) {
        if (Atoms.charge(atom) != Atoms.charge(amineAtom)) {
          return Optional.empty(); // a charged nitrogen with nothing added
        }
        continue;
      }
      if (extra > 1) {
        return Optional.empty();
      }
      if (Atoms.isElement(atom, IElement.N) && PentavalentNitrogen.isPentavalent(structure, atom)) {
        pentavalentSites++;
      } else if (isHydroxyl(amineAtom)
          && Atoms.hydrogens(atom) == 0
          && Atoms.isElement(group, IElement.C)) {
        if (isAcyl(structure, group)) {
          esters = true;
        } else {
          ethers = true;
        }
      } else {
        return Optional.empty(); // a substituent where the amine has none to give up
      }
    }
    if (pentavalentSites != 1 || !(esters || ethers) || !groupsAttachOnce(structure, mapped)) {
      return Optional.empty();
    }
    return Optional.of(new PentavalentNitrogen.OxygenSubstitution(esters, ethers));
  }

  /** Whether every group of unmapped atoms is joined to the mapped atoms by exactly one bond. */
  private static boolean groupsAttachOnce(IAtomContainer structure, boolean[] mapped) {
    boolean[] seen = new boolean[structure.getAtomCount()];
    for (IAtom start : structure.atoms()) {
      if (mapped[start.getIndex()] || seen[start.getIndex()]) {
        continue;
      }
      int attachments = 0;
      Deque<IAtom> todo = new ArrayDeque<>();
      seen[start.getIndex()] = true;
      todo.push(start);
      while (!todo.isEmpty()) {
        IAtom a = todo.pop();
        for (IAtom b : structure.getConnectedAtomsList(a)) {
          if (mapped[b.getIndex()]) {
            attachments++;
          } else if (!seen[b.getIndex()]) {
            seen[b.getIndex()] = true;
            todo.push(b);
          }
        }
      }
      if (attachments != 1) {
        return false;
      }
    }
    return true;
  }

  /** An oxygen with one hydrogen and no charge: a hydroxyl an ester or ether can replace. */
  private static boolean isHydroxyl(IAtom atom) {
    return Atoms.isElement(atom, IElement.O)
        && Atoms.charge(atom) == 0
        && Atoms.hydrogens(atom) == 1;
  }

  /** A carbon double-bonded to an oxygen: the acyl carbon of an ester (carbonates included). */
  private static boolean isAcyl(IAtomContainer structure, IAtom carbon) {
    for (IBond bond : structure.getConnectedBondsList(carbon)) {
      IAtom other = bond.getOther(carbon);
      if (bond.getOrder() == IBond.Order.DOUBLE && Atoms.isElement(other, IElement.O)) {
        return true;
      }
    }
    return false;
  }
}
