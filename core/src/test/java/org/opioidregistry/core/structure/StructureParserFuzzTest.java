package org.opioidregistry.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import org.opioidregistry.core.testing.FuzzBound;

/**
 * Coverage-guided fuzzing of the structure parsers (issue 11). The contract each target asserts is
 * the documented one: a {@link Structure} whose keys are set, or a {@link StructureParseException}
 * with a reason, never another exception or error, within {@link FuzzBound#PER_INPUT}.
 *
 * <p>{@code mvn verify} runs every input checked in under {@code
 * src/test/resources/.../StructureParserFuzzTestInputs/<method>/} as a regression test. To fuzz,
 * see the README's "Fuzzing" section ({@code JAZZER_FUZZ=1}); a finding is written to that
 * directory and becomes a regression input once fixed.
 */
class StructureParserFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void smiles(FuzzedDataProvider data) {
    String text = FuzzBound.text(data.consumeRemainingAsBytes());
    FuzzBound.within(text, () -> parseHonours(text, InputFormat.SMILES));
  }

  @FuzzTest(maxDuration = "10m")
  void inchi(FuzzedDataProvider data) {
    String text = "InChI=1S/" + FuzzBound.text(data.consumeRemainingAsBytes());
    FuzzBound.within(text, () -> parseHonours(text, InputFormat.INCHI));
  }

  @FuzzTest(maxDuration = "10m")
  void molV2000(FuzzedDataProvider data) {
    String text = FuzzBound.text(data.consumeRemainingAsBytes());
    FuzzBound.within(text, () -> parseHonours(text, InputFormat.MOLFILE));
  }

  @FuzzTest(maxDuration = "10m")
  void molV3000(FuzzedDataProvider data) {
    String text = FuzzBound.text(data.consumeRemainingAsBytes());
    FuzzBound.within(text, () -> parseHonours(text, InputFormat.MOLFILE));
  }

  /** Whatever the format detection decides, through the public one-argument entry point. */
  @FuzzTest(maxDuration = "10m")
  void detected(FuzzedDataProvider data) {
    String text = FuzzBound.text(data.consumeRemainingAsBytes());
    FuzzBound.within(text, () -> parseHonours(text, null));
  }

  @FuzzTest(maxDuration = "10m")
  void sdf(FuzzedDataProvider data) {
    String text = FuzzBound.text(data.consumeRemainingAsBytes());
    FuzzBound.within(
        text,
        () -> {
          try (SdfReader reader =
              SdfReader.of(
                  new StringReader(text), ParseLimits.DEFAULT, SdfReader.OnError.CONTINUE)) {
            int expected = 1;
            while (reader.hasNext()) {
              SdfRecord record = reader.next();
              assertEquals(expected++, record.number());
              assertEquals(record.isValid(), record.structure().isPresent());
              assertEquals(record.isValid(), record.error().isEmpty());
            }
          } catch (java.io.IOException e) {
            throw new AssertionError("a StringReader does not fail", e);
          }
        });
  }

  private static void parseHonours(String text, InputFormat format) {
    try {
      Structure s =
          format == null
              ? StructureParser.parse(text)
              : StructureParser.parse(text, format, ParseLimits.DEFAULT);
      assertEquals(27, s.inchiKey().length(), s.inchiKey());
      assertNotNull(s.formula());
      assertFalse(Double.isNaN(s.monoisotopicMass()));
    } catch (StructureParseException e) {
      assertNotNull(e.reason());
      assertNotNull(e.getMessage());
    }
  }
}
