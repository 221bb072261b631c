package org.opioidregistry.search.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Greek-letter stand-ins and the markers a typo must not change. The names are the UNODC / WHO
 * spellings of the listed substances (alpha-methylfentanyl, beta-hydroxyfentanyl,
 * beta-hydroxy-3-methylfentanyl, U-47700), each a different compound from the one a one-letter
 * change of its marker would name.
 */
class NameFoldingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a-methylfentanyl              | alphamethylfentanyl
          A-Methylfentanyl              | alphamethylfentanyl
          a - methyl fentanyl           | alphamethylfentanyl
          acetyl-a-methylfentanyl       | acetylalphamethylfentanyl
          b-hydroxyfentanyl             | betahydroxyfentanyl
          b-hydroxy-3-methylfentanyl    | betahydroxy3methylfentanyl
          g-butyrolactone               | gammabutyrolactone
          a-PVP                         | alphapvp
          """)
  void greekStandIns(String name, String folded) {
    assertEquals(folded, NameFolding.fold(name));
  }

  @Test
  void aLoneLetterIsAStandInOnlyBeforeAWord() {
    // Pethidine intermediate B is a letter of a series, not beta; A-7921 would be a code.
    assertEquals("pethidineintermediateb", NameFolding.fold("pethidine intermediate B"));
    assertEquals("a7921", NameFolding.fold("A-7921"));
    assertEquals("ap237", NameFolding.fold("AP-237"));
    // "a-methyl" and "3-methyl" fentanyl fold to different keys, far more than one edit apart.
    assertNotEquals(NameFolding.fold("3-methylfentanyl"), NameFolding.fold("a-methylfentanyl"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fentanyl                                   |
          3-methylfentanyl                           | 3
          m-methylfentanyl                           | 3
          para-fluoro-β-hydroxyfentanyl              | 4,beta
          alpha-methylfentanyl                       | alpha
          a-methylfentanyl                           | alpha
          U-47700                                    | 4,7,7,0,0
          N,N-diethyl-2-(5-nitro-benzimidazol-1-yl)  | n,n,2,5,1
          N'-methyl                                  | n
          (2S,3R)-propoxyphene                       |
          """)
  void markers(String name, String expected) {
    List<String> markers = expected == null ? List.of() : List.of(expected.split(","));
    assertEquals(markers, NameFolding.markers(name));
  }

  @Test
  void spellingsOfOneNameHaveTheSameMarkers() {
    assertEquals(
        NameFolding.markers("para-Fluorofentanyl"), NameFolding.markers("4-fluoro fentanyl"));
    assertEquals(NameFolding.markers("α-methylfentanyl"), NameFolding.markers("a-methylfentanyl"));
    assertEquals(NameFolding.markers("fentanyl HCl"), NameFolding.markers("fentanyl"));
  }
}
