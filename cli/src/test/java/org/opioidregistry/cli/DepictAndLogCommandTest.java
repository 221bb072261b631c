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

  @Test
  void aCaseReportHoldsEveryQueryWithItsGroundsAndProvenance() throws Exception {
    Path html = dir.resolve("case.html");
    // An unlisted analogue (valeryl for propionyl, 4-fluorophenyl for phenyl), covered by class.
    String analogue = "CCCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1";
    String salt = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl";
    String odd = "<b>not a substance</b>";
    MainTest.Run run =
        MainTest.run(
            "report",
            analogue,
            salt,
            odd,
            "--title",
            "Case 2026/117 & co",
            "--output",
            html.toString());
    assertEquals(0, run.status(), run.err());
    String text = Files.readString(html);
    assertTrue(text.startsWith("<!DOCTYPE html>"), text);
    assertTrue(text.contains("<title>Case 2026/117 &amp; co</title>"), text);
    assertFalse(text.contains("<b>not"), "query text is escaped");
    assertTrue(text.contains("&lt;b&gt;not a substance&lt;/b&gt;"));
    assertTrue(text.contains("Verdict: <strong>LISTED</strong>"));
    assertTrue(text.contains("Verdict: <strong>COVERED_BY_CLASS_DEFINITION</strong>"));
    assertTrue(text.contains("propionyl → valeryl"), "site changes in the grounds");
    assertTrue(text.contains(org.opioidregistry.report.CaseReport.DISCLAIMER));
    // sha256sum of the salt query's UTF-8 bytes (coreutils).
    assertTrue(text.contains("42b6a89b5377133471e3cb0610909b8f066a4607bce284e0393e308a8a676f8d"));
    assertEquals(3, text.split("<summary>Provenance</summary>", -1).length - 1);
    assertFalse(text.contains("<script"), "no script in a case file");
    assertEquals(List.of(html), files());
  }
}
