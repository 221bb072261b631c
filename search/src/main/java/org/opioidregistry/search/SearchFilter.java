package org.opioidregistry.search;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;

/**
 * Restricts any search to substances of some classes, or controlled in some jurisdictions and
 * schedules. Within one kind, values are alternatives (class A or B); kinds combine (class and
 * jurisdiction). A schedule given with jurisdictions must hold in one of them ("Schedule I of the
 * 1961 Convention", not "Schedule I of anything and listed somewhere under 1961").
 *
 * <pre>{@code
 * SearchFilter f = SearchFilter.builder()
 *     .substanceClass(SubstanceClass.FENTANYL_ANALOGUE)
 *     .jurisdiction(Jurisdiction.UN_1961).schedule("I")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SearchFilter implements Predicate<Substance> {

  /** Lets everything through. */
  public static final SearchFilter NONE = builder().build();

  private final Set<SubstanceClass> classes;
  private final Set<Jurisdiction> jurisdictions;
  private final Set<String> schedules;

  private SearchFilter(Builder b) {
    this.classes = ImmutableSet.copyOf(b.classes.build());
    this.jurisdictions = ImmutableSet.copyOf(b.jurisdictions.build());
    this.schedules = ImmutableSet.copyOf(b.schedules.build());
  }

  /** A new builder of a filter that lets everything through until restricted. */
  public static Builder builder() {
    return new Builder();
  }

  /** The classes allowed; empty means any. */
  public Set<SubstanceClass> classes() {
    return classes;
  }

  /** The jurisdictions of which one must control the substance; empty means any or none. */
  public Set<Jurisdiction> jurisdictions() {
    return jurisdictions;
  }

  /** The schedules (e.g. "I", "Table I"), of which one must apply; empty means any. */
  public Set<String> schedules() {
    return schedules;
  }

  /** True when the filter restricts nothing. */
  public boolean isEmpty() {
    return classes.isEmpty() && jurisdictions.isEmpty() && schedules.isEmpty();
  }

  /** True when the substance passes. */
  @Override
  public boolean test(Substance substance) {
    if (!classes.isEmpty() && !classes.contains(substance.substanceClass())) {
      return false;
    }
    if (jurisdictions.isEmpty() && schedules.isEmpty()) {
      return true;
    }
    for (Control control : substance.controls()) {
      boolean jurisdictionOk =
          jurisdictions.isEmpty()
              || jurisdictions.stream()
                  .anyMatch(j -> j.code().equals(control.jurisdiction().code()));
      boolean scheduleOk =
          schedules.isEmpty() || schedules.contains(normalizeSchedule(control.schedule()));
      if (jurisdictionOk && scheduleOk) {
        return true;
      }
    }
    return false;
  }

  /** The same restriction as a Lucene query over the fields the store writes. */
  Query toQuery() {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
    if (!classes.isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (SubstanceClass c : classes) {
        any.add(
            new TermQuery(new Term(SubstanceDocuments.CLASS, c.id())), BooleanClause.Occur.SHOULD);
      }
      query.add(any.build(), BooleanClause.Occur.FILTER);
    }
    if (!jurisdictions.isEmpty() || !schedules.isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      Set<String> js =
          jurisdictions.isEmpty()
              ? Set.of("*")
              : jurisdictions.stream()
                  .map(Jurisdiction::code)
                  .collect(java.util.stream.Collectors.toSet());
      Set<String> ss = schedules.isEmpty() ? Set.of("*") : schedules;
      for (String j : js) {
        for (String s : ss) {
          any.add(
              new TermQuery(
                  new Term(SubstanceDocuments.CONTROL_KEY, SubstanceDocuments.controlKey(j, s))),
              BooleanClause.Occur.SHOULD);
        }
      }
      query.add(any.build(), BooleanClause.Occur.FILTER);
    }
    return query.build();
  }

  static String normalizeSchedule(String schedule) {
    return schedule.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SearchFilter that
        && classes.equals(that.classes)
        && jurisdictions.equals(that.jurisdictions)
        && schedules.equals(that.schedules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classes, jurisdictions, schedules);
  }

  @Override
  public String toString() {
    return "SearchFilter[classes="
        + classes
        + ", jurisdictions="
        + jurisdictions
        + ", schedules="
        + schedules
        + "]";
  }

  /** Collects a filter. Not thread-safe. */
  public static final class Builder {
    private final ImmutableSet.Builder<SubstanceClass> classes = ImmutableSet.builder();
    private final ImmutableSet.Builder<Jurisdiction> jurisdictions = ImmutableSet.builder();
    private final ImmutableSet.Builder<String> schedules = ImmutableSet.builder();

    private Builder() {}

    /** Allows a class (several calls allow several). */
    public Builder substanceClass(SubstanceClass value) {
      classes.add(Objects.requireNonNull(value));
      return this;
    }

    /** Requires control in this jurisdiction (or another one given). */
    public Builder jurisdiction(Jurisdiction value) {
      jurisdictions.add(Objects.requireNonNull(value));
      return this;
    }

    /** Requires this schedule (or another one given), e.g. "I", "IV", "Table I". */
    public Builder schedule(String value) {
      schedules.add(normalizeSchedule(Objects.requireNonNull(value)));
      return this;
    }

    /** The immutable filter. */
    public SearchFilter build() {
      return new SearchFilter(this);
    }
  }
}
