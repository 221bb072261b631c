package org.opioidregistry.cli;

import java.util.Objects;

/**
 * One record of a batch input, not yet parsed: parsing happens on worker threads.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number one-based number of the record in its input
 * @param line one-based line on which it starts
 * @param text a MOL block, a SMILES line, or (from standard input or a .txt file) any query
 * @param mode how to read the text
 */
record BatchItem(int number, int line, String text, Mode mode) {

  /** How a record's text is read. */
  enum Mode {
    /** A MOL block from an SD or MOL file. */
    MOL_BLOCK,
    /** A SMILES, optionally followed by a title, from a SMILES file. */
    SMILES,
    /** Anything a query can be (a line of standard input or of a .txt file). */
    DETECT
  }

  BatchItem {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mode, "mode");
  }

  /** What the report calls the record: the SMILES line, or the MOL block's title line. */
  String label() {
    if (mode != Mode.MOL_BLOCK) {
      return text.strip();
    }
    int newline = text.indexOf('\n');
    String title = (newline < 0 ? text : text.substring(0, newline)).strip();
    return title.isEmpty() ? "record " + number : title;
  }
}
