package org.opioidregistry.core.classdef;

import java.time.Duration;
import java.util.Arrays;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.opioidregistry.core.structure.ScreenGraph;
import org.opioidregistry.core.substructure.ScreenFingerprint;
import org.opioidregistry.core.substructure.SubstructureQuery;
import org.opioidregistry.core.substructure.SubstructureTimeoutException;

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
 * through two carbons to an all-carbon six-membered ring, whose C2 carries a carbon, nitrogen,
 * oxygen or sulphur atom: an embedding of benzimidazole ({@link #NITAZENE_CORE}) with C2 bonded
 * outside the rings; without one the nitazene definition answers "not covered". A screen
 * fingerprint holds every element-labelled path of its molecule, so it holds every path of a
 * substructure the molecule contains, and {@link ScreenFingerprint#containsAll} cannot be false for
 * a molecule that contains the core. Both cores are written with element-only atoms and any-bonds:
 * the screen reads nothing else.
 *
 * <p>Element paths alone pass about one structure in twenty of a general library (any chain of
 * carbons and nitrogens has the paths of 4-aminopiperidine), so a structure the fingerprint passes
 * is then matched against the core with ring membership ({@link #FENTANYL_RING_CORE}, {@link
 * #NITAZENE_RING_CORE}): the decompositions read their rings from the smallest set of smallest
 * rings, every atom of which is a ring atom in the SMARTS sense, and the C4 nitrogen is read only
 * when it is in no ring. Bonds stay "any" and aromaticity is not asked for, because the
 * decompositions perceive aromaticity on their own copy; a match that takes longer than a second
 * counts as a pass.
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
   * Benzimidazole: the fused rings every nitazene reading starts from. The atom on C2 is left out:
   * the UK generic lets a nitrogen, oxygen or sulphur atom replace the benzylic carbon (clause
   * (v)), so the screen may ask only that C2 has a neighbour outside the rings.
   */
  static final String NITAZENE_CORE = "[#6]1~[#7]~[#6]2~[#6]~[#6]~[#6]~[#6]~[#6]~2~[#7]~1";

  /** {@link #FENTANYL_CORE} with ring membership: ring atoms in the ring, the C4 nitrogen not. */
  static final String FENTANYL_RING_CORE = "[#7;!R]~[#6;R]1~[#6;R]~[#6;R]~[#7;R]~[#6;R]~[#6;R]~1";

  /** {@link #NITAZENE_CORE} with ring membership for the fused rings. */
  static final String NITAZENE_RING_CORE =
      "*~[#6;R]1~[#7;R]~[#6;R]2~[#6;R]~[#6;R]~[#6;R]~[#6;R]~[#6;R]~2~[#7;R]~1";

  private static final Duration MATCH_LIMIT = Duration.ofSeconds(1);

  private static final SubstructureQuery FENTANYL_MATCH =
      SubstructureQuery.smarts(FENTANYL_RING_CORE);
  private static final SubstructureQuery NITAZENE_MATCH =
      SubstructureQuery.smarts(NITAZENE_RING_CORE);

  private static final ScreenFingerprint FENTANYL =
      SubstructureQuery.smarts(FENTANYL_CORE).screen();
  private static final ScreenFingerprint NITAZENE =
      SubstructureQuery.smarts(NITAZENE_CORE).screen();

  /**
   * {@link #FENTANYL_RING_CORE} for the array matcher, searched from the ring nitrogen, with every
   * bond single ({@link #mayHaveFentanylScaffold(ScreenGraph)} says why).
   */
  static final CoreMatcher FENTANYL_CORE_MATCHER =
      CoreMatcher.of(
          new int[] {7, 6, 6, 6, 7, 6, 6},
          new CoreMatcher.Ring[] {
            CoreMatcher.Ring.CHAIN,
            CoreMatcher.Ring.RING,
            CoreMatcher.Ring.RING,
            CoreMatcher.Ring.RING,
            CoreMatcher.Ring.RING,
            CoreMatcher.Ring.RING,
            CoreMatcher.Ring.RING
          },
          new int[7],
          new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {6, 1}},
          bonds(7, CoreMatcher.Bond.SINGLE),
          4);

  /**
   * {@link #NITAZENE_RING_CORE} for the array matcher without its atom on C2, searched from a ring
   * nitrogen, which has at least three heavy neighbours, as C2 has ({@link
   * #mayHaveNitazeneScaffold(ScreenGraph)} says why).
   */
  static final CoreMatcher NITAZENE_CORE_MATCHER =
      CoreMatcher.of(
          new int[] {6, 7, 6, 6, 6, 6, 6, 6, 7},
          new CoreMatcher.Ring[] {
            CoreMatcher.Ring.RING,
            CoreMatcher.Ring.RING,
            CoreMatcher.Ring.RING,
            CoreMatcher.Ring.RING,
            CoreMatcher.Ring.RING,
            CoreMatcher.Ring.RING,
            CoreMatcher.Ring.RING,
            CoreMatcher.Ring.RING,
            CoreMatcher.Ring.RING
          },
          new int[] {3, 3, 0, 0, 0, 0, 0, 0, 0},
          new int[][] {
            {0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {6, 7}, {7, 2}, {7, 8}, {8, 0}
          },
          bonds(10, CoreMatcher.Bond.ANY),
          1);

  private static CoreMatcher.Bond[] bonds(int count, CoreMatcher.Bond kind) {
    CoreMatcher.Bond[] out = new CoreMatcher.Bond[count];
    Arrays.fill(out, kind);
    return out;
  }

  private ScaffoldScreen() {}

  /**
   * Whether the structure may have a fentanyl scaffold reading: {@link #FENTANYL_RING_CORE} matched
   * on the graph's arrays, every core bond of order 1 in the graph's bond orders. It passes only
   * structures that {@link #mayHaveFentanylScaffold(ScreenFingerprint, IAtomContainer)} passes (the
   * path screen only ever rejects structures the core match rejects too), and rules out more: the
   * aromatic 4-aminopyridines and the tetrahydropyridines, which have the core's atoms but never a
   * reading.
   *
   * <p>Why a structure ruled out has no reading, on whichever copy of the standardised parent the
   * decomposition is given (the parent itself, or the graph the identifier rebuilds from its
   * canonical SMILES, {@code Structure.atomContainer()}): {@link FentanylScaffold} reads a ring
   * only when its six bonds and the bond from C4 to the acyclic nitrogen are single and not
   * aromatic in its own copy ({@code MolGraph.order} is 1). A bond that is not aromatic there has
   * the order the parent gives it: in the rebuilt graph too, because the SMILES writer spells every
   * such bond between two aromatic atoms ({@code -}, {@code =}) and writes the others as they are,
   * and the decomposition's Daylight perception marks the same bonds aromatic on both copies (only
   * the Kekulé form of the aromatic bonds can differ between them, and in every Kekulé form each of
   * their atoms has its one double bond among them, which is all the model counts). The screen
   * graph holds the parent's orders, so a reading has this core of single bonds there.
   *
   * @param graph the structure
   * @return false only if every fentanyl definition answers "not covered"
   */
  public static boolean mayHaveFentanylScaffold(ScreenGraph graph) {
    return FENTANYL_CORE_MATCHER.matches(graph);
  }

  /**
   * Whether the structure may have a nitazene scaffold reading: {@link #NITAZENE_RING_CORE} matched
   * on the graph's arrays, with C2 and a ring nitrogen of at least three heavy neighbours each (a
   * reading's C2 carries the benzylic atom). It passes only structures that {@link
   * #mayHaveNitazeneScaffold(ScreenFingerprint, IAtomContainer)} passes, and rules out the
   * N-unsubstituted benzimidazoles ({@code [nH]}) besides: {@link NitazeneScaffold} takes the side
   * chain from N1's neighbour outside the two rings, from which a chain must reach an amine
   * nitrogen (a hydrogen there reaches nothing), so a reading's N1 has a heavy neighbour beside its
   * two ring neighbours; the core is symmetric (N1 and N3 trade places with the benzo ring turned
   * over), so asking it of one core nitrogen loses no embedding. Heavy neighbours and ring
   * membership are the same on every copy of the parent.
   *
   * @param graph the structure
   * @return false only if the nitazene definition answers "not covered"
   */
  public static boolean mayHaveNitazeneScaffold(ScreenGraph graph) {
    return NITAZENE_CORE_MATCHER.matches(graph);
  }

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
   * Whether the structure may have a fentanyl scaffold reading: the fingerprint screen, then the
   * ring-aware core match.
   *
   * @param screen the structure's screen fingerprint
   * @param mol the structure; not modified
   * @return false only if every fentanyl definition answers "not covered"
   */
  public static boolean mayHaveFentanylScaffold(ScreenFingerprint screen, IAtomContainer mol) {
    return mayHaveFentanylScaffold(screen) && contains(FENTANYL_MATCH, mol);
  }

  /**
   * Whether the structure may have a nitazene scaffold reading: the fingerprint screen, then the
   * ring-aware core match.
   *
   * @param screen the structure's screen fingerprint
   * @param mol the structure; not modified
   * @return false only if the nitazene definition answers "not covered"
   */
  public static boolean mayHaveNitazeneScaffold(ScreenFingerprint screen, IAtomContainer mol) {
    return mayHaveNitazeneScaffold(screen) && contains(NITAZENE_MATCH, mol);
  }

  private static boolean contains(SubstructureQuery core, IAtomContainer mol) {
    try {
      return core.matches(mol, MATCH_LIMIT);
    } catch (SubstructureTimeoutException e) {
      return true; // undecided: let the decomposition read it
    }
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
