package org.opioidregistry.core.substance;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opioidregistry.core.structure.Structure;

/**
 * A registered substance: its stable id, names, codes, standardised structure (if it has one),
 * chemical class, the legal controls that apply to it, how its structure was checked, and the
 * sources of these facts. A substance holds a structure; it is not one. Some controlled substances
 * have no single structure (opium, coca leaf, cannabis): they are registered without one and found
 * by name only.
 *
 * <pre>{@code
 * Substance fentanyl = Substance.builder(SubstanceId.of("fentanyl"), "Fentanyl",
 *         StructureParser.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"))
 *     .addSynonym("fentanil")
 *     .addCode(Code.cas("437-38-7"))
 *     .substanceClass(SubstanceClass.FENTANYL_ANALOGUE)
 *     .addControl(new Control(Jurisdiction.UN_1961, "I", ControlDate.parse("1964"), "", "INCB"))
 *     .addSource("INCB Yellow List")
 *     .build();
 * Substance opium = Substance.builder(SubstanceId.of("opium"), "Opium").build();   // no structure
 * }</pre>
 *
 * <p>Immutable and thread-safe; change one through {@link #toBuilder()}.
 */
public final class Substance {

  private final SubstanceId id;
  private final String name;
  private final List<String> synonyms;
  private final List<Code> codes;
  private final Structure structure; // null: no defined structure
  private final StructureCheck structureCheck;
  private final SubstanceClass substanceClass;
  private final List<Control> controls;
  private final List<String> sources;
  private final String notes;

  private Substance(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.synonyms = ImmutableList.copyOf(b.synonyms);
    this.codes = ImmutableList.copyOf(b.codes);
    this.structure = b.structure;
    this.structureCheck = b.structureCheck;
    this.substanceClass = b.substanceClass;
    this.controls = ImmutableList.copyOf(b.controls);
    this.sources = ImmutableList.copyOf(b.sources);
    this.notes = b.notes;
  }

  /**
   * Starts a substance with what every substance must have.
   *
   * @param id stable id
   * @param name preferred name
   * @param structure standardised structure
   */
  public static Builder builder(SubstanceId id, String name, Structure structure) {
    return new Builder(id, name, Objects.requireNonNull(structure, "structure"));
  }

  /**
   * Starts a substance without a defined structure (a plant material or preparation such as opium
   * or coca leaf), which is found by name and code, never by structure.
   *
   * @param id stable id
   * @param name preferred name
   */
  public static Builder builder(SubstanceId id, String name) {
    return new Builder(id, name, null);
  }

  /** A builder holding this substance's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(id, name, structure);
    b.synonyms.addAll(synonyms);
    b.codes.addAll(codes);
    b.structureCheck = structureCheck;
    b.substanceClass = substanceClass;
    b.controls.addAll(controls);
    b.sources.addAll(sources);
    b.notes = notes;
    return b;
  }

  /** The stable id. */
  public SubstanceId id() {
    return id;
  }

  /** The preferred name, e.g. "Fentanyl". */
  public String name() {
    return name;
  }

  /** Other names, in the order given (INN variants, systematic names, street names). */
  public List<String> synonyms() {
    return synonyms;
  }

  /** Identifier codes (CAS RN, lab codes...). */
  public List<Code> codes() {
    return codes;
  }

  /** The first code of the given type, if any. */
  public Optional<Code> code(CodeType type) {
    return codes.stream().filter(c -> c.type() == type).findFirst();
  }

  /** The standardised structure; empty for a substance without one (opium, coca leaf...). */
  public Optional<Structure> structure() {
    return Optional.ofNullable(structure);
  }

  /** True when the substance has a defined structure. */
  public boolean hasStructure() {
    return structure != null;
  }

  /** How the structure was checked against an independent record. */
  public StructureCheck structureCheck() {
    return structureCheck;
  }

  /** The chemical class. */
  public SubstanceClass substanceClass() {
    return substanceClass;
  }

  /** Legal controls; empty for a substance registered for comparison only. */
  public List<Control> controls() {
    return controls;
  }

  /** True when at least one control applies. */
  public boolean isControlled() {
    return !controls.isEmpty();
  }

  /** Sources of the facts about this substance. */
  public List<String> sources() {
    return sources;
  }

  /** Curator's notes (stereo conventions, uncertain facts); may be empty. */
  public String notes() {
    return notes;
  }

  /** Substances are equal when all their values are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Substance that
        && id.equals(that.id)
        && name.equals(that.name)
        && synonyms.equals(that.synonyms)
        && codes.equals(that.codes)
        && Objects.equals(structure, that.structure)
        && structureCheck.equals(that.structureCheck)
        && substanceClass == that.substanceClass
        && controls.equals(that.controls)
        && sources.equals(that.sources)
        && notes.equals(that.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, structure);
  }

  /** E.g. "fentanyl (Fentanyl) PJMPHNIQZUBGLI-UHFFFAOYSA-N", "opium (Opium) no structure". */
  @Override
  public String toString() {
    return id + " (" + name + ") " + (structure == null ? "no structure" : structure.inchiKey());
  }

  /**
   * Collects a substance's values. Not thread-safe; {@link #build()} returns an immutable
   * substance.
   */
  public static final class Builder {
    private final SubstanceId id;
    private final String name;
    private final Structure structure;
    private StructureCheck structureCheck = StructureCheck.UNCHECKED;
    private final List<String> synonyms = new ArrayList<>();
    private final List<Code> codes = new ArrayList<>();
    private SubstanceClass substanceClass = SubstanceClass.OTHER;
    private final List<Control> controls = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private String notes = "";

    private Builder(SubstanceId id, String name, Structure structure) {
      this.id = Objects.requireNonNull(id, "id");
      this.structure = structure;
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a substance needs a name");
      }
      this.name = name.strip();
    }

    /** Adds a synonym; blanks and repeats of the name or of earlier synonyms are ignored. */
    public Builder addSynonym(String synonym) {
      if (synonym != null && !synonym.isBlank()) {
        String s = synonym.strip();
        if (!s.equals(name) && !synonyms.contains(s)) {
          synonyms.add(s);
        }
      }
      return this;
    }

    /** Adds every synonym. */
    public Builder addSynonyms(Collection<String> values) {
      values.forEach(this::addSynonym);
      return this;
    }

    /** Adds a code; a repeat is ignored. */
    public Builder addCode(Code code) {
      Objects.requireNonNull(code, "code");
      if (!codes.contains(code)) {
        codes.add(code);
      }
      return this;
    }

    /** Sets the chemical class (default {@link SubstanceClass#OTHER}). */
    public Builder substanceClass(SubstanceClass value) {
      this.substanceClass = Objects.requireNonNull(value, "substanceClass");
      return this;
    }

    /**
     * Records how the structure was checked (default {@link StructureCheck#UNCHECKED}).
     *
     * @throws IllegalArgumentException when a check is recorded for a substance without structure
     */
    public Builder structureCheck(StructureCheck value) {
      Objects.requireNonNull(value, "structureCheck");
      if (structure == null && value.isChecked()) {
        throw new IllegalArgumentException("'" + id + "' has no structure to check");
      }
      this.structureCheck = value;
      return this;
    }

    /** Adds a control. */
    public Builder addControl(Control control) {
      controls.add(Objects.requireNonNull(control, "control"));
      return this;
    }

    /** Removes every control (e.g. to derive an uncontrolled comparison entry). */
    public Builder clearControls() {
      controls.clear();
      return this;
    }

    /** Adds a source; blanks are refused. */
    public Builder addSource(String source) {
      if (source == null || source.isBlank()) {
        throw new IllegalArgumentException("a source must not be blank");
      }
      sources.add(source.strip());
      return this;
    }

    /** Sets the notes. */
    public Builder notes(String value) {
      this.notes = value == null ? "" : value.strip();
      return this;
    }

    /** The immutable substance. */
    public Substance build() {
      return new Substance(this);
    }
  }
}
