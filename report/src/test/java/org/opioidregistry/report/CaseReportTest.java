package org.opioidregistry.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Identifier;
import org.w3c.dom.Document;

class CaseReportTest {

  private static final Identifier IDENTIFIER = Identifier.bundled();

  /** An unlisted analogue (valeryl for propionyl, 4-fluorophenyl for phenyl), covered by class. */
  private static final String ANALOGUE = "CCCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1";

  private static final String SALT = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl";

  @Test
  void theHtmlHoldsEachVerdictItsGroundsAndTheProvenanceOfItsIdentification() throws Exception {
    Identification analogue = IDENTIFIER.identify(ANALOGUE);
    Identification salt = IDENTIFIER.identify(SALT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CaseReport.of("Case 2026/117 & co", List.of(analogue, salt)).writeHtml(out);
    String html = out.toString(StandardCharsets.UTF_8);

    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("<title>Case 2026/117 &amp; co</title>"), html);
    assertTrue(html.contains("Verdict: <strong>COVERED_BY_CLASS_DEFINITION</strong>"), html);
    assertTrue(html.contains("Verdict: <strong>LISTED</strong>"), html);
    assertTrue(html.contains("propionyl → valeryl"), "site changes in the grounds");
    assertTrue(html.contains(CaseReport.DISCLAIMER));
    // The provenance block is the identification's own, not one the report computes.
    assertTrue(html.contains(salt.provenance().inputSha256()));
    // sha256sum of the salt query's UTF-8 bytes (coreutils).
    assertEquals(
        "42b6a89b5377133471e3cb0610909b8f066a4607bce284e0393e308a8a676f8d",
        salt.provenance().inputSha256());
    assertTrue(html.contains(analogue.provenance().context().registryContentHash()));
    assertTrue(html.contains(analogue.provenance().identityKeys().orElseThrow().tautomer()));
    assertEquals(2, html.split("<summary>Provenance</summary>", -1).length - 1);
    assertEquals(2, html.split("<figure><svg", -1).length - 1, "one picture per structure");
    assertFalse(html.contains("<script"), "no script in a case file");
    assertFalse(html.contains("http://") && html.contains("src="), "no external resource");
  }

  @Test
  void untrustedTextIsEscapedAndTheDocumentIsWellFormedXml() throws Exception {
    String odd = "<b>not a substance</b> \u202Eevil\u0007";
    Identification id = IDENTIFIER.identify(odd);
    String html = CaseReport.of("<script>alert(1)</script>", List.of(id)).html();
    assertFalse(html.contains("<b>not"), "query text is escaped");
    assertFalse(html.contains("<script>"), "the title is escaped");
    assertTrue(html.contains("&lt;b&gt;not a substance&lt;/b&gt;"), html);
    assertFalse(html.contains("\u202E"), "no bidirectional override reaches the reader");
    assertFalse(html.contains("\u0007"), "no control character");
    // Well-formed XML, so that the PDF renderer reads what the browser reads.
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertEquals("html", doc.getDocumentElement().getLocalName());
  }

  @Test
  void aReportIsBoundedBeforeItIsRendered() {
    Identification id = IDENTIFIER.identify("fentanyl");
    assertThrows(IllegalArgumentException.class, () -> CaseReport.of("t", List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> CaseReport.of("t", Collections.nCopies(CaseReport.MAX_IDENTIFICATIONS + 1, id)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CaseReport.of("x".repeat(CaseReport.MAX_TITLE_LENGTH + 1), List.of(id)));
    assertTrue(e.getMessage().contains("title"), e.getMessage());
  }
}
