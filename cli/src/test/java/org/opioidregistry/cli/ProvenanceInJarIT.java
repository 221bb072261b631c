package org.opioidregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.ac.cam.ch.wwmm.opsin.NameToStructure;

/**
 * The provenance the shaded jar writes names the real versions: OPSIN's is the one Maven resolved
 * for this build (the jar's file name on the test class path), not "unknown" (the shade drops every
 * manifest, and OPSIN's never had a version), and the commit is a commit.
 */
class ProvenanceInJarIT {

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    assertTrue(m.find(), name + " in " + json);
    return m.group(1);
  }

  @Test
  void theShadedJarNamesOpsinsVersion() throws Exception {
    JarRunner.Result run = JarRunner.run("identify", "--format", "json", "fentanyl");
    assertEquals(0, run.status(), run.err());
    Path opsin =
        Path.of(NameToStructure.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Matcher version =
        Pattern.compile("opsin-core-(.+)\\.jar").matcher(opsin.getFileName().toString());
    assertTrue(version.matches(), opsin.toString());
    assertEquals(version.group(1), field(run.out(), "opsinVersion"));
    assertTrue(field(run.out(), "gitCommit").matches("[0-9a-f]{40}"), run.out());
    assertEquals("2.12", field(run.out(), "cdkVersion"));
  }
}
