package org.opioidregistry.core.substance;

import java.util.Optional;

/**
 * The chemical family a substance belongs to, for filtering. A class is a chemist's grouping, not a
 * legal category: legal class-wide definitions are evaluated from the structure instead.
 *
 * <p>Immutable and thread-safe.
 */
public enum SubstanceClass {
  /** 4-Anilidopiperidines related to fentanyl (fentanyl, carfentanil, acetylfentanyl...). */
  FENTANYL_ANALOGUE("fentanyl-analogue", "fentanyl analogue"),
  /** 2-Benzylbenzimidazole opioids (isotonitazene, metonitazene, etonitazepyne...). */
  NITAZENE("nitazene", "nitazene (2-benzylbenzimidazole)"),
  /** Benzimidazolone-piperidines (brorphine, bezitramide). */
  BENZIMIDAZOLONE("benzimidazolone", "benzimidazolone opioid"),
  /** Cyclohexyl benzamides and related (U-47700, AH-7921). */
  BENZAMIDE("benzamide", "benzamide opioid (U-series, AH-7921)"),
  /** Acyl piperazines (MT-45, 2-methyl-AP-237). */
  PIPERAZINE("piperazine", "piperazine opioid (MT-45, AP-237 series)"),
  /** 4-Phenylpiperidines related to pethidine (pethidine, MPPP, ketobemidone...). */
  PETHIDINE_ANALOGUE("pethidine-analogue", "pethidine (4-phenylpiperidine) analogue"),
  /** Diphenylpropylamines related to methadone (methadone, dextromoramide, dipipanone...). */
  METHADONE_ANALOGUE("methadone-analogue", "methadone (diphenylpropylamine) analogue"),
  /** Synthetic opioids of other families (thiambutenes, benzomorphans, propiram...). */
  OTHER_SYNTHETIC_OPIOID("other-synthetic-opioid", "other synthetic opioid"),
  /**
   * Morphinans and 4,5-epoxymorphinans: the opium alkaloids and their semi-synthetic derivatives
   * (morphine, codeine, heroin, oxycodone, etorphine, buprenorphine...) and the synthetic
   * morphinans (levorphanol, levomethorphan...).
   */
  MORPHINAN("morphinan", "morphinan (opium alkaloids and their derivatives, synthetic morphinans)"),
  /** Tropane alkaloids of the coca leaf (cocaine, ecgonine). */
  TROPANE("tropane", "tropane (coca alkaloid)"),
  /** Plant materials and preparations with no single structure (opium, coca leaf, cannabis). */
  PLANT_MATERIAL("plant-material", "plant material or preparation (no single structure)"),
  /** Chemicals used to make fentanyl analogues (ANPP, NPP, 4-AP, 4-piperidone...). */
  FENTANYL_PRECURSOR("fentanyl-precursor", "fentanyl precursor"),
  /** Anything else a registry holds (cutting agents, in-house standards...). */
  OTHER("other", "other");

  private final String id;
  private final String displayName;

  SubstanceClass(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /** Stable identifier for files and queries, e.g. {@code fentanyl-analogue}. */
  public String id() {
    return id;
  }

  /** Name for people, e.g. "fentanyl analogue". */
  public String displayName() {
    return displayName;
  }

  /** The class with the given {@link #id()}, if any. */
  public static Optional<SubstanceClass> fromId(String id) {
    // A loop, not a stream: called for every row of the tables at each start.
    for (var c : values()) {
      if (c.id.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
