package org.opioidregistry.core.structure;

import java.util.Arrays;
import org.openscience.cdk.CDKConstants;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IStereoElement;

/**
 * A molecule read once into primitive arrays (elements, charges, hydrogen counts, bond orders, the
 * heavy-atom adjacency, ring membership, tetrahedral stereo): what the screen's kernels (skeleton
 * hash, scaffold cores, circular fingerprint, formula) read, so that none of them walks the CDK
 * object graph or copies it.
 *
 * <p>It is a faithful view of the CDK graph it was read from: atom {@code i} and bond {@code j} are
 * the graph's atom and bond of that index, and every value is the one CDK holds (a null charge or
 * hydrogen count is 0, a null atomic number 0). Only heavy atoms (atomic number above 1) appear in
 * the adjacency; bonds to hydrogen atoms are counted per atom in {@link #explicitHydrogens}.
 *
 * <pre>{@code
 * ScreenGraph g = prepared.screenGraph();
 * for (int k = 0; k < g.degree(a); k++) { int b = g.neighbour(a, k); ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe: the arrays are never handed out.
 */
public final class ScreenGraph {

  private final int atoms;
  private final int[] element;
  private final int[] charge;
  private final int[] implicitHydrogens;
  private final int[] explicitHydrogens;
  private final int[] bondBegin;
  private final int[] bondEnd;
  private final int[] bondOrder;

  /** Heavy neighbours of atom a: adjacency[offset[a] .. offset[a + 1]), bond indices alike. */
  private final int[] offset;

  private final int[] adjacency;
  private final int[] adjacencyBond;
  private final int[] bondOrderSum;
  private final boolean[] inRing;

  /** Four carriers per atom with tetrahedral stereo (-1 for an implicit hydrogen), else null. */
  private final int[][] tetrahedral;

  private final boolean isotopesOrExactMasses;
  private final boolean sgroups;
  private final boolean missingHydrogenCounts;
  private final int maxElement;

  /*
   * The reading is split into one small method per pass: the screen reads every record, and one
   * large constructor with five loops was compiled by C2 again for each loop it entered hot (on-stack
   * replacement: six compilations of the whole constructor over 100,000 records, on the core the
   * screen runs on).
   */
  private ScreenGraph(IAtomContainer mol) {
    atoms = mol.getAtomCount();
    element = new int[atoms];
    charge = new int[atoms];
    implicitHydrogens = new int[atoms];
    explicitHydrogens = new int[atoms];
    int summary = readAtoms(mol);
    maxElement = summary >>> 2;
    missingHydrogenCounts = (summary & 1) != 0;
    isotopesOrExactMasses = (summary & 2) != 0;
    sgroups = mol.getProperty(CDKConstants.CTAB_SGROUPS) != null;
    int bonds = mol.getBondCount();
    bondBegin = new int[bonds];
    bondEnd = new int[bonds];
    bondOrder = new int[bonds];
    bondOrderSum = new int[atoms];
    int[] degree = readBonds(mol);
    offset = new int[atoms + 1];
    for (int i = 0; i < atoms; i++) {
      offset[i + 1] = offset[i] + degree[i];
    }
    adjacency = new int[offset[atoms]];
    adjacencyBond = new int[offset[atoms]];
    fillAdjacency();
    inRing = ringAtoms();
    tetrahedral = tetrahedral(mol);
  }

  /**
   * Reads each atom's element, charge and implicit hydrogen count; returns the largest atomic
   * number shifted left by 2, bit 0 set when a hydrogen count is unset, bit 1 when an isotope,
   * exact mass or natural abundance is set.
   */
  private int readAtoms(IAtomContainer mol) {
    boolean special = false;
    boolean unsetHydrogens = false;
    int max = 0;
    for (int i = 0; i < atoms; i++) {
      IAtom atom = mol.getAtom(i);
      element[i] = Atoms.atomicNumber(atom);
      charge[i] = Atoms.charge(atom);
      implicitHydrogens[i] = Atoms.hydrogens(atom);
      max = Math.max(max, element[i]);
      unsetHydrogens |= atom.getImplicitHydrogenCount() == null;
      special |=
          atom.getMassNumber() != null
              || atom.getExactMass() != null
              || atom.getNaturalAbundance() != null;
    }
    return (max << 2) | (special ? 2 : 0) | (unsetHydrogens ? 1 : 0);
  }

  /**
   * Reads each bond's ends and order, sums the orders per atom and counts hydrogen neighbours;
   * returns each atom's number of heavy neighbours.
   */
  private int[] readBonds(IAtomContainer mol) {
    int[] degree = new int[atoms + 1];
    for (int j = 0; j < bondBegin.length; j++) {
      IBond bond = mol.getBond(j);
      int u = mol.indexOf(bond.getBegin());
      int v = mol.indexOf(bond.getEnd());
      bondBegin[j] = u;
      bondEnd[j] = v;
      bondOrder[j] = order(bond.getOrder());
      bondOrderSum[u] += bondOrder[j];
      bondOrderSum[v] += bondOrder[j];
      if (element[u] > 1 && element[v] > 1) {
        degree[u]++;
        degree[v]++;
      } else {
        if (element[u] <= 1) {
          explicitHydrogens[v]++;
        }
        if (element[v] <= 1) {
          explicitHydrogens[u]++;
        }
      }
    }
    return degree;
  }

  /** Fills the heavy-atom adjacency, in bond order, from the offsets. */
  private void fillAdjacency() {
    int[] fill = Arrays.copyOf(offset, atoms);
    for (int j = 0; j < bondBegin.length; j++) {
      int u = bondBegin[j];
      int v = bondEnd[j];
      if (element[u] > 1 && element[v] > 1) {
        adjacency[fill[u]] = v;
        adjacencyBond[fill[u]++] = j;
        adjacency[fill[v]] = u;
        adjacencyBond[fill[v]++] = j;
      }
    }
  }

  /**
   * Reads a molecule. The molecule is not modified and not kept.
   *
   * @param mol the molecule, with its atoms' atomic numbers set
   * @return the view
   */
  public static ScreenGraph of(IAtomContainer mol) {
    return new ScreenGraph(mol);
  }

  private static int order(IBond.Order order) {
    if (order == null) {
      return 0;
    }
    return switch (order) {
      case SINGLE -> 1;
      case DOUBLE -> 2;
      case TRIPLE -> 3;
      case QUADRUPLE -> 4;
      default -> 0;
    };
  }

  /** Atoms on a cycle of the heavy-atom graph: the ends of every bond that is not a bridge. */
  private boolean[] ringAtoms() {
    boolean[] ring = new boolean[atoms];
    int[] discovered = new int[atoms];
    int[] low = new int[atoms];
    int[] parentBond = new int[atoms];
    int[] stack = new int[atoms];
    int[] cursor = new int[atoms];
    int time = 0;
    for (int root = 0; root < atoms; root++) {
      if (element[root] <= 1 || discovered[root] != 0) {
        continue;
      }
      int top = 0;
      stack[top++] = root;
      discovered[root] = low[root] = ++time;
      parentBond[root] = -1;
      cursor[root] = offset[root];
      while (top > 0) {
        int a = stack[top - 1];
        if (cursor[a] < offset[a + 1]) {
          int k = cursor[a]++;
          int b = adjacency[k];
          int bond = adjacencyBond[k];
          if (bond == parentBond[a]) {
            continue;
          }
          if (discovered[b] == 0) {
            discovered[b] = low[b] = ++time;
            parentBond[b] = bond;
            cursor[b] = offset[b];
            stack[top++] = b;
          } else {
            low[a] = Math.min(low[a], discovered[b]);
          }
        } else {
          top--;
          if (top > 0) {
            int parent = stack[top - 1];
            low[parent] = Math.min(low[parent], low[a]);
            if (low[a] <= discovered[parent]) {
              // the bond to the parent lies on a cycle
              ring[a] = true;
              ring[parent] = true;
            }
          }
        }
      }
    }
    return ring;
  }

  /**
   * The carriers of each tetrahedral centre in the order CDK's stereo element gives them, turned to
   * the clockwise ("right") order, the focus standing for an implicit hydrogen (-1).
   */
  private static int[][] tetrahedral(IAtomContainer mol) {
    int[][] out = null;
    for (IStereoElement<?, ?> se : mol.stereoElements()) {
      if (se.getConfigClass() != IStereoElement.Tetrahedral) {
        continue;
      }
      @SuppressWarnings("unchecked")
      IStereoElement<IAtom, IAtom> th = (IStereoElement<IAtom, IAtom>) se;
      IAtom focus = th.getFocus();
      int[] carriers = new int[4];
      for (int i = 0; i < 4; i++) {
        IAtom carrier = th.getCarriers().get(i);
        carriers[i] = focus.equals(carrier) ? -1 : mol.indexOf(carrier);
      }
      int order = th.getConfigOrder();
      if (order == IStereoElement.LEFT) {
        int swap = carriers[2];
        carriers[2] = carriers[3];
        carriers[3] = swap;
      } else if (order != IStereoElement.RIGHT) {
        continue;
      }
      if (out == null) {
        out = new int[mol.getAtomCount()][];
      }
      out[mol.indexOf(focus)] = carriers;
    }
    return out;
  }

  /** Number of atoms, hydrogen atoms included. */
  public int atomCount() {
    return atoms;
  }

  /** Number of bonds. */
  public int bondCount() {
    return bondBegin.length;
  }

  /** Atomic number of an atom (0 when CDK has none). */
  public int element(int atom) {
    return element[atom];
  }

  /** Whether an atom is a heavy atom (atomic number above 1). */
  public boolean isHeavy(int atom) {
    return element[atom] > 1;
  }

  /** Formal charge of an atom. */
  public int charge(int atom) {
    return charge[atom];
  }

  /** Implicit hydrogen count of an atom. */
  public int implicitHydrogens(int atom) {
    return implicitHydrogens[atom];
  }

  /** Number of hydrogen (or element-less) atoms bonded to an atom. */
  public int explicitHydrogens(int atom) {
    return explicitHydrogens[atom];
  }

  /** Sum of the numeric orders (1 to 4, else 0) of every bond of an atom, hydrogens included. */
  public int bondOrderSum(int atom) {
    return bondOrderSum[atom];
  }

  /** Number of heavy neighbours of a heavy atom (0 for a hydrogen). */
  public int degree(int atom) {
    return offset[atom + 1] - offset[atom];
  }

  /** The k-th heavy neighbour of an atom, in bond order. */
  public int neighbour(int atom, int k) {
    return adjacency[offset[atom] + k];
  }

  /** The bond to the k-th heavy neighbour of an atom. */
  public int neighbourBond(int atom, int k) {
    return adjacencyBond[offset[atom] + k];
  }

  /** The bond joining two heavy atoms, or -1. */
  public int bondBetween(int a, int b) {
    for (int k = offset[a]; k < offset[a + 1]; k++) {
      if (adjacency[k] == b) {
        return adjacencyBond[k];
      }
    }
    return -1;
  }

  /** Numeric order of a bond: 1 to 4, or 0 when unset or another kind. */
  public int bondOrder(int bond) {
    return bondOrder[bond];
  }

  /** Whether a heavy atom lies on a cycle of heavy atoms. */
  public boolean inRing(int atom) {
    return inRing[atom];
  }

  /**
   * The four carriers of a tetrahedral centre in clockwise order, -1 for an implicit hydrogen, or
   * null when the atom has no tetrahedral stereo element.
   *
   * @param atom the focus
   * @param index which carrier, 0 to 3
   * @return the carrier's atom index, -1 for the implicit hydrogen
   */
  public int tetrahedralCarrier(int atom, int index) {
    return tetrahedral[atom][index];
  }

  /** Whether an atom is the focus of a tetrahedral stereo element. */
  public boolean isTetrahedral(int atom) {
    return tetrahedral != null && tetrahedral[atom] != null;
  }

  /** Whether any atom has a mass number, exact mass or abundance set (isotope labels). */
  public boolean hasIsotopes() {
    return isotopesOrExactMasses;
  }

  /** Whether the molecule carries Sgroups (which CDK's formula reads). */
  public boolean hasSgroups() {
    return sgroups;
  }

  /** Whether some atom has no implicit hydrogen count set (read as 0 here). */
  public boolean hasMissingHydrogenCounts() {
    return missingHydrogenCounts;
  }

  /** The largest atomic number present. */
  public int maxElement() {
    return maxElement;
  }

  @Override
  public String toString() {
    return "ScreenGraph[" + atoms + " atoms, " + bondBegin.length + " bonds]";
  }
}
