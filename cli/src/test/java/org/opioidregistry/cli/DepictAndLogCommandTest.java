package org.opioidregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.search.AuditNote;
import org.opioidregistry.search.Registry;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class DepictAndLogCommandTest {

  @TempDir Path dir;

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  private List<Path> files() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }

  @Test
  void aCoveredAnalogueIsDrawnWithItsSitesAndTheirClauses() throws Exception {
    Path svg = dir.resolve("ocfentanil.svg");
    MainTest.Run run =
        MainTest.run(
            "depict", "COCC(=O)N(c1ccccc1F)C1CCN(CCc2ccccc2)CC1", "--output", svg.toString());
    assertEquals(0, run.status(), run.err());
    Document doc = parse(Files.readString(svg));
    String texts = doc.getDocumentElement().getTextContent();
    assertTrue(texts.contains("propionyl → methoxyacetyl"), texts);
    assertTrue(texts.contains("phenyl → 2-fluorophenyl"), texts);
    assertEquals(List.of(svg), files(), "no temporary file left");
  }

  @Test
  void aQueryWithoutAStructureWritesNothing() throws Exception {
    Path svg = dir.resolve("x.svg");
    MainTest.Run run = MainTest.run("depict", "C22H28N2O", "--output", svg.toString());
    assertEquals(3, run.status(), run.out() + run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertFalse(Files.exists(svg));
    assertEquals(List.of(), files());
  }

  @Test
  void theLogShowsEveryWriteWithWhoAndTheHashes() throws Exception {
    Path registryDir = dir.resolve("lab");
    String hash;
    try (Registry registry = Registry.open(registryDir)) {
      registry.addAll(
          ReferenceData.bundled().substances().subList(0, 3),
          AuditNote.of("j.smith", "case 2026/117", Instant.parse("2026-03-01T09:30:00Z")));
      hash = registry.contentHash();
    }
    MainTest.Run json =
        MainTest.run("log", "--registry", registryDir.toString(), "--format", "json");
    assertEquals(0, json.status(), json.err());
    List<String> lines = json.out().lines().toList();
    assertEquals(2, lines.size(), json.out());
    assertTrue(lines.get(0).contains("\"operation\":\"CREATE\""), lines.get(0));
    assertTrue(lines.get(1).contains("\"actor\":\"j.smith\""), lines.get(1));
    assertTrue(lines.get(1).contains("\"when\":\"2026-03-01T09:30:00Z\""), lines.get(1));
    assertTrue(lines.get(1).contains("\"contentHashAfter\":\"" + hash + "\""), lines.get(1));

    MainTest.Run table = MainTest.run("log", "--registry", registryDir.toString());
    assertEquals(0, table.status(), table.err());
    assertTrue(table.out().contains("(unattributed)"), table.out());
    assertTrue(table.out().contains("j.smith: case 2026/117"), table.out());
  }
}
