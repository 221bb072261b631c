package org.opioidregistry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opioidregistry.data.ReferenceData;

/**
 * Issue 11, failure 4: name queries of about 1,000 characters crashed Lucene ("input automaton is
 * too large"). Every name query is bounded before it is folded or analysed.
 */
class NameQueryLengthTest {

  private static Registry registry;

  @BeforeAll
  static void open() {
    registry = Registry.inMemory(ReferenceData.bundled().substances());
  }

  @AfterAll
  static void close() throws IOException {
    registry.close();
  }

  @ParameterizedTest(name = "{0} characters")
  @ValueSource(ints = {501, 1_000, 1_000_000})
  void overlongNamesAreRefusedWithTheLimit(int length) {
    String query = "fentanyl".repeat(length / 8 + 1).substring(0, length);
    NameQueryTooLongException e =
        assertThrows(NameQueryTooLongException.class, () -> registry.findByName(query, 5));
    assertEquals(length, e.length());
    assertEquals(NameQueryTooLongException.MAX_LENGTH, e.limit());
    assertTrue(e.getMessage().contains("limit of 500"), e.getMessage());
    assertThrows(
        NameQueryTooLongException.class, () -> registry.findByLuceneQuery("name:" + query, 5));
  }

  @Test
  void greekLettersCountSpeltOut() {
    // 200 characters typed, 1,000 once each alpha is spelt out.
    String query = "α".repeat(200);
    NameQueryTooLongException e =
        assertThrows(NameQueryTooLongException.class, () -> registry.findByName(query, 5));
    assertEquals(1_000, e.length());
  }

  @Test
  void aQueryAtTheLimitIsSearched() {
    String query = "fentanyl ".repeat(56).substring(0, NameQueryTooLongException.MAX_LENGTH);
    assertFalse(registry.findByName(query, 5).isEmpty());
    String digits = "4".repeat(NameQueryTooLongException.MAX_LENGTH);
    registry.findByName(digits, 5); // no crash: a code-like text of the maximum length
  }
}
