package org.opioidregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code serve} line and its {@code curl} lines, on the real jar: the server starts
 * (on a free port instead of 8080, so that the test never meets another server), prints its
 * address, and every curl line gets a 2xx answer that is JSON, SVG or the HTML case report; then
 * the server stops on SIGTERM as on Ctrl-C. Needs curl (Debian's, as a user would run it).
 */
class ReadmeServeIT {

  private static final String BASE = "http://127.0.0.1:8080";

  private static final double TIMEOUT_FACTOR =
      Double.parseDouble(System.getProperty("opioid.test.timeoutFactor", "1"));

  @Test
  void theServeAndCurlLinesWork(@TempDir Path dir) throws Exception {
    List<String> serve = new ArrayList<>();
    List<String> curls = new ArrayList<>();
    boolean inCode = false;
    for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
      if (line.startsWith("```")) {
        inCode = !inCode;
      } else if (inCode && line.startsWith("./opioid-registry serve")) {
        serve.add(line);
      } else if (inCode && line.startsWith("curl ")) {
        curls.add(line);
      }
    }
    assertEquals(1, serve.size(), "the README shows one serve line: " + serve);
    assertTrue(curls.size() >= 3, "the README shows curl lines: " + curls);

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JarRunner.jar().toAbsolutePath().toString());
    command.addAll(ReadmeCommandsIT.words(serve.get(0).substring("./opioid-registry ".length())));
    assertTrue(!command.contains("--port"), "the README's serve line keeps the default port");
    command.addAll(List.of("--port", "0"));
    Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertTrue(first != null, "serve printed nothing");
      Matcher m = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+)/").matcher(first);
      while (!m.find()) {
        // Log lines may come first; the guard is the test's own time limit of the process below.
        first = out.readLine();
        assertTrue(first != null, "serve ended before it said where it listens");
        m = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+)/").matcher(first);
      }
      String base = m.group(1);
      for (String curl : curls) {
        String line = curl.replace(BASE, base) + " -w '\\n%{http_code} %{content_type}'";
        Process p =
            new ProcessBuilder("bash", "-c", line)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor((long) (120 * TIMEOUT_FACTOR), TimeUnit.SECONDS), curl);
        assertEquals(0, p.exitValue(), curl + ": " + answer);
        String status = answer.substring(answer.lastIndexOf('\n') + 1);
        assertTrue(status.startsWith("2"), curl + ": " + answer);
        assertTrue(
            status.contains("application/json")
                || status.contains("image/svg+xml")
                || status.contains("text/html"),
            curl + ": " + status);
      }
      String svg = Files.readString(dir.resolve("fentanyl.svg"));
      assertTrue(svg.contains("<svg"), "the depiction was written: " + svg);
      // The analogue's sites are labelled by clause: the legend names the US definition's changes.
      String sites = Files.readString(dir.resolve("analogue-sites.svg"));
      assertTrue(sites.contains("propionyl → valeryl"), "the class-definition depiction: " + sites);
      String report = Files.readString(dir.resolve("case.html"));
      assertTrue(report.contains("Case 2026/117"), "the case report was written");
    } finally {
      server.destroy();
      assertTrue(
          server.waitFor((long) (60 * TIMEOUT_FACTOR), TimeUnit.SECONDS), "serve did not stop");
      server.destroyForcibly();
    }
  }
}
