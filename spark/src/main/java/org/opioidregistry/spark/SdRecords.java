package org.opioidregistry.spark;

import java.util.Optional;

/**
 * Turns the text between two {@code $$$$} lines of an SD file into the MOL block the screen reads,
 * as the command line's reader does: the structure up to {@code M END} (data items after it are not
 * part of it), a record of blank lines is no record, a block is cut at 2,000,000 characters (and
 * then fails to parse, as a bad record).
 *
 * <p>Stateless and thread-safe.
 */
final class SdRecords {

  /** The delimiter Hadoop's text input splits an SD file at: a line that starts {@code $$$$}. */
  static final String DELIMITER = "\n$$$$";

  private static final int MAX_RECORD_CHARACTERS = 2_000_000;

  private SdRecords() {}

  /**
   * The MOL block of one piece of an SD file, if it holds anything.
   *
   * @param piece the text between two delimiters
   * @param atFileStart whether the piece starts the file; every other piece starts with the rest of
   *     its {@code $$$$} line, which is not part of the record
   */
  static Optional<String> molBlock(String piece, boolean atFileStart) {
    String text = piece;
    if (!atFileStart) {
      int newline = text.indexOf('\n');
      text = newline < 0 ? "" : text.substring(newline + 1);
    }
    StringBuilder block = new StringBuilder();
    boolean sawAnything = false;
    boolean inMolBlock = true;
    for (String raw : text.split("\n", -1)) {
      String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      sawAnything |= !line.isBlank();
      if (inMolBlock && block.length() + line.length() < MAX_RECORD_CHARACTERS) {
        block.append(line).append('\n');
      }
      if (line.startsWith("M  END")) {
        inMolBlock = false;
      }
    }
    return sawAnything ? Optional.of(block.toString()) : Optional.empty();
  }
}
