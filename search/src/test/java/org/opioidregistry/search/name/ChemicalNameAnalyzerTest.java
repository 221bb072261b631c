package org.opioidregistry.search.name;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Analyzer behaviour in the style of Lucene's BaseTokenStreamTestCase: the exact tokens each input
 * produces, the same at index and query time, and stream reuse.
 */
class ChemicalNameAnalyzerTest {

  private final Analyzer whole = new ChemicalNameAnalyzer(ChemicalNameAnalyzer.Mode.WHOLE_NAME);
  private final Analyzer trigrams = new ChemicalNameAnalyzer(ChemicalNameAnalyzer.Mode.TRIGRAMS);

  static void assertAnalyzesTo(Analyzer analyzer, String input, String... expected)
      throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("name", input)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
    assertArrayEquals(expected, tokens.toArray(new String[0]), "tokens of '" + input + "'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          para fluoro butyryl fentanyl              | 4fluorobutyrylfentanyl
          p-fluorobutyrylfentanyl                   | 4fluorobutyrylfentanyl
          4-Fluorobutyrylfentanyl                   | 4fluorobutyrylfentanyl
          parafluorobutyrylfentanyl                 | 4fluorobutyrylfentanyl
          ortho-Fluorofentanyl                      | 2fluorofentanyl
          o-fluorofentanyl                          | 2fluorofentanyl
          m-methyl fentanyl                         | 3methylfentanyl
          α-Methylfentanyl                          | alphamethylfentanyl
          alpha methylfentanyl                      | alphamethylfentanyl
          β-Hydroxy-3-methylfentanyl                | betahydroxy3methylfentanyl
          Fentanyl citrate                          | fentanyl
          fentanyl HCl                              | fentanyl
          Furanylfentanyl hydrochloride             | furanylfentanyl
          furanyl fentanyl                          | furanylfentanyl
          (±)-cis-3-Methylfentanyl                  | 3methylfentanyl
          (2S,3R)-propoxyphene                      | propoxyphene
          N-[1-(2-phenylethyl)piperidin-4-yl]-N-phenylpropanamide | n12phenylethylpiperidin4ylnphenylpropanamide
          N,N-Diethyl                               | nndiethyl
          Métonitazène                              | metonitazene
          U-47700                                   | u47700
          Base                                      | base
          """)
  void foldsSpellingsToOneToken(String input, String expected) throws IOException {
    assertAnalyzesTo(whole, input, expected);
  }

  @Test
  void theSameTokensAtIndexAndQueryTime() {
    for (String name : new String[] {"p-Fluorobutyrylfentanyl", "α-methyl Fentanyl", "U 47700"}) {
      BytesRef normalized = whole.normalize("name", name);
      assertEquals(NameFolding.fold(name), normalized.utf8ToString());
    }
  }

  @Test
  void trigramsOfTheFoldedName() throws IOException {
    assertAnalyzesTo(trigrams, "MT-45", "mt4", "t45", "mt45");
    assertAnalyzesTo(trigrams, "4-AP", "4ap");
    assertAnalyzesTo(trigrams, "AP", "ap");
  }

  @Test
  void aNameThatIsOnlyPunctuationMakesNoToken() throws IOException {
    assertAnalyzesTo(whole, " -()- ");
  }

  @Test
  void streamsAreReusable() throws IOException {
    for (int i = 0; i < 3; i++) {
      assertAnalyzesTo(whole, "para-fluorofentanyl", "4fluorofentanyl");
      assertAnalyzesTo(whole, "Carfentanil", "carfentanil");
    }
  }
}
