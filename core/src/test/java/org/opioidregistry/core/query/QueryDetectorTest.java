package org.opioidregistry.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        // CAS RN (form only; the check digit is the caller's to verify)
        "437-38-7 | CAS_RN",
        "59708-52-0 | CAS_RN",
        "437-38-8 | CAS_RN",
        // formulas
        "C22H28N2O | FORMULA",
        "H28C22N2O | FORMULA",
        "C23H30N4O3 | FORMULA",
        "CO2 | FORMULA",
        "HCl | FORMULA",
        "CCl4 | FORMULA",
        "N2O | FORMULA",
        // names and codes
        "fentanyl | NAME",
        "Fentanyl | NAME",
        "fentanyl citrate | NAME",
        "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide | NAME",
        "alpha-methylfentanyl | NAME",
        "4-ANPP | NAME",
        "ANPP | NAME",
        "U-47700 | NAME",
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
    assertEquals(Set.of(QueryKind.FORMULA, QueryKind.NAME), co.alternatives());
    assertTrue(co.isAmbiguous());

    assertEquals(Set.of(QueryKind.FORMULA, QueryKind.NAME), detector.detect("NO").alternatives());
    assertEquals(Set.of(QueryKind.FORMULA, QueryKind.NAME), detector.detect("CN").alternatives());
    // NPP (N-phenethyl-4-piperidone) is a precursor's code, and valid SMILES (N-P-P).
    assertEquals(Set.of(QueryKind.FORMULA, QueryKind.NAME), detector.detect("NPP").alternatives());
    // Ethanol reads as the formula C2O too; SMILES first.
    assertEquals(QueryKind.SMILES, detector.detect("CCO").kind());
    // A single element is no formula query.
    assertEquals(Set.of(QueryKind.NAME), detector.detect("CCCC").alternatives());
    // SMILES with syntax is not ambiguous.
    assertFalse(detector.detect("CC(=O)O").isAmbiguous());
    assertFalse(detector.detect("C22H28N2O").isAmbiguous());
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
