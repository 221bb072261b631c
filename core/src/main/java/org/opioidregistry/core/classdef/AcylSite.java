package org.opioidregistry.core.classdef;

import java.util.List;

/**
 * The group on the anilide nitrogen that fentanyl has as propionyl.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind of group
 * @param name readable name, e.g. "furan-2-carbonyl"; empty when {@code kind} is NONE
 * @param propionyl true if it is exactly fentanyl's propionyl
 * @param closesRing true if the group is joined by a ring to another part of the scaffold
 */
record AcylSite(
    AcylKind kind, String name, boolean propionyl, boolean closesRing, List<Integer> atoms) {
  static final AcylSite NONE = new AcylSite(AcylKind.NONE, "", false, false, List.of());

  /** Copies the atom list. */
  AcylSite {
    atoms = List.copyOf(atoms);
  }
}
