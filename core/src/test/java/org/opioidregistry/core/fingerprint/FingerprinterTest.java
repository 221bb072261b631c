package org.opioidregistry.core.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

class FingerprinterTest {

  /**
   * Pinned outputs. These values were produced once by this code with CDK 2.12 and then frozen:
   * they guard what gets persisted. If a CDK upgrade changes them, do not just update the numbers:
   * the spec string changes with the CDK version, so stored fingerprints must be recomputed (or the
   * old version kept), never mixed with new ones.
   *
   * <p>Each row: type, the set bits of fentanyl, and the Tanimoto of fentanyl vs acetylfentanyl,
   * fentanyl vs carfentanil, isotonitazene vs metonitazene.
   */
  static Stream<Arguments> pinned() {
    return Stream.of(
        Arguments.of(
            FingerprintType.ECFP4,
            new int[] {
              8, 118, 174, 195, 412, 507, 549, 587, 693, 726, 736, 771, 878, 908, 947, 967, 993,
              1038, 1043, 1090, 1112, 1119, 1157, 1176, 1201, 1293, 1317, 1444, 1445, 1466, 1510,
              1547, 1651, 1693, 1738, 1809, 1906, 1940, 1951, 2017
            },
            new double[] {0.7727272727272727, 0.5357142857142857, 0.8135593220338984}),
        Arguments.of(
            FingerprintType.ECFP6,
            new int[] {
              8, 118, 124, 144, 174, 195, 390, 412, 507, 549, 587, 660, 693, 726, 736, 771, 837,
              878, 908, 939, 947, 967, 993, 1008, 1038, 1043, 1085, 1090, 1102, 1112, 1119, 1157,
              1160, 1176, 1201, 1293, 1317, 1411, 1444, 1445, 1466, 1510, 1547, 1620, 1651, 1693,
              1738, 1796, 1809, 1815, 1874, 1906, 1940, 1951, 2017
            },
            new double[] {0.7258064516129032, 0.4810126582278481, 0.7974683544303798}),
        Arguments.of(
            FingerprintType.FCFP4,
            new int[] {
              0, 2, 4, 16, 91, 129, 134, 179, 238, 291, 339, 348, 493, 531, 560, 615, 641, 675, 735,
              741, 759, 760, 798, 858, 909, 1194, 1281, 1322, 1619, 1688
            },
            new double[] {0.9333333333333333, 0.6842105263157895, 0.8780487804878049}),
        Arguments.of(
            FingerprintType.PUBCHEM,
            new int[] {
              0, 1, 2, 9, 10, 11, 12, 14, 15, 18, 178, 179, 180, 181, 185, 186, 192, 255, 257, 283,
              284, 285, 286, 332, 333, 338, 340, 344, 345, 351, 352, 355, 356, 365, 370, 371, 374,
              376, 377, 384, 390, 391, 416, 420, 430, 434, 437, 439, 441, 443, 446, 449, 451, 464,
              470, 490, 495, 502, 516, 520, 524, 535, 540, 545, 546, 549, 552, 556, 564, 570, 578,
              582, 584, 585, 592, 593, 595, 599, 600, 603, 607, 608, 613, 618, 628, 633, 634, 640,
              645, 646, 656, 657, 660, 664, 665, 668, 677, 678, 679, 683, 688, 696, 708, 709, 710
            },
            new double[] {0.9904761904761905, 0.8512396694214877, 0.9746192893401016}),
        Arguments.of(
            FingerprintType.MACCS,
            new int[] {
              74, 79, 84, 85, 91, 97, 99, 109, 110, 113, 116, 117, 120, 121, 124, 127, 128, 131,
              132, 134, 136, 137, 141, 144, 146, 147, 152, 153, 154, 155, 157, 159, 160, 161, 162,
              163, 164
            },
            new double[] {0.9210526315789473, 0.7551020408163265, 0.9692307692307692}),
        Arguments.of(
            FingerprintType.PATH,
            new int[] {
              4, 11, 12, 17, 27, 37, 55, 84, 86, 95, 106, 108, 128, 138, 148, 158, 161, 165, 179,
              208, 213, 222, 227, 238, 253, 271, 280, 311, 322, 330, 334, 349, 367, 388, 390, 391,
              407, 410, 425, 454, 456, 490, 491, 498, 510, 511, 530, 542, 543, 558, 572, 574, 585,
              601, 603, 618, 620, 637, 648, 667, 715, 722, 741, 742, 752, 763, 769, 773, 778, 782,
              783, 786, 817, 824, 838, 863, 912, 930, 932, 937, 953, 957, 965, 967, 1004
            },
            new double[] {0.9882352941176471, 0.7083333333333334, 0.9631578947368421}));
  }

  @ParameterizedTest
  @MethodSource("pinned")
  void pinnedFentanylBitsAndPairScores(FingerprintType type, int[] bits, double[] pairs) {
    Fingerprinter f = type.fingerprinter();
    Fingerprint fentanyl = f.fingerprint(Molecules.parse(Molecules.FENTANYL));
    assertEquals(type.bitLength(), fentanyl.bitLength());
    assertArrayEquals(bits, fentanyl.setBits(), type.spec());
    assertEquals(pairs[0], tanimoto(f, Molecules.FENTANYL, Molecules.ACETYLFENTANYL), type.spec());
    assertEquals(pairs[1], tanimoto(f, Molecules.FENTANYL, Molecules.CARFENTANIL), type.spec());
    assertEquals(
        pairs[2], tanimoto(f, Molecules.ISOTONITAZENE, Molecules.METONITAZENE), type.spec());
  }

  private static double tanimoto(Fingerprinter f, String a, String b) {
    return f.fingerprint(Molecules.parse(a)).tanimoto(f.fingerprint(Molecules.parse(b)));
  }

  @Test
  void specStrings() {
    assertEquals("ecfp4/2048/cdk-2.12", FingerprintType.ECFP4.spec());
    assertEquals("ecfp6/2048/cdk-2.12", FingerprintType.ECFP6.spec());
    assertEquals("fcfp4/2048/cdk-2.12", FingerprintType.FCFP4.spec());
    assertEquals("pubchem/881/cdk-2.12", FingerprintType.PUBCHEM.spec());
    assertEquals("maccs/166/cdk-2.12", FingerprintType.MACCS.spec());
    assertEquals("path/1024/cdk-2.12", FingerprintType.PATH.spec());
    assertEquals(FingerprintType.ECFP4, FingerprintType.DEFAULT);
    for (FingerprintType t : FingerprintType.values()) {
      assertEquals(t, FingerprintType.fromSpec(t.spec()));
      assertTrue(t.isCurrentSpec(t.spec()));
    }
    assertEquals(FingerprintType.ECFP4, FingerprintType.fromSpec("ecfp4/2048/cdk-2.9"));
    assertTrue(!FingerprintType.ECFP4.isCurrentSpec("ecfp4/2048/cdk-2.9"));
    assertThrows(
        IllegalArgumentException.class, () -> FingerprintType.fromSpec("ecfp4/1024/cdk-2.12"));
    assertThrows(
        IllegalArgumentException.class, () -> FingerprintType.fromSpec("morgan/2048/cdk-2.12"));
    assertThrows(IllegalArgumentException.class, () -> FingerprintType.fromSpec("ecfp4"));
  }

  @ParameterizedTest
  @EnumSource(FingerprintType.class)
  void doesNotModifyTheCallersMolecule(FingerprintType type) {
    IAtomContainer mol = Molecules.parse(Molecules.ISOTONITAZENE);
    String before = describe(mol);
    type.fingerprinter().fingerprint(mol);
    assertEquals(before, describe(mol));
  }

  @ParameterizedTest
  @EnumSource(FingerprintType.class)
  void kekuleAndAromaticSpellingsGiveTheSameBits(FingerprintType type) {
    Fingerprinter f = type.fingerprinter();
    assertEquals(
        f.fingerprint(Molecules.parse(Molecules.FENTANYL)),
        f.fingerprint(Molecules.parse("CCC(=O)N(C1=CC=CC=C1)C1CCN(CCC2=CC=CC=C2)CC1")));
  }

  @ParameterizedTest
  @EnumSource(FingerprintType.class)
  void handlesEdgeMolecules(FingerprintType type) {
    Fingerprinter f = type.fingerprinter();
    for (String smi : Molecules.SET) {
      assertEquals(type.bitLength(), f.fingerprint(Molecules.parse(smi)).bitLength(), smi);
    }
    // An empty molecule has no features: an empty fingerprint, similar to nothing.
    assertEquals(0, f.fingerprint(Molecules.parse("")).cardinality());
  }

  @ParameterizedTest
  @EnumSource(FingerprintType.class)
  void addsMissingImplicitHydrogenCounts(FingerprintType type) {
    IAtomContainer unset = Molecules.parse(Molecules.CARFENTANIL);
    for (IAtom a : unset.atoms()) {
      a.setImplicitHydrogenCount(null);
    }
    Fingerprinter f = type.fingerprinter();
    assertEquals(f.fingerprint(Molecules.parse(Molecules.CARFENTANIL)), f.fingerprint(unset));
  }

  /** Everything a fingerprinter might be tempted to write onto a molecule. */
  private static String describe(IAtomContainer mol) {
    StringBuilder sb = new StringBuilder();
    sb.append(mol.getAtomCount()).append('/').append(mol.getBondCount()).append(':');
    for (IAtom a : mol.atoms()) {
      sb.append(a.getSymbol())
          .append(a.getImplicitHydrogenCount())
          .append(a.isAromatic() ? 'a' : '-')
          .append(a.getAtomTypeName())
          .append(a.getHybridization())
          .append(a.getFormalCharge())
          .append(a.flags())
          .append(a.getProperties())
          .append(' ');
    }
    for (IBond b : mol.bonds()) {
      sb.append(b.getOrder()).append(b.isAromatic() ? 'a' : '-').append(b.flags()).append(' ');
    }
    return sb.toString();
  }
}
