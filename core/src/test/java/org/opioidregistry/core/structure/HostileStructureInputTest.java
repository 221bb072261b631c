package org.opioidregistry.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The failure classes of issue 11, items 1 and 2, one test per class: text that declares too many
 * atoms is refused before a parser recurses over it; a stack overflow is contained to its input;
 * and every value a reader takes from text unchecked (charge, isotope, hydrogens, bond type, bond
 * ends) is refused as a {@link StructureParseException} instead of surfacing as whatever CDK or the
 * InChI binding throws, or as a wrong formula.
 */
class HostileStructureInputTest {

  /** Guards a hang only; raise with {@code -Dopioid.test.timeoutFactor=4} on a slow machine. */
  private static final Duration HANG =
      Duration.ofSeconds(
          (long) (600 * Double.parseDouble(System.getProperty("opioid.test.timeoutFactor", "1"))));

  /**
   * The largest structures take seconds on an idle machine (a 500-atom aromatic ring, 4 s) and took
   * over 30 s under a load of 30: this bound only tells a hang from slowness.
   */
  private static final Duration LARGE_STRUCTURE_HANG = HANG.multipliedBy(10);

  private static StructureParseException parseFails(String text) {
    return assertTimeoutPreemptively(
        HANG, () -> assertThrows(StructureParseException.class, () -> StructureParser.parse(text)));
  }

  // ---- item 1: size and depth are bounded before any parser recurses

  @Test
  void longOrDeepSmilesIsRefusedBeforeParsing() {
    // Each of these overflowed CDK's recursive parser or ring perception on a 1 MB stack.
    for (String smiles :
        List.of(
            "C".repeat(10_000),
            "C(".repeat(3_000) + "C" + ")".repeat(3_000),
            "c1" + "c".repeat(4_998) + "c1",
            "[CH2]".repeat(2_000))) {
      StructureParseException e = parseFails(smiles);
      assertEquals(StructureParseException.Reason.TOO_MANY_ATOMS, e.reason(), e.getMessage());
      assertTrue(e.getMessage().contains("the limit is 1000"), e.getMessage());
    }
  }

  @Test
  void anInchiFormulaLayerDeclaringTooManyAtomsIsRefusedBeforeTheNativeLibrary() {
    StructureParseException e = parseFails("InChI=1S/C5000H10002/c1-3-5");
    assertEquals(StructureParseException.Reason.TOO_MANY_ATOMS, e.reason(), e.getMessage());
    assertEquals(
        2 * (22 + 28 + 2 + 1) + 1 + 1,
        SizePrecheck.inchiFormulaAtoms("InChI=1S/2C22H28N2O.ClH/c..."),
        "multipliers and components are counted");
  }

  @Test
  void aV3000CountsLineDeclaringTooManyAtomsIsRefusedBeforeCdkReadsIt() {
    String block =
        "big\n  t\n\n  0  0  0     0  0            999 V3000\nM  V30 BEGIN CTAB\n"
            + "M  V30 COUNTS 50000 0 0 0 0\nM  V30 BEGIN ATOM\nM  V30 END ATOM\nM  V30 END CTAB\n"
            + "M  END\n";
    StructureParseException e = parseFails(block);
    assertEquals(StructureParseException.Reason.TOO_MANY_ATOMS, e.reason(), e.getMessage());
  }

  @Test
  void theLargestStructuresWithinTheLimitsParseOnADefaultThreadStack() throws Exception {
    // 1,000 atoms, hydrogens included, is the default limit: the deepest CDK recursion these reach
    // must fit a default (1 MB) stack, the one a thread pool's workers get.
    for (String smiles :
        List.of(
            "[C]" + "=[C]".repeat(999), "c1(F)" + "c(F)".repeat(498) + "c1F", "C".repeat(332))) {
      AtomicReference<Object> outcome = new AtomicReference<>();
      Thread worker =
          new Thread(
              () -> {
                try {
                  outcome.set(StructureParser.parse(smiles));
                } catch (RuntimeException | Error e) {
                  outcome.set(e);
                }
              });
      worker.start();
      worker.join(LARGE_STRUCTURE_HANG.toMillis());
      assertFalse(worker.isAlive(), "hung: " + smiles.substring(0, 20));
      assertTrue(outcome.get() instanceof Structure, smiles.substring(0, 20) + ": " + outcome);
    }
  }

  @Test
  void aStackOverflowOnOneInputIsThatInputsTypedError() throws Exception {
    // A caller's thread with a tiny stack meets an input within the limits: the overflow in CDK is
    // contained to this input as TOO_COMPLEX, and the next input on the same thread parses.
    // Initialise CDK's classes on this thread first: an overflow inside a static initialiser
    // would leave the class unusable for the JVM's life, which no library can contain.
    StructureParser.parse("CCO");
    AtomicReference<Object> first = new AtomicReference<>();
    AtomicReference<Object> second = new AtomicReference<>();
    Thread small =
        new Thread(
            null,
            () -> {
              first.set(outcome(() -> StructureParser.parse("C".repeat(332))));
              second.set(outcome(() -> StructureParser.parse("CCO")));
            },
            "small-stack",
            64 * 1024);
    small.start();
    small.join(LARGE_STRUCTURE_HANG.toMillis());
    assertFalse(small.isAlive(), "hung");
    if (first.get() instanceof Structure) {
      return; // this JVM's minimum stack was large enough: nothing overflowed, nothing to contain
    }
    assertTrue(first.get() instanceof StructureParseException, String.valueOf(first.get()));
    assertEquals(
        StructureParseException.Reason.TOO_COMPLEX,
        ((StructureParseException) first.get()).reason());
    assertTrue(second.get() instanceof Structure, String.valueOf(second.get()));
  }

  private static Object outcome(java.util.function.Supplier<Structure> parse) {
    try {
      return parse.get();
    } catch (RuntimeException | Error e) {
      return e;
    }
  }

  // ---- item 2: values a reader takes from text unchecked

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          charge far beyond any atom's  | [C+805776]   | charge 805776
          charge just beyond the limit  | [N+9]        | charge 9
          isotope mass zero             | [0C]CC       | mass number 0
          isotope mass of no isotope    | CC[999C]     | mass number 999
          too many hydrogens on an atom | [CH99]       | 99 hydrogens
          a chain of hydrogens          | CCHHHC       | hydrogen bonded to 2 atoms
          an atom with 13 neighbours    | C(C)(C)(C)(C)(C)(C)(C)(C)(C)(C)(C)(C)C | bonded to 13 atoms
          """)
  void impossibleSmilesAtomValuesAreRefused(String what, String smiles, String words) {
    StructureParseException e = parseFails(smiles);
    assertEquals(StructureParseException.Reason.INVALID_STRUCTURE, e.reason(), what);
    assertTrue(e.getMessage().contains(words), e.getMessage());
  }

  @Test
  void aHydrogenChainFoundByTheFuzzerIsRefusedAtOnce() {
    // JAZZER_FUZZ=1 found this 115-character SMILES: six seconds of work, then formula C5H111P.
    String found = "pc1cc" + "H".repeat(29) + "/" + "H".repeat(77) + "cc1";
    StructureParseException e = parseFails(found);
    assertEquals(StructureParseException.Reason.INVALID_STRUCTURE, e.reason(), e.getMessage());
    assertEquals("C2H6", formula("[H]C([H])([H])C")); // explicit hydrogens with one bond each
  }

  @Test
  void realIsotopesAndChargesStillParse() {
    assertEquals("C2[13C]H8", formula("[13CH3]CC"));
    assertEquals(
        "C22H23D5N2O",
        formula("CCC(=O)N(c1c([2H])c([2H])c([2H])c([2H])c1[2H])C1CCN(CCc2ccccc2)CC1"));
    assertEquals("C2H6O", formula("CC[O-].[Na+]")); // the salt goes, the anion is neutralised
  }

  private static String formula(String smiles) {
    return StructureParser.parse(smiles).formula();
  }

  @ParameterizedTest(name = "M  {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          CHG  1   1 999 | charge 999
          ISO  1   1   0 | mass number 0
          ISO  1   1 999 | mass number 999
          """)
  void impossibleV2000PropertiesAreRefusedWithTheAtomsLine(String property, String words) {
    StructureParseException e = parseFails(benzene(0, "M  " + property + "\n"));
    assertEquals(StructureParseException.Reason.INVALID_STRUCTURE, e.reason(), e.getMessage());
    assertEquals(OptionalInt.of(5), e.line(), e.getMessage());
    assertTrue(e.getMessage().contains(words), e.getMessage());
  }

  @Test
  void aV2000IsotopeThatExistsGivesTheLabelledFormula() {
    assertEquals("C5[13C]H6", StructureParser.parse(benzene(0, "M  ISO  1   1  13\n")).formula());
  }

  @Test
  void aromaticBondTypeFourIsReadAsTheKekuleStructure() {
    Structure aromatic = StructureParser.parse(benzene(4, ""));
    Structure kekule = StructureParser.parse(benzene(0, ""));
    assertEquals(kekule.inchiKey(), aromatic.inchiKey());
    assertEquals("C6H6", aromatic.formula());
  }

  @Test
  void aromaticBondsWithNoKekuleFormAreRefused() {
    // Five aromatic carbons: no alternation of single and double bonds exists.
    String block = ring(5, 4);
    StructureParseException e = parseFails(block);
    assertEquals(StructureParseException.Reason.INVALID_STRUCTURE, e.reason(), e.getMessage());
    assertTrue(e.getMessage().contains("aromatic bonds"), e.getMessage());
  }

  @ParameterizedTest(name = "bond type {0}")
  @CsvSource({"5, single or double", "6, single or aromatic", "7, double or aromatic", "8, any"})
  void queryBondTypesAreRefusedWithTheirLine(int type, String meaning) {
    StructureParseException e = parseFails(benzene(type, ""));
    assertEquals(StructureParseException.Reason.SYNTAX, e.reason());
    assertEquals(OptionalInt.of(11), e.line(), e.getMessage());
    assertTrue(e.getMessage().contains(meaning), e.getMessage());
  }

  @Test
  void v3000ValuesAreCheckedLikeV2000Ones() {
    assertTrue(parseFails(v3000(" MASS=-7", "1 1 1 2")).getMessage().contains("mass number -7"));
    assertTrue(parseFails(v3000(" CHG=999", "1 1 1 2")).getMessage().contains("charge 999"));
    assertTrue(
        parseFails(v3000("", "1 1 1 7")).getMessage().contains("not in the structure"),
        "a bond to an atom the block does not have");
    assertTrue(parseFails(v3000("", "1 6 1 2")).getMessage().contains("query bond"));
    assertEquals("CH4O", StructureParser.parse(v3000("", "1 1 1 2")).formula());
  }

  static String benzene(int bondType, String properties) {
    return ring(6, bondType).replace("M  END\n", properties + "M  END\n");
  }

  /** A ring of carbons; bond type 0 means alternating double and single bonds. */
  private static String ring(int size, int bondType) {
    StringBuilder block = new StringBuilder("ring\n  test\n\n");
    block.append(
        String.format(
            java.util.Locale.ROOT, "%3d%3d  0  0  0  0  0  0  0  0999 V2000%n", size, size));
    for (int i = 0; i < size; i++) {
      double angle = 2 * Math.PI * i / size;
      block.append(
          String.format(
              java.util.Locale.ROOT,
              "%10.4f%10.4f%10.4f C   0  0  0  0  0  0  0  0  0  0  0  0%n",
              Math.cos(angle),
              Math.sin(angle),
              0.0));
    }
    for (int i = 0; i < size; i++) {
      int order = bondType == 0 ? (i % 2 == 0 ? 2 : 1) : bondType;
      block.append(
          String.format(java.util.Locale.ROOT, "%3d%3d%3d  0%n", i + 1, (i + 1) % size + 1, order));
    }
    return block.append("M  END\n").toString();
  }

  private static String v3000(String firstAtomExtra, String bond) {
    return "x\n  t\n\n  0  0  0     0  0            999 V3000\nM  V30 BEGIN CTAB\n"
        + "M  V30 COUNTS 2 1 0 0 0\nM  V30 BEGIN ATOM\nM  V30 1 C 0 0 0 0"
        + firstAtomExtra
        + "\nM  V30 2 O 1.2 0 0 0\nM  V30 END ATOM\nM  V30 BEGIN BOND\nM  V30 "
        + bond
        + "\nM  V30 END BOND\nM  V30 END CTAB\nM  END\n";
  }
}
