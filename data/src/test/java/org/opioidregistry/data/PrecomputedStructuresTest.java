package org.opioidregistry.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opioidregistry.core.fingerprint.Fingerprint;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.fingerprint.Fingerprinter;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Substance;

/**
 * The resource the build generates ({@link PrecomputedStructures#RESOURCE}) is exactly what the
 * bundled tables give when every structure is computed again, and the data read with it equal the
 * data read the slow way.
 */
class PrecomputedStructuresTest {

  private static final String FENTANYL = "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1";

  /**
   * Monoisotopic masses computed by CDK were seen to differ in their last bits between two JVM runs
   * (416.25358888399995 and 416.253588884 for alfentanil): they are compared within this.
   */
  private static final double MASS_NOISE = 1e-9;

  private static final int MASS_COLUMN =
      PrecomputedStructures.COLUMNS.indexOf("monoisotopic_mass_bits");

  @Test
  void builtResourceIsWhatTheTablesGiveWhenRecomputed() {
    String built = BundledFiles.text(PrecomputedStructures.RESOURCE);
    assertNotNull(built, "the build (process-classes) writes " + PrecomputedStructures.RESOURCE);
    List<String> expected = List.of(BundledDataGenerator.generate().split("\n", -1));
    List<String> actual = List.of(built.split("\n", -1));
    assertEquals(expected.size(), actual.size(), "line count");
    for (int i = 0; i < expected.size(); i++) {
      String[] e = expected.get(i).split("\t", -1);
      String[] a = actual.get(i).split("\t", -1);
      assertEquals(e.length, a.length, "line " + (i + 1));
      for (int c = 0; c < e.length; c++) {
        if (c == MASS_COLUMN && i > 0 && !e[0].startsWith("#") && !e[0].equals("smiles")) {
          assertEquals(
              PrecomputedStructures.mass(e[c]),
              PrecomputedStructures.mass(a[c]),
              MASS_NOISE,
              "line " + (i + 1));
        } else {
          assertEquals(e[c], a[c], "line " + (i + 1) + " column " + (c + 1));
        }
      }
    }
  }

  @Test
  void bundledDataEqualTheDataVerifiedFromTheirSmiles() {
    List<Substance> fast = ReferenceData.bundled().substances();
    List<Substance> slow = ReferenceData.load().substances();
    assertEquals(slow.size(), fast.size());
    for (int i = 0; i < slow.size(); i++) {
      Substance s = slow.get(i);
      Substance f = fast.get(i);
      assertEquals(s, f, s.id().value());
      assertEquals(s.structure().isPresent(), f.structure().isPresent(), s.id().value());
      if (s.structure().isEmpty()) {
        continue;
      }
      Structure a = s.structure().get();
      Structure b = f.structure().get();
      // Structure.equals compares key and SMILES only: every other value must agree too.
      assertEquals(a.inchi(), b.inchi(), s.id().value());
      assertEquals(a.formula(), b.formula(), s.id().value());
      assertEquals(a.monoisotopicMass(), b.monoisotopicMass(), MASS_NOISE, s.id().value());
      assertEquals(a.heavyAtomCount(), b.heavyAtomCount(), s.id().value());
      assertEquals(a.skeletonKey(), b.skeletonKey(), s.id().value());
      // Every identity layer, the tautomer key included, as computed from the SMILES.
      assertEquals(a.identityKeys(), b.identityKeys(), s.id().value());
      assertTrue(a.standardization().isUnchanged(), s.id().value());
      assertTrue(b.standardization().isUnchanged(), s.id().value());
    }
  }

  @Test
  void everyBundledStructureHasItsFingerprintPrecomputed() {
    Fingerprinter fingerprinter = Fingerprinter.of(FingerprintType.DEFAULT);
    ReferenceData bundled = ReferenceData.bundled();
    int structures = 0;
    for (Substance s : bundled.substances()) {
      if (s.structure().isEmpty()) {
        continue;
      }
      structures++;
      Structure structure = s.structure().get();
      Fingerprint expected = fingerprinter.fingerprint(structure.atomContainer());
      assertEquals(
          expected,
          bundled.fingerprint(structure, FingerprintType.DEFAULT).orElseThrow(),
          s.id().value());
    }
    assertTrue(structures > 90, structures + " structures");
  }

  @Test
  void nothingPrecomputedForOtherTypesStructuresOrData() {
    ReferenceData bundled = ReferenceData.bundled();
    Structure fentanyl = bundled.substance("fentanyl").orElseThrow().structure().orElseThrow();
    assertTrue(bundled.fingerprint(fentanyl, FingerprintType.MACCS).isEmpty());
    Structure caffeine = StructureSource.PARSE.structure("CN1C=NC2=C1C(=O)N(C(=O)N2C)C");
    assertTrue(bundled.fingerprint(caffeine, FingerprintType.DEFAULT).isEmpty());
    assertTrue(ReferenceData.load().fingerprint(fentanyl, FingerprintType.DEFAULT).isEmpty());
  }

  @Test
  void aSmilesTheBuildDidNotSeeIsParsed() throws IOException {
    PrecomputedStructures precomputed = read(BundledFiles.text(PrecomputedStructures.RESOURCE));
    Structure known = precomputed.structure(FENTANYL);
    assertSame(known, precomputed.structure(FENTANYL), "precomputed, not parsed again");
    // The same molecule written another way is not in the resource: parsed, same identity.
    Structure other = precomputed.structure("O=C(CC)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
    assertNotSame(known, other);
    assertEquals(known.inchiKey(), other.inchiKey());
  }

  @Test
  void aResourceOfAnotherFormatIsNotUsed() throws IOException {
    String text =
        BundledFiles.text(PrecomputedStructures.RESOURCE)
            .replace("#format\t" + PrecomputedStructures.FORMAT, "#format\t999");
    assertEquals(0, read(text).size());
  }

  @Test
  void aMalformedResourceNamesTheLine() {
    String text = BundledFiles.text(PrecomputedStructures.RESOURCE);
    int firstRow = text.indexOf('\n', text.indexOf("smiles\tcanonical_smiles")) + 1;
    String broken = text.substring(0, firstRow) + "CCO\tCCO\n" + text.substring(firstRow);
    IOException e = assertThrows(IOException.class, () -> read(broken));
    assertTrue(e.getMessage().contains(PrecomputedStructures.RESOURCE + ":5:"), e.getMessage());
  }

  private static PrecomputedStructures read(String text) throws IOException {
    return PrecomputedStructures.read(new StringReader(text));
  }
}
