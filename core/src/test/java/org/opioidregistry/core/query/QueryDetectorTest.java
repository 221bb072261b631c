package org.opioidregistry.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opioidregistry.core.structure.ParseLimits;

class QueryDetectorTest {

  /** No file exists except the one named here, so that tests do not depend on the disk. */
  private final QueryDetector detector =
      QueryDetector.withFiles(p -> p.equals(Path.of("/data/seized/case-17")));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // SMILES, valid or not (a broken SMILES must reach the SMILES parser to be explained)
        "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1 | SMILES",
        "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl | SMILES",
        "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1 fentanyl | SMILES",
        "CCC(=O)N(c1ccccc1 | SMILES",
        "C1CC | SMILES",
        "CC[Xx]C | SMILES",
        "c1cccc1 | SMILES",
        "C1CN2CCC1CC2 | SMILES",
        "[Na+].[Cl-] | SMILES",
        "O=C(CC)N(C1CCN(CCC2=CC=CC=C2)CC1)C3=CC=CC=C3 | SMILES",
        // InChI and InChIKey
        "InChI=1S/C22H28N2O/c1-2-22(25)24(20-11-7-4-8-12-20)21-14-17-23(18-15-21)16-13-19-9-5-3-6-10-19/h3-12,21H,2,13-18H2,1H3 | INCHI",
        "InChI=garbage | INCHI",
        "PJMPHNIQZUBGLI-UHFFFAOYSA-N | INCHIKEY",
        // CAS RN: hyphenated, whatever the check digit (the reader names a wrong one)
        "437-38-7 | CAS_RN",
        "59708-52-0 | CAS_RN",
        "437-38-8 | CAS_RN",
        // bare digits: a CAS RN only when the check digit holds (fentanyl 437-38-7, carfentanil
        // 59708-52-0, U-47700 82657-23-6, as in the bundled data)
        "437387 | CAS_RN",
        "59708520 | CAS_RN",
        "82657236 | CAS_RN",
        "437388 | NAME",
        "3345 | NAME",
        "12345678901 | NAME",
        // formulas
        "C22H28N2O | FORMULA",
        "H28C22N2O | FORMULA",
        "C23H30N4O3 | FORMULA",
        "CO2 | FORMULA",
        "HCl | FORMULA",
        "CCl4 | FORMULA",
        "N2O | FORMULA",
        "CH3CH2OH | FORMULA",
        // formulas with a salt: fentanyl hydrochloride and citrate, morphine HCl trihydrate
        "C22H28N2O.HCl | FORMULA",
        "C22H28N2O·C6H8O7 | FORMULA",
        "C17H19NO3.HCl.3H2O | FORMULA",
        // neither SMILES nor a formula: ring-closure SMILES that does not close (N1CC2 reads as
        // "C3N" only if a count of 1 and a repeated element are allowed)
        "N1CC2 | SMILES",
        "C1CC2 | SMILES",
        // names and codes
        "fentanyl | NAME",
        "Fentanyl | NAME",
        "fentanyl citrate | NAME",
        "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide | NAME",
        "alpha-methylfentanyl | NAME",
        "4-ANPP | NAME",
        "ANPP | NAME",
        "U-47700 | NAME",
        // lab codes without their hyphen
        "U47700 | NAME",
        "AH7921 | NAME",
        "MT45 | NAME",
        "W18 | NAME",
        "u47700 | NAME",
        "MT-45 | NAME",
        "AH-7921 | NAME",
        "CUMYL-PEGACLONE | NAME",
        "α-methylfentanyl | NAME",
        "fentanly | NAME",
        // files
        "seized.sdf | FILE",
        "./queries/one.mol | FILE",
        "batch.SMI | FILE",
        "list.txt | FILE",
        "/data/seized/case-17 | FILE",
      })
  void detects(String query, QueryKind expected) {
    assertEquals(expected, detector.detect(query).kind(), query);
  }

  @Test
  void bareLetterSmilesAreAmbiguousWithFormulaAndName() {
    // "CO" is methanol as SMILES, carbon monoxide as a formula: SMILES wins, the rest are offered.
    DetectedQuery co = detector.detect("CO");
    assertEquals(QueryKind.SMILES, co.kind());
    assertEquals(List.of(QueryKind.FORMULA, QueryKind.NAME), kinds(co.alternatives()));
    assertTrue(co.isAmbiguous());
    assertTrue(co.hasAlternative(QueryKind.FORMULA));
    assertEquals("CO", co.alternatives().get(0).text());
    assertEquals(
        List.of(QueryKind.SMILES, QueryKind.FORMULA, QueryKind.NAME), kinds(co.readings()));

    assertEquals(
        List.of(QueryKind.FORMULA, QueryKind.NAME), kinds(detector.detect("NO").alternatives()));
    assertEquals(
        List.of(QueryKind.FORMULA, QueryKind.NAME), kinds(detector.detect("CN").alternatives()));
    // NPP (N-phenethyl-4-piperidone) is a precursor's code, and valid SMILES (N-P-P); as "NP2"
    // it would write phosphorus twice without hydrogen, so it is no formula.
    assertEquals(List.of(QueryKind.NAME), kinds(detector.detect("NPP").alternatives()));
    // Ethanol reads as the formula C2O only with a repeated element and no hydrogen: SMILES only.
    assertEquals(QueryKind.SMILES, detector.detect("CCO").kind());
    // A single element is no formula query.
    assertEquals(List.of(QueryKind.NAME), kinds(detector.detect("CCCC").alternatives()));
    // SMILES with syntax is not ambiguous.
    assertFalse(detector.detect("CC(=O)O").isAmbiguous());
    assertFalse(detector.detect("C22H28N2O").isAmbiguous());
  }

  private static List<QueryKind> kinds(List<QueryReading> readings) {
    return readings.stream().map(QueryReading::kind).toList();
  }

  @Test
  void bareDigitsWithAValidCheckDigitAreReadAsTheHyphenatedCasRn() {
    // Fentanyl's CAS RN 437-38-7: the digits before the check are 4 3 7 3 8; weighted from the
    // right, 8·1 + 3·2 + 7·3 + 3·4 + 4·5 = 67, check digit 7.
    DetectedQuery fentanyl = detector.detect("437387");
    assertEquals(QueryKind.CAS_RN, fentanyl.kind());
    assertEquals("437-38-7", fentanyl.reading().text());
    assertEquals("437387", fentanyl.text());
    assertEquals(List.of(QueryKind.NAME), kinds(fentanyl.alternatives()));
    assertTrue(fentanyl.reason().contains("check digit"), fentanyl.reason());
    assertEquals("59708-52-0", detector.detect("59708520").reading().text());
    // One digit off: not a CAS RN, a code to look up.
    DetectedQuery wrong = detector.detect("437388");
    assertEquals(QueryKind.NAME, wrong.kind());
    assertTrue(wrong.reason().contains("not their CAS check digit"), wrong.reason());
    assertTrue(QueryDetector.casCheckDigitHolds("437387"));
    assertFalse(QueryDetector.casCheckDigitHolds("437386"));
  }

  @Test
  void aFormulaWithASaltIsReadAsItsParent() {
    DetectedQuery hcl = detector.detect("C22H28N2O.HCl");
    assertEquals(QueryKind.FORMULA, hcl.kind());
    assertEquals("C22H28N2O", hcl.reading().text());
    assertTrue(hcl.reason().contains("with HCl"), hcl.reason());
    // Citrate C6H8O7 has fewer carbons than fentanyl: the parent is still fentanyl's formula.
    assertEquals("C22H28N2O", detector.detect("C22H28N2O·C6H8O7").reading().text());
    assertEquals("C17H19NO3", detector.detect("C17H19NO3.HCl.3H2O").reading().text());
    // No part has the most carbon atoms: refused, with the reason.
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> detector.detect("HCl.H2O"));
    assertTrue(e.getMessage().contains("cannot tell the parent"), e.getMessage());
  }

  @Test
  void ringClosureTextIsNeitherFormulaNorValidSmiles() {
    DetectedQuery n1cc2 = detector.detect("N1CC2");
    assertEquals(QueryKind.SMILES, n1cc2.kind());
    assertFalse(n1cc2.isAmbiguous());
    assertTrue(n1cc2.reason().contains("CDK cannot read it"), n1cc2.reason());
    assertTrue(n1cc2.reason().contains("not a formula"), n1cc2.reason());
    assertFalse(QueryDetector.formulaShaped("N1CC2"));
    assertFalse(QueryDetector.formulaShaped("CCO"));
    assertTrue(QueryDetector.formulaShaped("CH3CH2OH"));
    assertTrue(QueryDetector.formulaShaped("C22H28N2O"));
  }

  @Test
  void aLabCodeWithoutItsHyphenIsACode() {
    DetectedQuery u = detector.detect("U47700");
    assertEquals(QueryKind.NAME, u.kind());
    assertTrue(u.reason().contains("lab code"), u.reason());
    // Letters that are all SMILES atoms with two digits stay SMILES (ring closures).
    assertEquals(QueryKind.SMILES, detector.detect("CC12").kind());
  }

  @Test
  void sizeIsCheckedBeforeAnyParse() {
    // 200,000 carbons: a chain that would reach CDK's recursion; refused by its length alone.
    String chain = "C".repeat(200_000);
    QueryTooLongException e =
        assertThrows(QueryTooLongException.class, () -> detector.detect(chain));
    assertEquals(200_000, e.length());
    assertEquals(ParseLimits.DEFAULT.maxCharacters(), e.limit());
    assertTrue(e.getMessage().contains("limit of 10000"), e.getMessage());
    assertThrows(QueryTooLongException.class, () -> detector.detect("C(".repeat(5_001)));
    QueryDetector strict = detector.withLimits(new ParseLimits(20, 100, 10));
    assertThrows(QueryTooLongException.class, () -> strict.detect("C".repeat(21)));
    assertEquals(QueryKind.SMILES, strict.detect("C".repeat(20)).kind());
  }

  @Test
  void aTextOnlyDetectorNeverReadsFiles() {
    QueryDetector text = QueryDetector.textOnly();
    assertEquals(QueryKind.NAME, text.detect("seized.sdf").kind());
    assertEquals(QueryKind.NAME, text.detect("/etc/passwd").kind());
    assertEquals(QueryKind.SMILES, text.detect("CCO").kind());
    assertEquals(QueryKind.NAME, text.withLimits(ParseLimits.DEFAULT).detect("a.mol").kind());
  }

  @Test
  void everyReadingSaysWhy() {
    for (String q : new String[] {"fentanyl", "CCO", "C22H28N2O", "437-38-7", "seized.sdf"}) {
      assertFalse(detector.detect(q).reason().isBlank(), q);
    }
  }

  @Test
  void filesCarryTheFormatTheirExtensionAnnounces() {
    assertEquals(Optional.of(FileFormat.SDF), detector.detect("seized.sdf").fileFormat());
    assertEquals(Optional.of(FileFormat.MOLFILE), detector.detect("a.MOL").fileFormat());
    assertEquals(Optional.of(FileFormat.SMILES), detector.detect("x.smiles").fileFormat());
    assertEquals(Optional.empty(), detector.detect("/data/seized/case-17").fileFormat());
    // A path to nothing, with no telling extension, is not a file query.
    assertEquals(QueryKind.NAME, detector.detect("/data/none/case-18").kind());
  }

  @Test
  void molBlockText() {
    String mol =
        "ethanol\n  CDK\n\n  3  2  0  0  0  0  0  0  0  0999 V2000\n"
            + "    0.0000    0.0000    0.0000 C   0  0\n"
            + "    0.0000    0.0000    0.0000 C   0  0\n"
            + "    0.0000    0.0000    0.0000 O   0  0\n"
            + "  1  2  1  0\n  2  3  1  0\nM  END\n";
    DetectedQuery detected = detector.detect(mol);
    assertEquals(QueryKind.MOL_BLOCK, detected.kind());
    assertEquals(mol, detected.text(), "a MOL block keeps its header lines");
  }

  @Test
  void emptyQueryIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> detector.detect("  "));
    assertEquals("the query is empty", e.getMessage());
  }

  @Test
  void smilesLikeness() {
    assertTrue(QueryDetector.looksLikeSmiles("CCC(=O)N(c1ccccc1"));
    assertTrue(QueryDetector.looksLikeSmiles("CCXC(=O)C"));
    assertTrue(QueryDetector.looksLikeSmiles("ClCBr"));
    assertFalse(QueryDetector.looksLikeSmiles("phenyl(ethyl)"));
    assertFalse(QueryDetector.looksLikeSmiles("U-47700"));
    assertFalse(QueryDetector.looksLikeSmiles("Fentanyl"));
  }

  @Test
  void fileFormatSniffing() {
    assertEquals(FileFormat.SMILES, FileFormat.sniff("CCO ethanol\nCCN\n"));
    assertEquals(FileFormat.MOLFILE, FileFormat.sniff("x\n\n\n  3  2  0  0  0  0 V2000\nM  END\n"));
    assertEquals(FileFormat.SDF, FileFormat.sniff("x\n\n\nV2000\nM  END\n$$$$\n"));
  }
}
