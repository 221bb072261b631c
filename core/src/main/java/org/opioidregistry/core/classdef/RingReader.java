package org.opioidregistry.core.classdef;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a ring attached to the scaffold into a {@link RingSite}. Stateless. */
final class RingReader {
  private static final String[] MULTIPLIERS = {"", "", "di", "tri", "tetra", "penta"};

  private RingReader() {}

  /**
   * Reads the ring that contains {@code attach}, reached from {@code from} outside it.
   *
   * @param group all atoms of the group the ring belongs to (ring, its substituents, fused rings)
   * @param closesRing whether the group is joined by a ring to another scaffold part
   */
  static RingSite read(MolGraph g, int attach, int from, BitSet group, boolean closesRing) {
    int coreRing = smallestRingOf(g, attach);
    int[] ring = orderedFrom(g.rings()[coreRing], attach);
    BitSet core = new BitSet();
    boolean aromatic = true;
    boolean hetero = false;
    for (int a : ring) {
      core.set(a);
      aromatic &= g.aromatic(a);
      hetero |= g.element(a) != 6;
    }
    boolean benzene = ring.length == 6 && aromatic && !hetero;
    boolean monocycle = g.ringSystem(coreRing).cardinality() == 1;

    // Substituents, counted in both ring directions; keep the direction with the lower locants.
    List<int[]> found = new ArrayList<>(); // {position index, neighbour}
    for (int i = 0; i < ring.length; i++) {
      for (int b : g.neighbours(ring[i])) {
        if (!core.get(b) && b != from && group.get(b)) {
          found.add(new int[] {i, b});
        }
      }
    }
    boolean reverse = preferReverse(found, ring.length);
    BitSet blocked = (BitSet) core.clone();
    blocked.set(from);
    List<Substituent> substituents = new ArrayList<>();
    List<BitSet> seen = new ArrayList<>();
    boolean onlyDioxy = true;
    for (int[] f : found) {
      int pos = f[0];
      int root = f[1];
      BitSet atoms = g.reach(root, blocked);
      if (seen.contains(atoms)) {
        continue; // the other end of a bridge already recorded
      }
      seen.add(atoms);
      String locant = String.valueOf(locant(pos, ring.length, reverse));
      int bonds = g.bondsInto(atoms, core);
      SubstituentType type;
      if (bonds == 1) {
        type = SubstituentClassifier.classify(g, root, ring[pos], atoms);
      } else {
        int other = otherCoreNeighbour(g, atoms, core, ring[pos]);
        int otherPos = indexOf(ring, other);
        if (isAlkylenedioxy(g, atoms, ring, pos, otherPos)) {
          type = SubstituentType.ALKYLENEDIOXY;
          int l1 = locant(pos, ring.length, reverse);
          int l2 = locant(otherPos, ring.length, reverse);
          locant = Math.min(l1, l2) + "," + Math.max(l1, l2);
        } else {
          type = SubstituentType.OTHER;
          onlyDioxy = false;
        }
      }
      String name =
          type == SubstituentType.ALKYLENEDIOXY
              ? dioxyName(atoms.cardinality() - 2)
              : FragmentNames.name(g, atoms);
      substituents.add(
          new Substituent(locant, type, name, g.carbons(atoms), MolGraph.indices(atoms)));
    }
    substituents.sort((x, y) -> x.locant().compareTo(y.locant()));
    boolean fusedOnlyByDioxy =
        !monocycle
            && onlyDioxy
            && substituents.stream().anyMatch(s -> s.type() == SubstituentType.ALKYLENEDIOXY)
            && g.ringSystem(coreRing).cardinality() - 1
                == substituents.stream()
                    .filter(s -> s.type() == SubstituentType.ALKYLENEDIOXY)
                    .count();
    String name =
        benzene && (monocycle || fusedOnlyByDioxy)
            ? phenylName(substituents)
            : FragmentNames.name(g, group);
    return new RingSite(
        name,
        ring.length,
        aromatic,
        hetero,
        benzene,
        monocycle,
        fusedOnlyByDioxy,
        substituents,
        closesRing,
        MolGraph.indices(group));
  }

  static int smallestRingOf(MolGraph g, int atom) {
    int best = -1;
    for (int r : g.ringsOf(atom)) {
      if (best < 0 || g.rings()[r].length < g.rings()[best].length) {
        best = r;
      }
    }
    return best;
  }

  /** Ring atoms in ring order starting at {@code start}. */
  private static int[] orderedFrom(int[] ring, int start) {
    int at = indexOf(ring, start);
    int[] out = new int[ring.length];
    for (int i = 0; i < ring.length; i++) {
      out[i] = ring[(at + i) % ring.length];
    }
    return out;
  }

  static int indexOf(int[] ring, int atom) {
    for (int i = 0; i < ring.length; i++) {
      if (ring[i] == atom) {
        return i;
      }
    }
    return -1;
  }

  /** IUPAC-style locant: the attachment is 1, counting round the ring in the chosen direction. */
  private static int locant(int pos, int size, boolean reverse) {
    return (reverse ? (size - pos) % size : pos) + 1;
  }

  private static boolean preferReverse(List<int[]> found, int size) {
    int[] forward = found.stream().mapToInt(f -> locant(f[0], size, false)).sorted().toArray();
    int[] backward = found.stream().mapToInt(f -> locant(f[0], size, true)).sorted().toArray();
    return java.util.Arrays.compare(backward, forward) < 0;
  }

  private static int otherCoreNeighbour(MolGraph g, BitSet atoms, BitSet core, int self) {
    for (int a = atoms.nextSetBit(0); a >= 0; a = atoms.nextSetBit(a + 1)) {
      for (int b : g.neighbours(a)) {
        if (core.get(b) && b != self) {
          return b;
        }
      }
    }
    return -1;
  }

  /** O-(CH2)n-O with n 1 to 3 across two adjacent core atoms. */
  private static boolean isAlkylenedioxy(MolGraph g, BitSet atoms, int[] ring, int p, int q) {
    int d = Math.abs(p - q);
    if (q < 0 || (d != 1 && d != ring.length - 1)) {
      return false;
    }
    int oxygens = 0;
    int carbons = 0;
    for (int a = atoms.nextSetBit(0); a >= 0; a = atoms.nextSetBit(a + 1)) {
      if (g.element(a) == 8) {
        oxygens++;
      } else if (g.element(a) == 6 && !g.aromatic(a)) {
        carbons++;
      } else {
        return false;
      }
      for (int b : g.neighbours(a)) {
        if (atoms.get(b) && g.order(a, b) != 1) {
          return false;
        }
      }
    }
    return oxygens == 2 && carbons >= 1 && carbons <= 3;
  }

  private static String dioxyName(int carbons) {
    return switch (carbons) {
      case 1 -> "methylenedioxy";
      case 2 -> "ethylenedioxy";
      default -> "propylenedioxy";
    };
  }

  /** "2-fluoro-4-methoxyphenyl", "2,4-difluorophenyl", "phenyl". */
  static String phenylName(List<Substituent> substituents) {
    Map<String, List<String>> byName = new TreeMap<>();
    for (Substituent s : substituents) {
      byName.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s.locant());
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<String>> e : byName.entrySet()) {
      if (out.length() > 0) {
        out.append('-');
      }
      List<String> locants = e.getValue();
      int n = locants.size();
      String name = e.getKey();
      boolean plain = name.matches("[a-z]+");
      out.append(String.join(",", locants))
          .append('-')
          .append(n < MULTIPLIERS.length ? MULTIPLIERS[n] : "")
          .append(plain ? name : "(" + name + ")");
    }
    return out.append("phenyl").toString();
  }
}
