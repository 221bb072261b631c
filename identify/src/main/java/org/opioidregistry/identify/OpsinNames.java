package org.opioidregistry.identify;

import java.util.Optional;
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

  /** OPSIN's version, for provenance. */
  static String version() {
    String v = NameToStructure.class.getPackage().getImplementationVersion();
    return v == null ? "unknown" : v;
  }
}
