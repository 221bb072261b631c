package org.opioidregistry.core.classdef;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Shortest chain from a scaffold atom through one of its groups to the first atom that satisfies a
 * target test (a ring atom, an amine nitrogen), with the groups hanging off the chain. Shared by
 * the scaffold readers. Stateless.
 */
final class ChainWalk {
  /** Chain atoms in order from the start, the atom reached, and whether the chain is sp3 C. */
  record Chain(List<Integer> atoms, int end, boolean saturatedCarbon) {}

  private ChainWalk() {}

  /**
   * Walks from {@code start} (outside {@code group}) into {@code group} via {@code root}; returns
   * null if no atom of the group satisfies {@code target}.
   */
  static Chain walk(MolGraph g, int start, int root, BitSet group, IntPredicate target) {
    int[] parent = new int[g.atomCount()];
    Arrays.fill(parent, -2);
    Deque<Integer> todo = new ArrayDeque<>();
    parent[root] = start;
    todo.add(root);
    int end = -1;
    while (!todo.isEmpty()) {
      int a = todo.poll();
      if (target.test(a)) {
        end = a;
        break;
      }
      for (int b : g.neighbours(a)) {
        if (group.get(b) && parent[b] == -2) {
          parent[b] = a;
          todo.add(b);
        }
      }
    }
    if (end < 0) {
      return null;
    }
    List<Integer> chain = new ArrayList<>();
    for (int a = parent[end]; a != start; a = parent[a]) {
      chain.add(0, a);
    }
    boolean saturatedCarbon = true;
    int prev = start;
    for (int a : chain) {
      saturatedCarbon &=
          g.element(a) == 6 && g.order(prev, a) == 1 && !g.aromatic(a) && !g.inRing(a);
      prev = a;
    }
    saturatedCarbon &= g.order(prev, end) == 1;
    return new Chain(List.copyOf(chain), end, saturatedCarbon);
  }

  /** Groups on the chain atoms, not counting {@code blocked} atoms (scaffold, chain, end group). */
  static List<Substituent> substituents(
      MolGraph g, List<Integer> chain, BitSet blocked, LocantNamer locants) {
    List<Substituent> out = new ArrayList<>();
    for (int i = 0; i < chain.size(); i++) {
      out.addAll(
          SubstituentClassifier.groupsOn(
              g, chain.get(i), blocked, locants.locant(i, chain.size())));
    }
    return out;
  }

  /** Names the position of a chain atom. */
  interface LocantNamer {
    String locant(int index, int length);
  }
}
