package org.opioidregistry.identify;

import java.util.Objects;
import java.util.Optional;
import org.opioidregistry.core.query.QueryKind;

/**
 * One thing to identify: a text of a known kind (SMILES, InChI, MOL block, InChIKey, CAS RN,
 * formula, name), a text whose kind is to be detected, or an exact mass.
 *
 * <pre>{@code
 * identifier.identify(Query.detect("fentanil citrate"));
 * identifier.identify(Query.of(QueryKind.SMILES, "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"));
 * identifier.identify(Query.mass(MassQuery.of(337.2274, Adduct.PROTONATED, 5)));
 * }</pre>
 *
 * <p>A query is never a file name: reading files is the caller's business (the command line reads
 * {@code --input FILE}), so that a service that passes user text through never opens a file.
 * Immutable and thread-safe.
 */
public final class Query {

  private final Optional<QueryKind> kind;
  private final String text;
  private final Optional<String> label;
  private final Optional<MassQuery> mass;

  private Query(
      Optional<QueryKind> kind, String text, Optional<String> label, Optional<MassQuery> mass) {
    this.kind = kind;
    this.text = Objects.requireNonNull(text, "text");
    this.label = label;
    this.mass = mass;
  }

  /**
   * A text whose kind the identifier detects (SMILES, InChI, InChIKey, CAS RN, formula, MOL block
   * or name).
   *
   * @param text the query as typed
   * @return the query
   */
  public static Query detect(String text) {
    return new Query(Optional.empty(), text, Optional.empty(), Optional.empty());
  }

  /**
   * A text of a known kind: no detection, so that "CO" given as a name is read as a name only.
   *
   * @param kind what the text is; not {@link QueryKind#FILE} or {@link QueryKind#MASS}
   * @param text the text
   * @return the query
   * @throws IllegalArgumentException for a file or mass kind (use {@link #mass})
   */
  public static Query of(QueryKind kind, String text) {
    Objects.requireNonNull(kind, "kind");
    if (kind == QueryKind.FILE || kind == QueryKind.MASS) {
      throw new IllegalArgumentException(kind + " is not a text query");
    }
    return new Query(Optional.of(kind), text, Optional.empty(), Optional.empty());
  }

  /**
   * An exact-mass query.
   *
   * @param mass the observed ion and tolerance
   * @return the query
   */
  public static Query mass(MassQuery mass) {
    Objects.requireNonNull(mass, "mass");
    return new Query(Optional.of(QueryKind.MASS), mass.text(), Optional.empty(), Optional.of(mass));
  }

  /**
   * Returns this query with a label, e.g. a batch record's title, shown instead of the text.
   *
   * @param value the label
   * @return a new query
   */
  public Query withLabel(String value) {
    return new Query(kind, text, Optional.of(Objects.requireNonNull(value, "label")), mass);
  }

  /**
   * Returns the kind given, or empty when it is to be detected.
   *
   * @return the kind
   */
  public Optional<QueryKind> kind() {
    return kind;
  }

  /**
   * Returns the text as given (for a mass query, a readable form of it).
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the label, e.g. a MOL block's title, when there is one.
   *
   * @return the label
   */
  public Optional<String> label() {
    return label;
  }

  /**
   * Returns the mass query, for a {@link QueryKind#MASS} query.
   *
   * @return the mass query
   */
  public Optional<MassQuery> mass() {
    return mass;
  }

  /**
   * Returns what a report calls this query: its label, or its text.
   *
   * @return the name shown
   */
  public String shownAs() {
    return label.orElse(text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Query q
        && kind.equals(q.kind)
        && text.equals(q.text)
        && label.equals(q.label)
        && mass.equals(q.mass);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text, label, mass);
  }

  @Override
  public String toString() {
    return kind.map(k -> k + " ").orElse("") + text;
  }
}
