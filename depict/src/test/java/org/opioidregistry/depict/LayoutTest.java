package org.opioidregistry.depict;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.vecmath.Point2d;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.opioidregistry.core.structure.StructureParser;

/** A series member is turned so that its core lies on the reference's core. */
class LayoutTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          carfentanil      | CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1
          ocfentanil       | COCC(=O)N(c1ccccc1F)C1CCN(CCc2ccccc2)CC1
          sufentanil       | CCC(=O)N(c1ccccc1)C1(COC)CCN(CCc2cccs2)CC1
          """)
  void theCoreLiesOnTheReferencesCore(String name, String smiles) {
    IAtomContainer reference =
        StructureParser.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1").atomContainer();
    IAtomContainer member = StructureParser.parse(smiles).atomContainer();
    Layout.coordinates(reference);
    Layout.coordinates(member);
    // Turn the member by an arbitrary angle first, so that the fit has something to undo.
    for (IAtom a : member.atoms()) {
      Point2d p = a.getPoint2d();
      a.setPoint2d(new Point2d(-p.y + 7, p.x - 3));
    }
    int[][] pairs = Layout.corePairs(reference, member, Depicter.DEFAULT_ALIGNMENT_CORES);
    assertNotNull(pairs, name);
    double before = rms(reference, member, pairs);
    Layout.align(reference, member, pairs);
    double after = rms(reference, member, pairs);
    // CDK lays bonds out 1.5 units long. The cores agree within half a bond (measured: ocfentanil
    // 0.2, carfentanil and sufentanil 0.6, whose 4,4-disubstituted piperidine CDK draws with other
    // angles, which a rigid turn cannot remove), against 4.6 to 8.8 before the fit.
    assertTrue(after < 0.75, name + ": rms " + after + " (before " + before + ")");
    assertTrue(after < before / 4, name);
  }

  private static double rms(IAtomContainer a, IAtomContainer b, int[][] pairs) {
    double sum = 0;
    for (int[] p : pairs) {
      sum += a.getAtom(p[0]).getPoint2d().distanceSquared(b.getAtom(p[1]).getPoint2d());
    }
    return Math.sqrt(sum / pairs.length);
  }
}
