package org.opioidregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case report as a browser shows it: headless Chromium (Debian's {@code chromium}, which {@code
 * .ci/run} installs when missing) loads the file and dumps the DOM it built; the texts a reader
 * sees are asserted on that, and the pictures must have been parsed as SVG elements. A screenshot
 * of the report's top is kept at {@code target/screenshots/case-report.png}: the README's picture
 * ({@code docs/case-report.png}) is that file.
 */
class CaseReportInChromiumTest {

  @TempDir Path dir;

  @Test
  void chromiumShowsTheVerdictsTheSiteChangesAndTheProvenance() throws Exception {
    Path html = dir.resolve("case.html");
    MainTest.Run run =
        MainTest.run(
            "report",
            "CCCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1",
            "Cn1cnc2c1c(=O)n(C)c(=O)n2C",
            "--title",
            "Case 2026/117",
            "--output",
            html.toString());
    assertEquals(0, run.status(), run.err());

    Path chromium = Path.of("/usr/bin/chromium");
    assertTrue(
        Files.isExecutable(chromium),
        "this test needs Debian's chromium (apt-get install -y chromium; .ci/run does it)");
    Path dom = dir.resolve("dom.html");
    Process p =
        new ProcessBuilder(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--user-data-dir=" + dir.resolve("profile"),
                "--dump-dom",
                html.toUri().toString())
            .redirectOutput(dom.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    // Guards a hang only; raise with -Dopioid.test.timeoutFactor on a slow machine.
    long timeout =
        (long) (120 * Double.parseDouble(System.getProperty("opioid.test.timeoutFactor", "1")));
    assertTrue(p.waitFor(timeout, TimeUnit.SECONDS), "chromium did not finish");
    assertEquals(0, p.exitValue());
    String rendered = Files.readString(dom, StandardCharsets.UTF_8);
    String text = rendered.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    assertTrue(text.contains("Case 2026/117"), text);
    assertTrue(text.contains("Verdict: COVERED_BY_CLASS_DEFINITION"), text);
    assertTrue(text.contains("Verdict: NO_LISTED_MATCH"), text);
    assertTrue(text.contains("propionyl → valeryl"), text);
    assertTrue(text.contains("input SHA-256"), text);
    assertTrue(text.contains("is not a legal conclusion"), text);
    // Two pictures, parsed by the browser as SVG (their legend text lives in <text> elements).
    assertEquals(2, rendered.split("<svg x=", -1).length - 1, rendered);
    assertTrue(rendered.contains("<text class=\"legend\""), "legend text parsed as SVG text");

    // The README's picture (docs/case-report.png): the top of the report as Chromium draws it.
    Path shots = Files.createDirectories(Path.of("target", "screenshots"));
    Path png = shots.resolve("case-report.png");
    Files.deleteIfExists(png);
    Process shot =
        new ProcessBuilder(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--window-size=820,1040",
                "--user-data-dir=" + dir.resolve("profile"),
                "--screenshot=" + png.toAbsolutePath(),
                html.toUri().toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertTrue(shot.waitFor(timeout, TimeUnit.SECONDS), "chromium did not finish");
    assertEquals(0, shot.exitValue());
    byte[] bytes = Files.readAllBytes(png);
    // A PNG (its signature), small enough to keep in the repository.
    assertEquals((byte) 0x89, bytes[0]);
    assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
    assertTrue(bytes.length < 150_000, "the screenshot has " + bytes.length + " bytes");
  }
}
