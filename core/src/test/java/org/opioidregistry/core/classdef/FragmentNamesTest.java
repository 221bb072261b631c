package org.opioidregistry.core.classdef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fragment-name table is written with its keys already canonical, so that loading it parses
 * nothing: each key, parsed and canonicalised again the way {@link FragmentNames#name} writes a
 * fragment, must come out as itself, or the name would never be found.
 */
class FragmentNamesTest {

  @Test
  void everyKeyIsTheCanonicalSmilesOfItsFragment() {
    for (Map.Entry<String, String> e : FragmentNames.NAMES.entrySet()) {
      MolGraph g = MolGraph.of(SmilesInput.parse(e.getKey()));
      BitSet fragment = new BitSet();
      for (int i = 0; i < g.atomCount(); i++) {
        if (g.element(i) != 0) {
          fragment.set(i);
        }
      }
      assertEquals(
          e.getKey(),
          FragmentNames.smiles(g, fragment),
          e.getValue() + ": write the key as its canonical SMILES");
    }
    assertTrue(FragmentNames.NAMES.size() > 80, FragmentNames.NAMES.size() + " names");
  }

  @Test
  void aFragmentWrittenAnotherWayFindsItsName() {
    // Furan-2-carbonyl and pyridin-2-yl as a chemist writes them, not as the table keys them.
    for (String[] written :
        new String[][] {{"*C(=O)c1ccco1", "furan-2-carbonyl"}, {"*c1ccccn1", "pyridin-2-yl"}}) {
      MolGraph g = MolGraph.of(SmilesInput.parse(written[0]));
      BitSet fragment = new BitSet();
      for (int i = 0; i < g.atomCount(); i++) {
        if (g.element(i) != 0) {
          fragment.set(i);
        }
      }
      assertEquals(written[1], FragmentNames.name(g, fragment), written[0]);
    }
  }
}
