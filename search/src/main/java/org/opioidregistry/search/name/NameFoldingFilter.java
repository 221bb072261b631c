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

  /** Folds the tokens of {@code input}. */
  public NameFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      String folded = NameFolding.fold(term.toString());
      if (!folded.isEmpty()) {
        term.setEmpty().append(folded);
        return true;
      }
    }
    return false;
  }
}
