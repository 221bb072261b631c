package org.opioidregistry.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of bad input is a {@link StructureParseException} that says what and where, and none
 * keeps the caller waiting (the generous timeout guards against hangs, it is not a speed goal).
 */
class BadInputTest {

  private static StructureParseException parseFails(String text) {
    return assertTimeoutPreemptively(
        // Guards a hang only; generous so that a busy machine never fails it.
        Duration.ofSeconds(
            (long)
                (600 * Double.parseDouble(System.getProperty("opioid.test.timeoutFactor", "1")))),
        () -> assertThrows(StructureParseException.class, () -> StructureParser.parse(text)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          truncated branch        | CCC(=O)N(c1ccccc1     | SYNTAX          | 17 | Unclosed branch
          truncated after a bond  | CCC(=O)N(c1ccccc1)C1CCN(CC= | SYNTAX    | 27 | looks truncated
          unclosed ring           | C1CCN(CCc2ccccc2)CC   | SYNTAX          | 19 | Unclosed ring
          unbalanced bracket atom | CC[NH+CC              | SYNTAX          |    | ''
          closing an unopened one | CC)C                  | SYNTAX          | 3  | unopened branch
          unknown element         | CCN([Xx])CC           | UNKNOWN_ELEMENT | 6  | 'Xx' is not a chemical element
          unknown atom            | CC*                   | UNKNOWN_ELEMENT | 3  | '*' is not a chemical element
          stray character         | CC%C                  | SYNTAX          |    | ''
          impossible aromatic     | c1cccc1               | INVALID_STRUCTURE |  | kekul
          """)
  void badSmilesNamesTheReasonAndPosition(
      String what, String smiles, String reason, Integer position, String words) {
    StructureParseException e = parseFails(smiles);
    assertEquals(InputFormat.SMILES, e.format(), what);
    assertEquals(StructureParseException.Reason.valueOf(reason), e.reason(), e.getMessage());
    if (position != null) {
      assertEquals(OptionalInt.of(position - 1), e.position(), e.getMessage());
      assertTrue(e.getMessage().contains("at position " + position), e.getMessage());
      assertTrue(e.getMessage().contains("^"), e.getMessage());
    }
    assertTrue(e.getMessage().contains(words), e.getMessage());
    assertTrue(e.getMessage().startsWith("Invalid SMILES"), e.getMessage());
  }

  @Test
  void garbageInchi() {
    StructureParseException e = parseFails("InChI=1S/this-is-not/an-inchi");
    assertEquals(InputFormat.INCHI, e.format());
    assertEquals(StructureParseException.Reason.SYNTAX, e.reason());
    assertTrue(e.getMessage().startsWith("Invalid InChI"), e.getMessage());
  }

  @Test
  void emptyAndBlank() {
    assertEquals(StructureParseException.Reason.EMPTY, parseFails("").reason());
    assertEquals(StructureParseException.Reason.EMPTY, parseFails("   \n ").reason());
  }

  @Test
  void aHugeInputIsRefusedBeforeParsing() {
    String huge = "C".repeat(200_000);
    StructureParseException e = parseFails(huge);
    assertEquals(StructureParseException.Reason.TOO_LONG, e.reason());
    assertTrue(e.getMessage().contains("200000 characters"), e.getMessage());
    assertTrue(e.getMessage().length() < 400, "the message shows a shortened input");
    assertEquals(80, e.input().length());
  }

  @Test
  void tooManyAtomsIsRefused() {
    String longChain = "C".repeat(2_000);
    StructureParseException e = parseFails(longChain);
    assertEquals(StructureParseException.Reason.TOO_MANY_ATOMS, e.reason());
    // A caller who needs big molecules raises the limit.
    Structure big = StructureParser.parse("C".repeat(400), new ParseLimits(10_000, 100_000, 5_000));
    assertEquals(400, big.heavyAtomCount());
  }

  private static final String ETHANOL_HEADER = "ethanol\n  test\n\n";

  @Test
  void molBlockWithAWrongCountsLine() {
    String mol =
        ETHANOL_HEADER
            + "  x  2  0  0  0  0  0  0  0  0999 V2000\n"
            + "    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
            + "M  END\n";
    StructureParseException e = parseFails(mol);
    assertEquals(InputFormat.MOLFILE, e.format());
    assertEquals(OptionalInt.of(4), e.line());
    assertTrue(e.getMessage().contains("at line 4: the counts line"), e.getMessage());
  }

  @Test
  void molBlockThatDeclaresMoreAtomsThanItHas() {
    String mol =
        ETHANOL_HEADER
            + "  5  2  0  0  0  0  0  0  0  0999 V2000\n"
            + "    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
            + "    1.5000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
            + "    3.0000    0.0000    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0\n"
            + "  1  2  1  0  0  0  0\n"
            + "  2  3  1  0  0  0  0\n"
            + "M  END\n";
    StructureParseException e = parseFails(mol);
    assertEquals(OptionalInt.of(8), e.line());
    assertTrue(e.getMessage().contains("expected atom line 4 of 5"), e.getMessage());
  }

  @Test
  void molBlockWithAnUnknownElementNamesItsLine() {
    String mol =
        ETHANOL_HEADER
            + "  2  1  0  0  0  0  0  0  0  0999 V2000\n"
            + "    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
            + "    1.5000    0.0000    0.0000 Qq  0  0  0  0  0  0  0  0  0  0  0  0\n"
            + "  1  2  1  0  0  0  0\n"
            + "M  END\n";
    StructureParseException e = parseFails(mol);
    assertEquals(StructureParseException.Reason.UNKNOWN_ELEMENT, e.reason());
    assertEquals(OptionalInt.of(6), e.line());
    assertTrue(e.getMessage().contains("'Qq' is not a chemical element"), e.getMessage());
  }

  @Test
  void aGoodMolBlockParses() {
    String mol =
        ETHANOL_HEADER
            + "  3  2  0  0  0  0  0  0  0  0999 V2000\n"
            + "    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
            + "    1.5000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
            + "    3.0000    0.0000    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0\n"
            + "  1  2  1  0  0  0  0\n"
            + "  2  3  1  0  0  0  0\n"
            + "M  END\n";
    // Ethanol, PubChem CID 702.
    assertEquals("LFQSCWFLJHTTHZ-UHFFFAOYSA-N", StructureParser.parse(mol).inchiKey());
  }
}
