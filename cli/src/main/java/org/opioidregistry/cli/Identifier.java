package org.opioidregistry.cli;

import java.util.List;
import java.util.Optional;
import org.opioidregistry.cli.report.Identification;
import org.opioidregistry.cli.report.ListedMatch;
import org.opioidregistry.cli.report.NameMatch;
import org.opioidregistry.core.mass.MassWindow;
import org.opioidregistry.core.mass.MolecularFormula;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceId;

/**
 * What the commands ask of a registry: a verdict for a structure, and look-ups by name, formula and
 * mass. The search module's {@code Registry} will stand behind it through a small adapter; the
 * commands know nothing else of it.
 *
 * <pre>{@code
 * try (Identifier registry = factory.open(Optional.empty()).orElseThrow()) {
 *   Identification found = registry.identify(StructureParser.parse(smiles));
 *   found.verdict();   // LISTED, LISTED_ISOMER, ...
 * }
 * }</pre>
 *
 * <p>Implementations must be thread-safe: a screen asks from several threads at once.
 */
public interface Identifier extends AutoCloseable {

  /**
   * The verdict for a standardised structure and the findings behind it: listed substances
   * (identical, salt, stereoisomer), generic definitions that cover it, similar listed substances.
   */
  Identification identify(Structure structure);

  /**
   * Substances whose name, synonym or code (CAS RN, InChIKey, lab code) matches the text, best
   * first; typo-tolerant for names, exact for codes.
   */
  List<NameMatch> findByName(String text);

  /** Registered substances with exactly this formula. */
  List<ListedMatch> findByFormula(MolecularFormula formula);

  /** Registered substances whose monoisotopic mass lies in the window, nearest first. */
  List<ListedMatch> findByMass(MassWindow window);

  /** The registered substance with this id, if any. */
  Optional<Substance> substance(SubstanceId id);

  /** Releases the registry's resources; the default does nothing. */
  @Override
  default void close() {}
}
