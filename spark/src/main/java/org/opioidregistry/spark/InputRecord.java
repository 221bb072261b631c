package org.opioidregistry.spark;

import java.io.Serializable;
import java.util.Objects;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.identify.Query;

/**
 * One input record on its way to an executor: its number in the input, and its text as a SMILES or
 * a MOL block (with the title the screen labels it by).
 *
 * <p>Immutable and thread-safe.
 *
 * @param record the one-based record number in the input
 * @param molBlock true for a MOL block, false for a SMILES (with an optional title)
 * @param text the record's text
 */
record InputRecord(long record, boolean molBlock, String text) implements Serializable {

  private static final long serialVersionUID = 1L;

  InputRecord {
    Objects.requireNonNull(text, "text");
  }

  /** The query the screen reads, as the command line makes it from the same record. */
  Query query() {
    if (!molBlock) {
      return Query.of(QueryKind.SMILES, text);
    }
    int newline = text.indexOf('\n');
    String title = (newline < 0 ? text : text.substring(0, newline)).strip();
    return Query.of(QueryKind.MOL_BLOCK, text)
        .withLabel(title.isEmpty() ? "record " + record : title);
  }
}
