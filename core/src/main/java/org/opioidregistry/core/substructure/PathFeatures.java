package org.opioidregistry.core.substructure;

import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.matchers.Expr;
import org.openscience.cdk.isomorphism.matchers.QueryAtom;

/**
 * Computes screen fingerprints from simple paths labelled by atomic number.
 *
 * <p>Labels are elements only, never aromaticity or bond order: those depend on the aromaticity
 * model and on SMARTS bond semantics, and a screen must never reject a true match. Hydrogen atoms
 * and query atoms without one definite element are left out of every path, which can only weaken
 * the screen, not make it wrong. Stateless; all work arrays are local to a call.
 */
final class PathFeatures {
  /** Longest path, in bonds. Seven-atom paths cover a benzene ring plus one substituent. */
  static final int MAX_BONDS = 6;

  /** Targets with more paths than this get a full fingerprint rather than an incomplete one. */
  private static final int MAX_PATHS = 200_000;

  private static final int UNKNOWN = -1;

  private PathFeatures() {}

  static ScreenFingerprint ofTarget(IAtomContainer mol) {
    int n = mol.getAtomCount();
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      Integer z = mol.getAtom(i).getAtomicNumber();
      labels[i] = z == null || z <= 1 ? UNKNOWN : z;
    }
    long[] words = enumerate(labels, adjacency(mol));
    return words == null ? ScreenFingerprint.full() : ScreenFingerprint.of(words);
  }

  static ScreenFingerprint ofQuery(IAtomContainer query) {
    int n = query.getAtomCount();
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      IAtom atom = query.getAtom(i);
      int z = atom instanceof QueryAtom qa ? definiteElement(qa.getExpression()) : UNKNOWN;
      labels[i] = z <= 1 ? UNKNOWN : z;
    }
    long[] words = enumerate(labels, adjacency(query));
    // A query too large to enumerate is simply not screened.
    return words == null ? ScreenFingerprint.empty() : ScreenFingerprint.of(words);
  }

  /** The element every match of this expression must have, or UNKNOWN. */
  private static int definiteElement(Expr expr) {
    if (expr == null) {
      return UNKNOWN;
    }
    switch (expr.type()) {
      case ELEMENT:
      case ALIPHATIC_ELEMENT:
      case AROMATIC_ELEMENT:
        return expr.value();
      case AND:
        int left = definiteElement(expr.left());
        return left != UNKNOWN ? left : definiteElement(expr.right());
      default:
        // OR, NOT, recursive and the rest do not pin down one element.
        return UNKNOWN;
    }
  }

  private static int[][] adjacency(IAtomContainer mol) {
    int n = mol.getAtomCount();
    int[] degree = new int[n];
    for (IBond b : mol.bonds()) {
      degree[mol.indexOf(b.getBegin())]++;
      degree[mol.indexOf(b.getEnd())]++;
    }
    int[][] adj = new int[n][];
    for (int i = 0; i < n; i++) {
      adj[i] = new int[degree[i]];
      degree[i] = 0;
    }
    for (IBond b : mol.bonds()) {
      int u = mol.indexOf(b.getBegin());
      int v = mol.indexOf(b.getEnd());
      adj[u][degree[u]++] = v;
      adj[v][degree[v]++] = u;
    }
    return adj;
  }

  /** Returns the words, or null if the path count exceeded the cap. */
  private static long[] enumerate(int[] labels, int[][] adj) {
    long[] words = new long[ScreenFingerprint.BITS / 64];
    int[] path = new int[MAX_BONDS + 1];
    boolean[] onPath = new boolean[labels.length];
    int[] count = {0};
    for (int start = 0; start < labels.length; start++) {
      if (labels[start] == UNKNOWN) {
        continue;
      }
      path[0] = start;
      onPath[start] = true;
      if (!extend(labels, adj, path, 1, onPath, words, count)) {
        return null;
      }
      onPath[start] = false;
    }
    return words;
  }

  private static boolean extend(
      int[] labels, int[][] adj, int[] path, int len, boolean[] onPath, long[] words, int[] count) {
    if (++count[0] > MAX_PATHS) {
      return false;
    }
    setBit(words, hash(labels, path, len));
    if (len == path.length) {
      return true;
    }
    for (int next : adj[path[len - 1]]) {
      if (onPath[next] || labels[next] == UNKNOWN) {
        continue;
      }
      onPath[next] = true;
      path[len] = next;
      boolean ok = extend(labels, adj, path, len + 1, onPath, words, count);
      onPath[next] = false;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Hash of the label sequence read in its lexicographically smaller direction (undirected). */
  private static int hash(int[] labels, int[] path, int len) {
    boolean reverse = false;
    for (int i = 0, j = len - 1; i < j; i++, j--) {
      int a = labels[path[i]];
      int b = labels[path[j]];
      if (a != b) {
        reverse = b < a;
        break;
      }
    }
    long h = 0x9E3779B97F4A7C15L * (len + 1);
    for (int k = 0; k < len; k++) {
      int label = labels[path[reverse ? len - 1 - k : k]];
      h = (h ^ label) * 0xFF51AFD7ED558CCDL;
      h ^= h >>> 33;
    }
    return (int) ((h >>> 1) % ScreenFingerprint.BITS);
  }

  private static void setBit(long[] words, int bit) {
    words[bit >>> 6] |= 1L << (bit & 63);
  }
}
