package org.opioidregistry.core.classdef;

import java.util.List;
import java.util.Optional;

/**
 * One reading of a molecule as a fentanyl: the parts found around a piperidin-4-yl amine nitrogen.
 * Each part is reported as found; judging it is the job of a {@link ClassDefinition}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param acyl the group on the anilide nitrogen in the propionyl position
 * @param aryl the ring on the anilide nitrogen, if any
 * @param piperidineSubstituents groups on piperidine carbons, locants 2 to 6
 * @param piperidineIsolated false if the piperidine is fused, bridged or spiro-joined to another
 *     ring
 * @param nitrogenSubstituent the group on the piperidine nitrogen, if any
 * @param extraNitrogenGroups names of further groups on the piperidine nitrogen (N-oxide,
 *     quaternary salt); empty for a fentanyl-shaped molecule
 */
record FentanylParts(
    AcylSite acyl,
    Optional<RingSite> aryl,
    List<Substituent> piperidineSubstituents,
    boolean piperidineIsolated,
    Optional<NitrogenSubstituentSite> nitrogenSubstituent,
    List<String> extraNitrogenGroups) {

  /**
   * Copies the list.
   *
   * @param acyl the acyl site
   * @param aryl the aryl site
   * @param piperidineSubstituents piperidine substituents
   * @param piperidineIsolated piperidine not fused
   * @param nitrogenSubstituent the N1 site
   * @param extraNitrogenGroups further groups on N1
   */
  public FentanylParts {
    piperidineSubstituents = List.copyOf(piperidineSubstituents);
    extraNitrogenGroups = List.copyOf(extraNitrogenGroups);
  }

  /** Completeness rank used to prefer the most fentanyl-like reading of a molecule. */
  int completeness() {
    return (acyl.kind() != AcylKind.NONE ? 2 : 0)
        + (aryl.isPresent() ? 2 : 0)
        + (nitrogenSubstituent.isPresent() ? 1 : 0);
  }
}
