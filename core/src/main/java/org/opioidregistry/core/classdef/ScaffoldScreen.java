package org.opioidregistry.core.classdef;

import org.opioidregistry.core.substructure.ScreenFingerprint;
import org.opioidregistry.core.substructure.SubstructureQuery;

/**
 * The substructures that every structure a class definition covers must contain, screened by {@link
 * ScreenFingerprint}, so that a screen can skip the scaffold decompositions for the great majority
 * of candidates, which contain neither.
 *
 * <p>Why a structure screened out is never covered. {@link FentanylScaffold} reads a structure only
 * from a six-membered ring of one nitrogen and five carbons joined by single bonds whose C4 carries
 * an acyclic nitrogen; with no such reading every fentanyl definition answers "not covered" (its
 * {@code evaluate} of an empty decomposition). Such a reading is an embedding of 4-aminopiperidine
 * ({@link #FENTANYL_CORE}, elements and bonds only) in the heavy-atom graph. {@link
 * NitazeneScaffold} reads only an aromatic five-membered ring C2 between two nitrogens, fused
 * through two carbons to an all-carbon six-membered ring, whose C2 carries a carbon: an embedding
 * of 2-methylbenzimidazole ({@link #NITAZENE_CORE}); without one the nitazene definition answers
 * "not covered". A screen fingerprint holds every element-labelled path of its molecule, so it
 * holds every path of a substructure the molecule contains, and {@link
 * ScreenFingerprint#containsAll} cannot be false for a molecule that contains the core. Both cores
 * are written with element-only atoms and any-bonds: the screen reads nothing else.
 *
 * <pre>{@code
 * ScreenFingerprint screen = SearchTarget.screenOf(mol);
 * if (ScaffoldScreen.mayBeCovered(screen)) { ClassDefinitions.evaluateAll(mol, screen); }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ScaffoldScreen {

  /** 4-aminopiperidine: the piperidine and the C4 nitrogen every fentanyl reading starts from. */
  static final String FENTANYL_CORE = "[#7]~[#6]1~[#6]~[#6]~[#7]~[#6]~[#6]~1";

  /**
   * 2-methylbenzimidazole: the fused rings and the C2 carbon every nitazene reading starts from.
   */
  static final String NITAZENE_CORE = "[#6]~[#6]1~[#7]~[#6]2~[#6]~[#6]~[#6]~[#6]~[#6]~2~[#7]~1";

  private static final ScreenFingerprint FENTANYL =
      SubstructureQuery.smarts(FENTANYL_CORE).screen();
  private static final ScreenFingerprint NITAZENE =
      SubstructureQuery.smarts(NITAZENE_CORE).screen();

  private ScaffoldScreen() {}

  /**
   * Whether the structure may have a fentanyl scaffold reading.
   *
   * @param screen the structure's screen fingerprint
   * @return false only if every fentanyl definition answers "not covered"
   */
  public static boolean mayHaveFentanylScaffold(ScreenFingerprint screen) {
    return screen.containsAll(FENTANYL);
  }

  /**
   * Whether the structure may have a nitazene scaffold reading.
   *
   * @param screen the structure's screen fingerprint
   * @return false only if the nitazene definition answers "not covered"
   */
  public static boolean mayHaveNitazeneScaffold(ScreenFingerprint screen) {
    return screen.containsAll(NITAZENE);
  }

  /**
   * Whether any implemented definition may cover the structure.
   *
   * @param screen the structure's screen fingerprint
   * @return false only if no definition can answer "covered" or "undetermined"
   */
  public static boolean mayBeCovered(ScreenFingerprint screen) {
    return mayHaveFentanylScaffold(screen) || mayHaveNitazeneScaffold(screen);
  }
}
