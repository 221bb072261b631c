package org.opioidregistry.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's identification quick start, run as written; and each of its lines must stand in the
 * README, so that the two cannot drift apart.
 */
class ReadmeQuickStartTest {

  private static final List<String> QUICK_START =
      List.of(
          "Identifier identifier = Identifier.bundled();",
          "Identification id = identifier.identify(\"CCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1.Cl\");",
          "id.verdict();",
          "id.listed().get(0).substance().name();",
          "String json = IdentificationJson.toJson(id);");

  @Test
  void quickStart() throws Exception {
    // --- README quick start, begin ---
    Identifier identifier = Identifier.bundled();
    Identification id = identifier.identify("CCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1.Cl");
    id.verdict();
    id.listed().get(0).substance().name();
    String json = IdentificationJson.toJson(id);
    // --- README quick start, end ---
    assertEquals(Verdict.LISTED, id.verdict());
    assertEquals("para-Fluorofentanyl", id.listed().get(0).substance().name());
    assertEquals(org.opioidregistry.search.Relation.SALT, id.listed().get(0).relation());
    assertTrue(json.contains("\"verdict\":\"LISTED\""), json);
    identifier.registry().close();
  }

  @Test
  void theReadmeShowsTheseLines() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    for (String line : QUICK_START) {
      assertTrue(readme.contains(line), "README.md lacks: " + line);
    }
  }
}
