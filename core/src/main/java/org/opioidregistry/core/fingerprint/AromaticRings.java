package org.opioidregistry.core.fingerprint;

import java.util.ArrayList;
import java.util.List;
import org.opioidregistry.core.structure.ScreenGraph;

/**
 * The narrow aromaticity of CDK's circular fingerprints: a bond is aromatic when it lies in a
 * six-membered chordless ring of heavy atoms that each carry a double bond, whose bonds are single
 * or double and alternate, bonds already found aromatic counting as either; repeated until no ring
 * changes (so that fused rings whose alternation runs through a neighbour are found too). Marking
 * only ever makes more rings qualify, so the result does not depend on the order rings are tried.
 *
 * <p>Stateless and thread-safe.
 */
final class AromaticRings {

  private AromaticRings() {}

  /** Aromatic flags by bond index. */
  static boolean[] strictAromaticBonds(ScreenGraph g) {
    int n = g.atomCount();
    boolean[] aromatic = new boolean[g.bondCount()];
    boolean[] candidate = new boolean[n];
    int candidates = 0;
    for (int a = 0; a < n; a++) {
      if (!g.isHeavy(a) || !g.inRing(a)) {
        continue;
      }
      for (int k = 0, d = g.degree(a); k < d; k++) {
        if (g.bondOrder(g.neighbourBond(a, k)) == 2) {
          candidate[a] = true;
          candidates++;
          break;
        }
      }
    }
    if (candidates < 6) {
      return aromatic;
    }
    List<int[]> rings = new ArrayList<>();
    int[] path = new int[6];
    for (int s = 0; s < n; s++) {
      if (candidate[s]) {
        path[0] = s;
        extend(g, candidate, path, 1, rings);
      }
    }
    boolean changed = true;
    while (changed && !rings.isEmpty()) {
      changed = false;
      for (int r = rings.size() - 1; r >= 0; r--) {
        int[] bonds = rings.get(r);
        boolean phase1 = true;
        boolean phase2 = true;
        for (int i = 0; i < 6; i++) {
          if (aromatic[bonds[i]]) {
            continue;
          }
          int order = g.bondOrder(bonds[i]);
          phase1 &= order == 2 - (i & 1);
          phase2 &= order == 1 + (i & 1);
        }
        if (phase1 || phase2) {
          for (int b : bonds) {
            aromatic[b] = true;
          }
          rings.remove(r);
          changed = true;
        }
      }
    }
    return aromatic;
  }

  /**
   * Grows paths of candidate atoms above path[0] (the smallest atom of each ring, so each ring is
   * found from one start), and keeps closed chordless six-rings of single and double bonds once
   * (path[1] below path[5] picks one direction), as their bond indices in ring order.
   */
  private static void extend(
      ScreenGraph g, boolean[] candidate, int[] path, int len, List<int[]> out) {
    int last = path[len - 1];
    for (int k = 0, d = g.degree(last); k < d; k++) {
      int next = g.neighbour(last, k);
      int bond = g.neighbourBond(last, k);
      int order = g.bondOrder(bond);
      if (order != 1 && order != 2) {
        continue;
      }
      if (len == 6) {
        if (next == path[0] && path[1] < path[5]) {
          keep(g, path, out);
        }
        continue;
      }
      if (!candidate[next] || next <= path[0] || onPath(path, len, next)) {
        continue;
      }
      path[len] = next;
      extend(g, candidate, path, len + 1, out);
    }
  }

  private static boolean onPath(int[] path, int len, int atom) {
    for (int i = 0; i < len; i++) {
      if (path[i] == atom) {
        return true;
      }
    }
    return false;
  }

  private static void keep(ScreenGraph g, int[] path, List<int[]> out) {
    // chordless: no bond between atoms that are not next to each other in the ring
    for (int i = 0; i < 6; i++) {
      for (int j = i + 2; j < 6; j++) {
        if (i == 0 && j == 5) {
          continue;
        }
        if (g.bondBetween(path[i], path[j]) >= 0) {
          return;
        }
      }
    }
    int[] bonds = new int[6];
    for (int i = 0; i < 6; i++) {
      bonds[i] = g.bondBetween(path[i], path[(i + 1) % 6]);
    }
    out.add(bonds);
  }
}
