package org.opioidregistry.core.structure;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A text could not be turned into a {@link Structure}. Says which format was tried, why it failed
 * (a stable {@link Reason} that code can test), where (character position or line, where known),
 * and shows the input, shortened.
 *
 * <p>Unchecked, like {@link IllegalArgumentException}, because bad input is the caller's to handle,
 * not a failure of the library. Immutable.
 */
public final class StructureParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN_INPUT = 80;

  /** Why parsing failed: a stable identity for tests and for callers that translate messages. */
  public enum Reason {
    /** The input is empty or blank. */
    EMPTY,
    /** The input is longer than the {@link ParseLimits} allow. */
    TOO_LONG,
    /** The structure has more atoms than the {@link ParseLimits} allow. */
    TOO_MANY_ATOMS,
    /** The text breaks the syntax of its format (unclosed ring or branch, stray character...). */
    SYNTAX,
    /** An element symbol that is not a chemical element, or an unspecified atom ({@code *}). */
    UNKNOWN_ELEMENT,
    /** The text is readable but describes an impossible structure (e.g. unkekulisable ring). */
    INVALID_STRUCTURE,
    /** The InChI library could not compute an identifier for the structure. */
    INCHI_FAILED,
    /**
     * The structure is within the size limits but too deeply nested or intricate for a parser or a
     * graph algorithm to finish (a stack overflow in CDK, contained to this input).
     */
    TOO_COMPLEX
  }

  private final InputFormat format;
  private final Reason reason;
  private final String input;
  private final int position;
  private final int line;

  private StructureParseException(
      InputFormat format, Reason reason, String detail, String input, int position, int line) {
    super(compose(format, detail, input, clamp(position, input), line));
    this.format = Objects.requireNonNull(format);
    this.reason = Objects.requireNonNull(reason);
    this.input = shorten(input);
    this.position = clamp(position, input);
    this.line = line;
  }

  /** A position past the end (CDK sometimes points one beyond) is shown at the end. */
  private static int clamp(int position, String input) {
    if (position < 0 || input == null) {
      return position;
    }
    return Math.min(position, input.length());
  }

  static StructureParseException at(
      InputFormat format, Reason reason, String detail, String input, int position) {
    return new StructureParseException(format, reason, detail, input, position, -1);
  }

  static StructureParseException atLine(
      InputFormat format, Reason reason, String detail, String input, int line) {
    return new StructureParseException(format, reason, detail, input, -1, line);
  }

  static StructureParseException of(
      InputFormat format, Reason reason, String detail, String input) {
    return new StructureParseException(format, reason, detail, input, -1, -1);
  }

  StructureParseException withCause(Throwable cause) {
    initCause(cause);
    return this;
  }

  /** The format the input was read as. */
  public InputFormat format() {
    return format;
  }

  /** Why parsing failed. */
  public Reason reason() {
    return reason;
  }

  /** The input, shortened to at most 80 characters. */
  public String input() {
    return input;
  }

  /** Zero-based character position of the failure in a SMILES or InChI, when known. */
  public OptionalInt position() {
    return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /** One-based line of the failure in a MOL block, when known. */
  public OptionalInt line() {
    return line < 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  private static String compose(
      InputFormat format, String detail, String input, int position, int line) {
    StringBuilder message = new StringBuilder("Invalid ").append(format.displayName());
    if (position >= 0) {
      message.append(" at position ").append(position + 1);
    } else if (line >= 0) {
      message.append(" at line ").append(line);
    }
    message.append(": ").append(detail);
    if (format != InputFormat.MOLFILE && input != null && !input.isEmpty()) {
      // Show a window around the failure, with a caret under it, as CDK's SmartsPattern does.
      int start = position < 0 ? 0 : Math.max(0, position - SHOWN_INPUT / 2);
      int end = Math.min(input.length(), start + SHOWN_INPUT);
      String prefix = start > 0 ? "..." : "";
      String suffix = end < input.length() ? "..." : "";
      message.append(System.lineSeparator()).append("  ").append(prefix);
      message.append(input, start, end).append(suffix);
      if (position >= 0) {
        message.append(System.lineSeparator()).append("  ");
        message.append(" ".repeat(prefix.length() + Math.min(position, end) - start)).append('^');
      }
    }
    return message.toString();
  }

  private static String shorten(String input) {
    if (input == null) {
      return "";
    }
    return input.length() <= SHOWN_INPUT ? input : input.substring(0, SHOWN_INPUT - 3) + "...";
  }
}
