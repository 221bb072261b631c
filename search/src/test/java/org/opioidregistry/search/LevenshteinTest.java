package org.opioidregistry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevenshteinTest {

  @ParameterizedTest
  @CsvSource({
    "fentanyl, fentanyl, 0",
    "fentanly, fentanyl, 1",
    "fentanil, fentanyl, 1",
    "carfentanyl, carfentanil, 1",
    "fentnyl, fentanyl, 1",
    "kitten, sitting, 3",
    "abc, '', 3",
    "ca, abc, 3"
  })
  void distances(String a, String b, int expected) {
    assertEquals(expected, Levenshtein.distance(a, b, 5));
    assertEquals(expected, Levenshtein.distance(b, a, 5));
  }

  @ParameterizedTest
  @CsvSource({"kitten, sitting", "isotonitazene, fentanyl"})
  void stopsPastTheLimit(String a, String b) {
    assertEquals(2, Levenshtein.distance(a, b, 1));
  }
}
