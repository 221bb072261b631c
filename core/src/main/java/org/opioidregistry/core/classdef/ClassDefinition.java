package org.opioidregistry.core.classdef;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.opioidregistry.core.structure.Structure;

/**
 * A class-wide ("generic") legal definition: a rule that controls every structure derived from a
 * parent compound by the modifications it lists.
 *
 * <pre>{@code
 * for (ClassDefinition d : ClassDefinitions.all()) {
 *   ClassEvaluation e = d.evaluate(structure);
 *   System.out.println(d.id() + ": " + e.summary());
 * }
 * }</pre>
 *
 * <p>An evaluation is a structural reading of the wording, not legal advice: specifically listed
 * substances may fall under their own listing instead, and some definitions exclude them. All
 * implementations are immutable and thread-safe.
 */
public interface ClassDefinition {
  /**
   * Returns a stable identifier, e.g. "us-frs".
   *
   * @return the id
   */
  String id();

  /**
   * Returns the jurisdiction, e.g. "US", "CN", "GB".
   *
   * @return ISO 3166 alpha-2 code of the jurisdiction
   */
  String jurisdiction();

  /**
   * Returns the legal source, e.g. "21 U.S.C. 812(c) Schedule I (e); 21 CFR 1308.11(h)".
   *
   * @return the citation
   */
  String legalSource();

  /**
   * Returns the date from which the definition applies in the form implemented.
   *
   * @return the effective date, or empty where the sources at hand do not record it
   */
  Optional<LocalDate> effectiveDate();

  /**
   * Returns whether the wording implemented was checked against the legal text.
   *
   * @return false when implemented from a paraphrase that awaits verification
   */
  boolean wordingVerified();

  /**
   * Returns a description, including how the definition relates to substances listed by name.
   *
   * @return the description
   */
  String description();

  /**
   * Returns the clauses of the definition, in legal order.
   *
   * @return the clauses
   */
  List<Clause> clauses();

  /**
   * Judges a structure against the definition.
   *
   * @param mol a molecule with implicit hydrogen counts set; not modified
   * @return the evaluation, with the reason when not covered
   * @throws IllegalArgumentException if an atom has no implicit hydrogen count
   */
  ClassEvaluation evaluate(IAtomContainer mol);

  /**
   * Judges a standardised structure (its parent, salts removed) against the definition.
   *
   * @param structure the structure
   * @return the evaluation, with the reason when not covered
   */
  default ClassEvaluation evaluate(Structure structure) {
    return evaluate(structure.atomContainer());
  }
}
