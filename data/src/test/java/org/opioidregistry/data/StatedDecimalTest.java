package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SubstanceTableReader#decimal} gives what {@code Double.parseDouble} gives, to the bit, for
 * the stated masses and for random decimals of every length its short path takes and beyond; what
 * is no number is refused as {@code parseDouble} refuses it.
 */
class StatedDecimalTest {

  private static final long SEED = 20261201L;

  @Test
  void everyStatedMassIsParsedAsParseDoubleParsesIt() {
    List<BundledFiles.Numbered> rows = BundledFiles.records("substances.tsv");
    for (BundledFiles.Numbered row : rows) {
      String mass = row.get("monoisotopic_mass").strip();
      if (!mass.isEmpty()) {
        assertSame(mass);
      }
    }
  }

  @Test
  void randomDecimalsAreParsedAsParseDoubleParsesThem() {
    Random random = new Random(SEED);
    for (int n = 0; n < 200_000; n++) {
      int digits = 1 + random.nextInt(18);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < digits; i++) {
        text.append((char) ('0' + random.nextInt(10)));
      }
      int point = random.nextInt(digits + 2) - 1;
      if (point >= 0) {
        text.insert(Math.min(point, text.length()), '.');
      }
      assertSame(text.toString());
    }
  }

  @Test
  void edgeCasesAreParsedAsParseDoubleParsesThem() {
    for (String text :
        List.of(
            "0",
            "0.0",
            "5.",
            ".5",
            "000336.22016",
            "336.2202",
            "999999999999999",
            "0.000000000000001",
            "9007199254740993",
            "1.7976931348623157",
            "123456789012345.6",
            "1e3",
            "+1.5",
            "-336.2202",
            " 336.2202",
            "336.2202 ",
            "0x1p3",
            "NaN",
            "Infinity",
            "336.2202d",
            "1.5f")) {
      assertSame(text);
    }
  }

  @Test
  void noNumberIsRefused() {
    for (String text : List.of("", ".", "..", "1.2.3", "abc", "3,5", "1-2")) {
      assertThrows(NumberFormatException.class, () -> Double.parseDouble(text), text);
      assertThrows(NumberFormatException.class, () -> SubstanceTableReader.decimal(text), text);
    }
  }

  private static void assertSame(String text) {
    assertEquals(
        Double.doubleToRawLongBits(Double.parseDouble(text)),
        Double.doubleToRawLongBits(SubstanceTableReader.decimal(text)),
        text);
  }
}
