package org.opioidregistry.core.substance;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How a substance's structure was checked against a record independent of the curator: the chemical
 * name printed in the legal text converted by OPSIN, or a cited public record (PubChem, ChEBI,
 * UNII), and how much of the InChIKey agreed (the full key, or the skeleton where the listing does
 * not fix the stereochemistry).
 *
 * <pre>{@code
 * StructureCheck c = new StructureCheck(StructureCheck.Method.OPSIN_LEGAL_NAME,
 *     StructureCheck.Agreement.FULL_KEY,
 *     "(5α,6α)-7,8-didehydro-4,5-epoxy-17-methylmorphinan-3,6-diol");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param method how the structure was checked
 * @param agreement how much of the InChIKey agreed; {@link Agreement#NONE} when not checked
 * @param reference the legal name given to OPSIN, or the cited record (e.g. {@code PubChem CID
 *     5288826 MKXZASYAUGDDCJ-NJAFHUGGSA-N}); empty when not checked
 */
public record StructureCheck(Method method, Agreement agreement, String reference) {

  /** The structure has not been checked against an independent record. */
  public static final StructureCheck UNCHECKED =
      new StructureCheck(Method.UNCHECKED, Agreement.NONE, "");

  /** How the structure was checked. */
  public enum Method {
    /** OPSIN converted the chemical name printed in the legal text. */
    OPSIN_LEGAL_NAME("opsin"),
    /** A public record (PubChem, ChEBI, UNII, a monograph) gives the structure. */
    CITED_RECORD("record"),
    /** Not checked. */
    UNCHECKED("unchecked");

    private final String id;

    Method(String id) {
      this.id = id;
    }

    /** Stable identifier for files, e.g. {@code opsin}. */
    public String id() {
      return id;
    }

    /** The method with the given {@link #id()}, if any. */
    public static Optional<Method> fromId(String id) {
      return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
  }

  /** How much of the InChIKey agreed. */
  public enum Agreement {
    /** The whole standard InChIKey. */
    FULL_KEY("full"),
    /** The first block (connectivity): the listing or the record does not fix stereochemistry. */
    SKELETON("skeleton"),
    /** Not compared. */
    NONE("none");

    private final String id;

    Agreement(String id) {
      this.id = id;
    }

    /** Stable identifier for files, e.g. {@code full}. */
    public String id() {
      return id;
    }

    /** The agreement with the given {@link #id()}, if any. */
    public static Optional<Agreement> fromId(String id) {
      return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
  }

  /**
   * Checks consistency: a check names its reference and agreement, an unchecked one neither.
   *
   * @throws IllegalArgumentException when they do not fit together
   */
  public StructureCheck {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(reference, "reference");
    reference = reference.strip();
    boolean checked = method != Method.UNCHECKED;
    if (checked != (agreement != Agreement.NONE) || checked == reference.isEmpty()) {
      throw new IllegalArgumentException(
          "a check names its reference and agreement, an unchecked structure neither: "
              + method.id()
              + "/"
              + agreement.id()
              + " '"
              + reference
              + "'");
    }
  }

  /** True when the structure was checked. */
  public boolean isChecked() {
    return method != Method.UNCHECKED;
  }

  /** The file notation of method and agreement, e.g. {@code opsin-full}, {@code unchecked}. */
  public String notation() {
    return isChecked() ? method.id() + "-" + agreement.id() : method.id();
  }
}
