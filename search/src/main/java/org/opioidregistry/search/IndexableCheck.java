package org.opioidregistry.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.opioidregistry.core.substance.Substance;

/**
 * Checks a document before it reaches the {@link IndexWriter}: every term and every sorted doc
 * value must fit Lucene's limit of {@value IndexWriter#MAX_TERM_LENGTH} bytes. Lucene refuses a
 * longer one only inside {@code addDocument}, after other documents of the batch are buffered, and
 * a failed write closes the registry; checking here lets the write be refused whole with the
 * registry untouched. Stateless and thread-safe.
 */
final class IndexableCheck {

  /** Longest name or synonym accepted, in characters: far beyond any real one. */
  static final int MAX_TEXT_CHARACTERS = 10_000;

  private IndexableCheck() {}

  /**
   * @throws InvalidSubstanceException naming the value that is too long
   */
  static void check(Substance substance, Document document, Analyzer analyzer) {
    for (IndexableField field : document.getFields()) {
      int longest = 0;
      String text = field.stringValue();
      if (field.fieldType().tokenized() && text != null && text.length() > MAX_TEXT_CHARACTERS) {
        // Refused unanalysed: folding never lengthens a name, and a 50 MB one would take the
        // analyzer seconds to read.
        throw new InvalidSubstanceException(
            substance.id(),
            "a "
                + describe(field.name())
                + " is "
                + text.length()
                + " characters long; the limit is "
                + MAX_TEXT_CHARACTERS);
      }
      if (field.fieldType().indexOptions() != IndexOptions.NONE) {
        longest =
            field.fieldType().tokenized()
                ? longestToken(analyzer, field.name(), field.stringValue())
                : bytes(field);
      } else if (field.fieldType().docValuesType() == DocValuesType.SORTED
          || field.fieldType().docValuesType() == DocValuesType.SORTED_SET) {
        longest = bytes(field);
      }
      if (longest > IndexWriter.MAX_TERM_LENGTH) {
        throw new InvalidSubstanceException(
            substance.id(),
            "a "
                + describe(field.name())
                + " is "
                + longest
                + " bytes long once folded for search; the limit is "
                + IndexWriter.MAX_TERM_LENGTH
                + " bytes");
      }
    }
  }

  private static int bytes(IndexableField field) {
    BytesRef binary = field.binaryValue();
    if (binary != null) {
      return binary.length;
    }
    String value = field.stringValue();
    return value == null ? 0 : utf8Length(value);
  }

  private static int utf8Length(String value) {
    // Every char is at most 3 UTF-8 bytes: a short string cannot be too long, so skip encoding it.
    if ((long) value.length() * 3 <= IndexWriter.MAX_TERM_LENGTH) {
      return value.length();
    }
    return value.getBytes(StandardCharsets.UTF_8).length;
  }

  private static int longestToken(Analyzer analyzer, String field, String value) {
    if (value == null) {
      return 0;
    }
    int longest = 0;
    try (TokenStream tokens = analyzer.tokenStream(field, value)) {
      TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        longest = Math.max(longest, term.getBytesRef().length);
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return longest;
  }

  private static String describe(String field) {
    return switch (field) {
      case SubstanceDocuments.NAME, SubstanceDocuments.NAME_TRIGRAMS -> "name or synonym";
      case SubstanceDocuments.CODE -> "code";
      case SubstanceDocuments.ID -> "id";
      default -> "value (" + field + ")";
    };
  }
}
