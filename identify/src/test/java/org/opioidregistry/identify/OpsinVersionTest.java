package org.opioidregistry.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.ac.cam.ch.wwmm.opsin.NameToStructure;

/**
 * OPSIN's version in provenance is the version of the OPSIN jar actually loaded: checked against
 * that jar's file name as Maven resolved it ({@code opsin-core-VERSION.jar}), a source independent
 * of the resource the code reads. (OPSIN's manifest has no Implementation-Version, so the old
 * manifest lookup said "unknown" everywhere; the shaded CLI jar is checked by ProvenanceInJarIT.)
 */
class OpsinVersionTest {

  @Test
  void theVersionIsTheLoadedJarsVersion() throws Exception {
    Path jar =
        Path.of(NameToStructure.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Matcher m = Pattern.compile("opsin-core-(.+)\\.jar").matcher(jar.getFileName().toString());
    assertTrue(m.matches(), jar.toString());
    assertEquals(m.group(1), OpsinNames.version());
    assertEquals(m.group(1), Identifier.bundled().provenance().opsinVersion());
  }

  @Test
  void itIsReadFromAResourceAShadedJarKeeps() {
    assertNotNull(NameToStructure.class.getResource(OpsinNames.POM_PROPERTIES));
  }
}
