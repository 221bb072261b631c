package org.opioidregistry.core.structure;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One record of an SD file: its position in the file, its title and data items, and either the
 * parsed structure or the reason it could not be parsed.
 *
 * <p>Immutable and thread-safe.
 */
public final class SdfRecord {

  private final int number;
  private final int firstLine;
  private final String title;
  private final Map<String, String> properties;
  private final Structure structure;
  private final StructureParseException error;

  private SdfRecord(
      int number,
      int firstLine,
      String title,
      Map<String, String> properties,
      Structure structure,
      StructureParseException error) {
    this.number = number;
    this.firstLine = firstLine;
    this.title = Objects.requireNonNull(title);
    this.properties = ImmutableMap.copyOf(properties);
    this.structure = structure;
    this.error = error;
  }

  static SdfRecord parsed(
      int number, int firstLine, String title, Map<String, String> properties, Structure s) {
    return new SdfRecord(number, firstLine, title, properties, Objects.requireNonNull(s), null);
  }

  static SdfRecord failed(
      int number,
      int firstLine,
      String title,
      Map<String, String> properties,
      StructureParseException error) {
    return new SdfRecord(number, firstLine, title, properties, null, Objects.requireNonNull(error));
  }

  /** One-based number of the record in the file. */
  public int number() {
    return number;
  }

  /** One-based line on which the record starts. */
  public int firstLine() {
    return firstLine;
  }

  /** The first line of the MOL block (often the substance name); may be empty. */
  public String title() {
    return title;
  }

  /** The data items ({@code > <NAME>} blocks), in file order. */
  public Map<String, String> properties() {
    return properties;
  }

  /** True when the record's structure parsed. */
  public boolean isValid() {
    return structure != null;
  }

  /** The parsed structure, or empty when the record was bad. */
  public Optional<Structure> structure() {
    return Optional.ofNullable(structure);
  }

  /** Why the record could not be parsed, or empty when it parsed. */
  public Optional<StructureParseException> error() {
    return Optional.ofNullable(error);
  }

  /** The file line the error points at, when the parser knew the line within the record. */
  public OptionalInt errorLine() {
    if (error == null || error.line().isEmpty()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(firstLine + error.line().getAsInt() - 1);
  }

  /** E.g. "record 12 (line 340): Invalid MOL block at line 4: ...". */
  public String describeError() {
    if (error == null) {
      return "record " + number + ": no error";
    }
    int line = errorLine().orElse(firstLine);
    return "record " + number + " (line " + line + "): " + error.getMessage();
  }

  @Override
  public String toString() {
    return "record " + number + " '" + title + "' " + (isValid() ? structure : "invalid");
  }
}
