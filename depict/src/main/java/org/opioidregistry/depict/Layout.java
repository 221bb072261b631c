package org.opioidregistry.depict;

import java.util.List;
import javax.vecmath.Point2d;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.isomorphism.Pattern;
import org.openscience.cdk.layout.StructureDiagramGenerator;
import org.openscience.cdk.smarts.SmartsPattern;

/**
 * 2D coordinates, and the orientation that makes a series readable: each member is laid out on its
 * own by CDK's structure diagram generator, then rotated (or mirrored) and moved so that the atoms
 * matching an alignment core lie as close as they can to the same atoms of a reference (a
 * least-squares fit in the plane, the 2D case of Kabsch's method). CDK lays out each molecule in
 * its own frame; without this, the same scaffold points a different way in every picture.
 *
 * <p>Stateless and thread-safe; works on the caller's graphs in place.
 */
final class Layout {

  private Layout() {}

  static void coordinates(IAtomContainer mol) {
    try {
      StructureDiagramGenerator sdg = new StructureDiagramGenerator();
      sdg.generateCoordinates(mol);
    } catch (CDKException e) {
      throw new IllegalArgumentException("no 2D layout for the structure: " + e.getMessage(), e);
    }
  }

  /**
   * Pairs of atom indices (reference, member) of the first core (SMARTS) found in both molecules,
   * or null when none is. Of the member's matches (a symmetric ring matches several ways; at most
   * {@value #MAX_MAPPINGS} are tried) the one the member's layout fits best is taken, so that a
   * ring drawn flipped is not forced onto its mirror image.
   */
  static int[][] corePairs(IAtomContainer reference, IAtomContainer member, List<String> cores) {
    for (String smarts : cores) {
      Pattern pattern = SmartsPattern.create(smarts);
      int[] inReference = pattern.match(reference);
      if (inReference.length == 0) {
        continue;
      }
      int[][] best = null;
      double bestResidual = Double.POSITIVE_INFINITY;
      for (int[] inMember : pattern.matchAll(member).limit(MAX_MAPPINGS)) {
        int[][] pairs = new int[inReference.length][];
        for (int i = 0; i < inReference.length; i++) {
          pairs[i] = new int[] {inReference[i], inMember[i]};
        }
        double residual = transform(reference, member, pairs)[1];
        if (residual < bestResidual) {
          bestResidual = residual;
          best = pairs;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  private static final int MAX_MAPPINGS = 48;

  /** Moves {@code member} (with coordinates) onto {@code reference} by the given atom pairs. */
  static void align(IAtomContainer reference, IAtomContainer member, int[][] pairs) {
    double[] t = transform(reference, member, pairs);
    double angle = t[0];
    double mirror = t[2];
    double pcx = t[3];
    double pcy = t[4];
    double qcx = t[5];
    double qcy = t[6];
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    for (IAtom atom : member.atoms()) {
      Point2d p = atom.getPoint2d();
      double x = p.x - pcx;
      double y = mirror * (p.y - pcy);
      atom.setPoint2d(new Point2d(cos * x - sin * y + qcx, sin * x + cos * y + qcy));
    }
  }

  /** {angle, residual, mirror, member centre x, y, reference centre x, y} of the best fit. */
  private static double[] transform(
      IAtomContainer reference, IAtomContainer member, int[][] pairs) {
    int n = pairs.length;
    double[] px = new double[n];
    double[] py = new double[n];
    double[] qx = new double[n];
    double[] qy = new double[n];
    double pcx = 0;
    double pcy = 0;
    double qcx = 0;
    double qcy = 0;
    for (int i = 0; i < n; i++) {
      Point2d q = reference.getAtom(pairs[i][0]).getPoint2d();
      Point2d p = member.getAtom(pairs[i][1]).getPoint2d();
      px[i] = p.x;
      py[i] = p.y;
      qx[i] = q.x;
      qy[i] = q.y;
      pcx += p.x / n;
      pcy += p.y / n;
      qcx += q.x / n;
      qcy += q.y / n;
    }
    // Best rotation without and with a mirror (y -> -y); keep the one with the smaller residual.
    double[] plain = fit(px, py, qx, qy, pcx, pcy, qcx, qcy, 1);
    double[] mirrored = fit(px, py, qx, qy, pcx, pcy, qcx, qcy, -1);
    double[] best = plain[1] <= mirrored[1] ? plain : mirrored;
    return new double[] {best[0], best[1], best[2], pcx, pcy, qcx, qcy};
  }

  /** {angle, residual, mirror} of the least-squares rotation of centred p (mirrored) onto q. */
  private static double[] fit(
      double[] px,
      double[] py,
      double[] qx,
      double[] qy,
      double pcx,
      double pcy,
      double qcx,
      double qcy,
      double mirror) {
    double dot = 0;
    double cross = 0;
    for (int i = 0; i < px.length; i++) {
      double x = px[i] - pcx;
      double y = mirror * (py[i] - pcy);
      double u = qx[i] - qcx;
      double v = qy[i] - qcy;
      dot += x * u + y * v;
      cross += x * v - y * u;
    }
    double angle = Math.atan2(cross, dot);
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    double residual = 0;
    for (int i = 0; i < px.length; i++) {
      double x = px[i] - pcx;
      double y = mirror * (py[i] - pcy);
      double dx = cos * x - sin * y - (qx[i] - qcx);
      double dy = sin * x + cos * y - (qy[i] - qcy);
      residual += dx * dx + dy * dy;
    }
    return new double[] {angle, residual, mirror};
  }
}
