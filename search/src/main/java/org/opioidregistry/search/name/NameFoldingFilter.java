package org.opioidregistry.search.name;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each token by its {@link NameFolding#fold folded} form, dropping tokens that fold to
 * nothing. Placed after a tokenizer that keeps a whole name as one token.
 *
 * <p>Not thread-safe, like every Lucene token stream; analyzers create one per thread.
 */
public final class NameFoldingFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final boolean keepEmpty;

  /** Folds the tokens of {@code input}. */
  public NameFoldingFilter(TokenStream input) {
    this(input, false);
  }

  /**
   * @param keepEmpty keep a token that folds to nothing as an empty one: Lucene's {@code
   *     Analyzer.normalize} must give exactly one token for any text (a query term of punctuation
   *     only failed with IllegalStateException)
   */
  NameFoldingFilter(TokenStream input, boolean keepEmpty) {
    super(input);
    this.keepEmpty = keepEmpty;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      String folded = NameFolding.fold(term.toString());
      if (!folded.isEmpty() || keepEmpty) {
        term.setEmpty().append(folded);
        return true;
      }
    }
    return false;
  }
}
