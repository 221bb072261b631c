package org.opioidregistry.core.substance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one listing extends to beyond the substance named: the {@link ListedForm}s its schedule's
 * wording covers (isomers, esters, ethers, salts) and the substances it names as not covered.
 *
 * <pre>{@code
 * ListingScope s = ListingScope.of(EnumSet.of(ListedForm.ISOMERS, ListedForm.SALTS),
 *     List.of(new Exclusion(SubstanceId.of("dextromethorphan"), "Dextromethorphan",
 *         "MKXZASYAUGDDCJ-NJAFHUGGSA-N")));
 * s.coversStereoisomers();                          // true
 * s.excludes("MKXZASYAUGDDCJ-NJAFHUGGSA-N");        // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param forms the forms covered; empty when the listing covers only the substance as named
 * @param exclusions substances the listing names as not covered, in the order given
 */
public record ListingScope(Set<ListedForm> forms, List<Exclusion> exclusions) {

  /** The substance as named, nothing else (also the reading when no scope is recorded). */
  public static final ListingScope NAMED_ONLY = new ListingScope(Set.of(), List.of());

  /** Copies both collections. */
  public ListingScope {
    Objects.requireNonNull(forms, "forms");
    forms = forms.isEmpty() ? Set.of() : Sets.immutableEnumSet(EnumSet.copyOf(forms));
    exclusions = ImmutableList.copyOf(exclusions);
  }

  /** Same as the constructor. */
  public static ListingScope of(Collection<ListedForm> forms, List<Exclusion> exclusions) {
    return new ListingScope(Set.copyOf(forms), exclusions);
  }

  /** True when the listing reaches the given form. */
  public boolean covers(ListedForm form) {
    return forms.contains(form);
  }

  /**
   * True when a stereoisomer of the named substance (same constitution, other or unspecified
   * configuration) falls under the listing: its schedule names isomers, optical isomers or
   * stereoisomers. An excluded substance is still excluded: ask {@link #excludes(String)} too.
   */
  public boolean coversStereoisomers() {
    return forms.contains(ListedForm.ISOMERS)
        || forms.contains(ListedForm.OPTICAL_ISOMERS)
        || forms.contains(ListedForm.STEREOISOMERS);
  }

  /**
   * True when a pentavalent nitrogen derivative of the amine the named substance derives from (a
   * quaternary salt, an N-oxide) falls under the listing: its wording names them ({@link
   * ListedForm#PENTAVALENT_NITROGEN_DERIVATIVES}).
   */
  public boolean coversPentavalentNitrogenDerivatives() {
    return forms.contains(ListedForm.PENTAVALENT_NITROGEN_DERIVATIVES);
  }

  /** True when the structure with this InChIKey is named as not covered. */
  public boolean excludes(String inchiKey) {
    return exclusions.stream().anyMatch(e -> e.inchiKey().equals(inchiKey));
  }

  /** The file notation of the forms, e.g. {@code isomers|esters|ethers|salts}. */
  public String formsNotation() {
    return forms.stream().map(ListedForm::id).collect(Collectors.joining("|"));
  }

  /** E.g. "isomers, esters, ethers, salts; not: Dextromethorphan". */
  @Override
  public String toString() {
    String f =
        forms.isEmpty()
            ? "as named"
            : forms.stream().map(ListedForm::id).collect(Collectors.joining(", "));
    return exclusions.isEmpty()
        ? f
        : f
            + "; not: "
            + exclusions.stream().map(Exclusion::name).collect(Collectors.joining(", "));
  }
}
