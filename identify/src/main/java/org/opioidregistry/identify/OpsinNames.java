package org.opioidregistry.identify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParseException;
import org.opioidregistry.core.structure.StructureParser;
import uk.ac.cam.ch.wwmm.opsin.NameToStructure;
import uk.ac.cam.ch.wwmm.opsin.OpsinResult;

/**
 * Turns systematic (IUPAC) names into structures with OPSIN, for names that no registered name
 * matches exactly.
 *
 * <p>Thread-safe. OPSIN's parser is loaded on first use (about a second: its grammar is large), so
 * that queries without a name do not pay for it; calls are serialised because OPSIN does not
 * promise that one parser may serve several threads. One instance is shared by an identifier and
 * every copy made with its {@code with...} methods.
 */
final class OpsinNames {

  /** OPSIN's answer: a structure, or why there is none. */
  record Result(Optional<Structure> structure, String problem) {}

  private NameToStructure parser;

  /** Parses a name into the standardised structure, or says why it cannot. */
  synchronized Result parse(String name) {
    if (parser == null) {
      parser = NameToStructure.getInstance();
    }
    OpsinResult result = parser.parseChemicalName(name);
    if (result.getStatus() == OpsinResult.OPSIN_RESULT_STATUS.FAILURE
        || result.getSmiles() == null) {
      String message = result.getMessage() == null ? "" : result.getMessage().strip();
      return new Result(Optional.empty(), message.isEmpty() ? "not a systematic name" : message);
    }
    try {
      return new Result(Optional.of(StructureParser.parse(result.getSmiles())), "");
    } catch (StructureParseException e) {
      return new Result(
          Optional.empty(),
          "OPSIN's structure could not be read: " + BadQueryException.firstLine(e.getMessage()));
    }
  }

  /** Where OPSIN's build left its version: Maven writes it into every jar it builds. */
  static final String POM_PROPERTIES =
      "/META-INF/maven/uk.ac.cam.ch.opsin/opsin-core/pom.properties";

  /**
   * OPSIN's version, for provenance: read from the {@code pom.properties} in OPSIN's jar, which a
   * shaded jar keeps too (OPSIN's manifest names no version, so {@code
   * Package.getImplementationVersion()} was null even unshaded); "unknown" when neither has one.
   */
  static String version() {
    try (InputStream in = NameToStructure.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank()) {
          return v.strip();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("OPSIN's pom.properties is unreadable", e);
    }
    String v = NameToStructure.class.getPackage().getImplementationVersion();
    return v == null ? BuildInfo.UNKNOWN : v;
  }
}
