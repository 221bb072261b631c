package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.Pattern;
import org.openscience.cdk.smarts.SmartsPattern;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;

/**
 * The curated classes agree with the structures: each class is checked against the scaffold that
 * defines it (DATA.md, "Classes"), so a misfiled substance is caught by a test rather than by a
 * user whose class filter missed it.
 */
class StructuralClassTest {

  // Bond-agnostic (~) where aromaticity models could disagree about a ring.
  private static final Pattern BENZYLBENZIMIDAZOLE =
      SmartsPattern.create("[#6]1~[#6]~[#6]~[#6]2~[#6](~[#6]~1)~[#7]~[#6](-[CH2]-c3ccccc3)~[#7]~2");
  private static final Pattern ANILIDOPIPERIDINE =
      SmartsPattern.create("[CX3](=O)[NX3](c1ccccc1)[CX4]1CC[NX3]CC1");
  // Ring atoms in one ring only (R1): benzomorphans such as pentazocine also contain a
  // 4-arylpiperidine, but fused and bridged; they are not pethidine analogues.
  private static final Pattern PHENYLPIPERIDINE =
      SmartsPattern.create("[cR1]1ccccc1[CX4;R1]1[CX4;R1][CX4;R1][NX3;R1][CX4;R1][CX4;R1]1");
  private static final Pattern BENZIMIDAZOLONE =
      SmartsPattern.create("O=[#6]1~[#7]~[#6]2~[#6]~[#6]~[#6]~[#6]~[#6]~2~[#7]~1");
  private static final Pattern BENZAMIDE = SmartsPattern.create("c1ccccc1C(=O)[NX3]");
  private static final Pattern DIMETHYLAMINOCYCLOHEXANE = SmartsPattern.create("[CX4;R1]N(C)C");
  private static final Pattern PIPERAZINE = SmartsPattern.create("[NX3]1CC[NX3]CC1");
  // 3,3-diarylpropylamine, or (propoxyphene) 3-aryl-3-benzylpropylamine: the methadone
  // pharmacophore.
  private static final Pattern DIPHENYLPROPYLAMINE =
      SmartsPattern.create("[NX3;!$(NC=O)][CX4][CX4][CX4](c1ccccc1)[$(c1ccccc1),$([CH2]c1ccccc1)]");

  private static final Set<String> PRECURSORS =
      Set.of(
          "npp", "anpp", "4-ap", "1-boc-4-ap", "norfentanyl", "4-piperidone", "1-boc-4-piperidone");

  /** The substances with a structure: classes by scaffold say nothing about opium or coca leaf. */
  private final List<Substance> substances =
      ReferenceData.bundled().substances().stream().filter(Substance::hasStructure).toList();

  @Test
  void nitazenesAreExactlyTheTwoBenzylbenzimidazoles() {
    assertClassIsExactly(SubstanceClass.NITAZENE, BENZYLBENZIMIDAZOLE);
  }

  @Test
  void fentanylAnaloguesAreTheAnilidopiperidinesThatAreNotPrecursors() {
    for (Substance s : substances) {
      boolean scaffold = ANILIDOPIPERIDINE.matches(graph(s));
      boolean precursor = PRECURSORS.contains(s.id().value());
      assertEquals(
          scaffold && !precursor,
          s.substanceClass() == SubstanceClass.FENTANYL_ANALOGUE,
          s::toString);
    }
  }

  @Test
  void pethidineAnaloguesAreExactlyThePhenylpiperidines() {
    assertClassIsExactly(SubstanceClass.PETHIDINE_ANALOGUE, PHENYLPIPERIDINE);
  }

  @Test
  void benzimidazolonesAndPiperazinesAreExactlyTheirScaffolds() {
    assertClassIsExactly(SubstanceClass.BENZIMIDAZOLONE, BENZIMIDAZOLONE);
    assertClassIsExactly(SubstanceClass.PIPERAZINE, PIPERAZINE);
  }

  @Test
  void benzamidesAreAminocyclohexylBenzamides() {
    for (Substance s : substances) {
      IAtomContainer g = graph(s);
      // An anilidopiperidine with a benzoyl group (phenyl fentanyl) is a fentanyl analogue.
      boolean scaffold =
          BENZAMIDE.matches(g)
              && DIMETHYLAMINOCYCLOHEXANE.matches(g)
              && !ANILIDOPIPERIDINE.matches(g);
      assertEquals(scaffold, s.substanceClass() == SubstanceClass.BENZAMIDE, s::toString);
    }
  }

  @Test
  void methadoneAnaloguesHaveTheDiphenylpropylamineChain() {
    for (Substance s : ReferenceData.bundled().substances(SubstanceClass.METHADONE_ANALOGUE)) {
      assertTrue(DIPHENYLPROPYLAMINE.matches(graph(s)), s::toString);
    }
  }

  @Test
  void classCountsAsReviewed() {
    Map<SubstanceClass, Long> counts =
        substances.stream()
            .collect(Collectors.groupingBy(Substance::substanceClass, Collectors.counting()));
    assertEquals(
        Map.ofEntries(
            // + 20 fentanyl analogues (19 of the US lists, lofentanil of the UK's), 4 nitazenes,
            // LAAM, oliceridine, tapentadol, eluxadoline, butorphanol, nalorphine and
            // noroxymorphone from the national lists (DATA.md, "National schedules")
            Map.entry(SubstanceClass.FENTANYL_ANALOGUE, 27L + 20),
            Map.entry(SubstanceClass.NITAZENE, 12L + 4),
            Map.entry(SubstanceClass.PETHIDINE_ANALOGUE, 24L),
            Map.entry(SubstanceClass.METHADONE_ANALOGUE, 22L + 1),
            Map.entry(SubstanceClass.OTHER_SYNTHETIC_OPIOID, 13L + 3),
            // + butorphanol, nalorphine, noroxymorphone (US lists); + morphine methobromide,
            // morphine-N-oxide and codeine-N-oxide (pentavalent nitrogen)
            Map.entry(SubstanceClass.MORPHINAN, 42L + 6),
            Map.entry(SubstanceClass.TROPANE, 2L),
            Map.entry(SubstanceClass.FENTANYL_PRECURSOR, 7L),
            Map.entry(SubstanceClass.BENZIMIDAZOLONE, 2L),
            Map.entry(SubstanceClass.BENZAMIDE, 2L),
            // + AP-237, AP-238, azaprocin, para-methyl-AP-237 and para-nitroazaprocin (UK, S.I.
            // 2024/1361); azaprocin's 3,8-diazabicyclo[3.2.1]octane holds the piperazine ring
            Map.entry(SubstanceClass.PIPERAZINE, 2L + 5)),
        counts);
  }

  private void assertClassIsExactly(SubstanceClass substanceClass, Pattern scaffold) {
    for (Substance s : substances) {
      assertEquals(scaffold.matches(graph(s)), s.substanceClass() == substanceClass, s::toString);
    }
  }

  private static IAtomContainer graph(Substance s) {
    return s.structure().orElseThrow().atomContainer();
  }
}
