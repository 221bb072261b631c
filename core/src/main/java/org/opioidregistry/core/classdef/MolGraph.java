package org.opioidregistry.core.classdef;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * A read-only view of one molecule for the decompositions: adjacency, bond orders, SSSR rings and
 * ring systems. Built from a private copy, so the caller's container is never touched. Confined to
 * the thread that builds it.
 */
final class MolGraph {
  private final IAtomContainer mol;
  private final int[][] adj;
  private final int[][] rings;
  private final List<List<Integer>> ringsOfAtom;

  private MolGraph(IAtomContainer mol) {
    this.mol = mol;
    int n = mol.getAtomCount();
    adj = new int[n][];
    for (int i = 0; i < n; i++) {
      List<IAtom> nbrs = mol.getConnectedAtomsList(mol.getAtom(i));
      adj[i] = nbrs.stream().mapToInt(mol::indexOf).toArray();
    }
    rings = sssr(mol);
    ringsOfAtom = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ringsOfAtom.add(new ArrayList<>());
    }
    for (int r = 0; r < rings.length; r++) {
      for (int a : rings[r]) {
        ringsOfAtom.get(a).add(r);
      }
    }
  }

  /** Copies the molecule without explicit hydrogens and with Daylight aromaticity. */
  static MolGraph of(IAtomContainer input) {
    IAtomContainer copy;
    try {
      copy = input.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("IAtomContainer.clone is supported by every CDK builder", e);
    }
    for (IAtom a : copy.atoms()) {
      if (a.getImplicitHydrogenCount() == null) {
        throw new IllegalArgumentException(
            "implicit hydrogen counts must be set (as Structure and SmilesParser do)");
      }
    }
    copy = AtomContainerManipulator.suppressHydrogens(copy);
    try {
      new Aromaticity(Aromaticity.Model.Daylight, Cycles.or(Cycles.all(), Cycles.all(6)))
          .apply(copy);
    } catch (CDKException e) {
      // Aromaticity only fails on huge ring systems; such molecules are far outside these classes
      // and are judged without aromatic flags.
    }
    return new MolGraph(copy);
  }

  private static int[][] sssr(IAtomContainer mol) {
    int[][] paths = Cycles.sssr(mol).paths();
    int[][] out = new int[paths.length][];
    for (int i = 0; i < paths.length; i++) {
      // CDK closes each path by repeating its first atom.
      out[i] = java.util.Arrays.copyOf(paths[i], paths[i].length - 1);
    }
    return out;
  }

  IAtomContainer container() {
    return mol;
  }

  int atomCount() {
    return adj.length;
  }

  int[] neighbours(int atom) {
    return adj[atom];
  }

  int element(int atom) {
    Integer z = mol.getAtom(atom).getAtomicNumber();
    return z == null ? 0 : z;
  }

  int charge(int atom) {
    Integer q = mol.getAtom(atom).getFormalCharge();
    return q == null ? 0 : q;
  }

  int hydrogens(int atom) {
    Integer h = mol.getAtom(atom).getImplicitHydrogenCount();
    return h == null ? 0 : h;
  }

  boolean aromatic(int atom) {
    return mol.getAtom(atom).isAromatic();
  }

  IBond bond(int a, int b) {
    return mol.getBond(mol.getAtom(a), mol.getAtom(b));
  }

  /** Bond order 1-3, with aromatic bonds reported as 4 so they never pass for single bonds. */
  int order(int a, int b) {
    IBond bond = bond(a, b);
    if (bond == null) {
      return 0;
    }
    if (bond.isAromatic()) {
      return 4;
    }
    IBond.Order o = bond.getOrder();
    return o == null || o == IBond.Order.UNSET ? 0 : o.numeric();
  }

  boolean inRing(int atom) {
    return !ringsOfAtom.get(atom).isEmpty();
  }

  int[][] rings() {
    return rings;
  }

  List<Integer> ringsOf(int atom) {
    return ringsOfAtom.get(atom);
  }

  /** All SSSR rings connected to {@code ring} through shared atoms (fused, bridged or spiro). */
  BitSet ringSystem(int ring) {
    BitSet system = new BitSet();
    Deque<Integer> todo = new ArrayDeque<>();
    system.set(ring);
    todo.add(ring);
    while (!todo.isEmpty()) {
      int r = todo.poll();
      for (int a : rings[r]) {
        for (int other : ringsOfAtom.get(a)) {
          if (!system.get(other)) {
            system.set(other);
            todo.add(other);
          }
        }
      }
    }
    return system;
  }

  /** Atoms reachable from {@code root} without entering {@code blocked}. */
  BitSet reach(int root, BitSet blocked) {
    BitSet seen = new BitSet();
    Deque<Integer> todo = new ArrayDeque<>();
    seen.set(root);
    todo.add(root);
    while (!todo.isEmpty()) {
      int a = todo.poll();
      for (int b : adj[a]) {
        if (!seen.get(b) && !blocked.get(b)) {
          seen.set(b);
          todo.add(b);
        }
      }
    }
    return seen;
  }

  /** The atoms of a set as sorted indices, for reporting which atoms a site consists of. */
  static List<Integer> indices(BitSet atoms) {
    return atoms.stream().boxed().toList();
  }

  /** Number of carbon atoms in {@code atoms}. */
  int carbons(BitSet atoms) {
    int count = 0;
    for (int a = atoms.nextSetBit(0); a >= 0; a = atoms.nextSetBit(a + 1)) {
      if (element(a) == 6) {
        count++;
      }
    }
    return count;
  }

  /** Average molecular weight of the atoms (with their implicit hydrogens), in g/mol. */
  double molecularWeight(BitSet atoms) {
    double total = 0;
    for (int a = atoms.nextSetBit(0); a >= 0; a = atoms.nextSetBit(a + 1)) {
      total += StandardAtomicWeights.of(element(a)) + hydrogens(a) * StandardAtomicWeights.of(1);
    }
    return total;
  }

  /** Number of bonds from atoms of {@code fragment} to atoms of {@code core}. */
  int bondsInto(BitSet fragment, BitSet core) {
    int count = 0;
    for (int a = fragment.nextSetBit(0); a >= 0; a = fragment.nextSetBit(a + 1)) {
      for (int b : adj[a]) {
        if (core.get(b)) {
          count++;
        }
      }
    }
    return count;
  }
}
