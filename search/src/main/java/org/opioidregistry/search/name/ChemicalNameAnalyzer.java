package org.opioidregistry.search.name;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;

/**
 * Analyzes chemical names for the registry's name index: the whole name becomes one {@link
 * NameFolding folded} token, so that spacing, hyphens, brackets, locant spellings, Greek letters,
 * case, accents and salt words never stand between a query and a name. The {@link Mode#TRIGRAMS}
 * form further splits the folded name into overlapping three-letter pieces, for partial and
 * misspelt names. The same analyzer serves at index and at query time ({@link #normalize} folds
 * wildcard and fuzzy query terms too).
 *
 * <pre>{@code
 * Analyzer names = new ChemicalNameAnalyzer(ChemicalNameAnalyzer.Mode.WHOLE_NAME);
 * // "para-Fluoro butyryl fentanyl HCl" -> [4fluorobutyrylfentanyl]
 * }</pre>
 *
 * <p>Thread-safe, as Lucene analyzers are: token streams are reused per thread.
 */
public final class ChemicalNameAnalyzer extends Analyzer {

  /** What tokens the analyzer makes. */
  public enum Mode {
    /** One token: the folded name. */
    WHOLE_NAME,
    /** The folded name's three-letter pieces (names shorter than 3 are kept whole). */
    TRIGRAMS
  }

  private final Mode mode;

  /** An analyzer of the given mode. */
  public ChemicalNameAnalyzer(Mode mode) {
    this.mode = mode;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    KeywordTokenizer tokenizer = new KeywordTokenizer();
    TokenStream stream = new NameFoldingFilter(tokenizer);
    if (mode == Mode.TRIGRAMS) {
      stream = new NGramTokenFilter(stream, 3, 3, true);
    }
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new NameFoldingFilter(in, true);
  }
}
