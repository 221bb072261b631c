package org.opioidregistry.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void escapesWhatRfc8259Requires() {
    assertEquals("\"a\\\"b\\\\c\"", Json.quote("a\"b\\c"));
    assertEquals("\"\\n\\r\\t\\b\\f\"", Json.quote("\n\r\t\b\f"));
    assertEquals("\"\\u0001\\u001f\"", Json.quote("\u0001\u001f"));
    assertEquals("\"\\u2028\"", Json.quote("\u2028"));
    assertEquals("\"α-methylfentanyl [C@@H]\"", Json.quote("α-methylfentanyl [C@@H]"));
  }

  @Test
  void numbersAreLocaleIndependentAndTrimmed() {
    assertEquals("336.220164", Json.number(336.2201635, 6));
    assertEquals("5", Json.number(5.0, 3));
    assertEquals("0", Json.number(-0.0000001, 3));
    assertEquals("null", Json.number(Double.NaN, 3));
    assertEquals("-1.5", Json.number(-1.5, 2));
  }

  @Test
  void objectsKeepTheirOrder() {
    String json =
        new JsonObject()
            .string("b", "x")
            .string("a", null)
            .integer("n", 3)
            .bool("t", true)
            .strings("l", List.of("p", "q"))
            .objects("o", List.of(new JsonObject().integer("k", 1)))
            .toString();
    assertEquals(
        "{\"b\":\"x\",\"a\":null,\"n\":3,\"t\":true,\"l\":[\"p\",\"q\"],\"o\":[{\"k\":1}]}", json);
  }
}
