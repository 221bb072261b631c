package org.opioidregistry.core.substructure;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.List;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.opioidregistry.core.testing.FuzzBound;
import org.opioidregistry.core.testing.TestMolecules;

/**
 * Fuzzing of SMARTS queries (issue 11): a query or an {@link InvalidSmartsException} with a
 * position inside the text; a parsed query matches each target, or reports a {@link
 * SubstructureTimeoutException}, within its time limit plus a margin. Regression inputs under
 * {@code SubstructureQueryFuzzTestInputs/smarts/}; see the README's "Fuzzing" section.
 */
class SubstructureQueryFuzzTest {

  private static final Duration LIMIT = Duration.ofMillis(500);

  private static final List<IAtomContainer> TARGETS =
      List.of(
          TestMolecules.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"), // fentanyl
          TestMolecules.parse("CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21"),
          TestMolecules.parse("CN1CCC23C4C1CC5=C2C(=C(C=C5)O)OC3C(C=C4)O"), // morphine
          HostileSmartsTest.grid(12));

  @FuzzTest(maxDuration = "10m")
  void smarts(FuzzedDataProvider data) {
    String text = FuzzBound.text(data.consumeRemainingAsBytes());
    FuzzBound.within(
        text,
        () -> {
          SubstructureQuery query;
          try {
            query = SubstructureQuery.smarts(text);
          } catch (InvalidSmartsException e) {
            assertTrue(e.position() >= 0 && e.position() <= text.length(), e.getMessage());
            return;
          }
          for (IAtomContainer target : TARGETS) {
            try {
              assertNotNull(query.firstMatch(target, LIMIT));
            } catch (SubstructureTimeoutException e) {
              assertNotNull(e.getMessage());
            }
          }
        });
  }
}
