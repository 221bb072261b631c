package org.opioidregistry.search.name;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.search.NameMatch;
import org.opioidregistry.search.Registry;

/**
 * Fuzzing of name handling (issue 11): the analyzer folds any text into tokens without failing, in
 * both modes, index and query side; name search over the bundled registry returns at most the
 * limit, or refuses the text with an {@link IllegalArgumentException}; never another exception, and
 * within a generous bound (raise with {@code -Dopioid.test.timeoutFactor=N}). Regression inputs
 * under {@code NameSearchFuzzTestInputs/}.
 */
class NameSearchFuzzTest {

  private static final Duration BOUND =
      Duration.ofSeconds(
          (long) (600 * Double.parseDouble(System.getProperty("opioid.test.timeoutFactor", "1"))));

  private static final Registry BUNDLED = Registry.inMemory(ReferenceData.bundled().substances());

  private static final List<ChemicalNameAnalyzer> ANALYZERS =
      List.of(
          new ChemicalNameAnalyzer(ChemicalNameAnalyzer.Mode.WHOLE_NAME),
          new ChemicalNameAnalyzer(ChemicalNameAnalyzer.Mode.TRIGRAMS));

  @FuzzTest(maxDuration = "10m")
  void analyzer(FuzzedDataProvider data) {
    String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    within(
        () -> {
          for (ChemicalNameAnalyzer analyzer : ANALYZERS) {
            try (TokenStream tokens = analyzer.tokenStream("name", text)) {
              CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
              tokens.reset();
              while (tokens.incrementToken()) {
                assertNotNull(term.toString());
              }
              tokens.end();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            assertNotNull(analyzer.normalize("name", text));
          }
        });
  }

  @FuzzTest(maxDuration = "10m")
  void search(FuzzedDataProvider data) {
    String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    within(
        () -> {
          try {
            List<NameMatch> matches = BUNDLED.findByName(text, 5);
            assertTrue(matches.size() <= 5, matches.toString());
          } catch (IllegalArgumentException e) {
            assertNotNull(e.getMessage());
          }
        });
  }

  private static void within(Runnable work) {
    long start = System.nanoTime();
    work.run();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(took.compareTo(BOUND) <= 0, "took " + took.toMillis() + " ms");
  }
}
