package org.opioidregistry.core.classdef;

import com.google.common.collect.ImmutableMap;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IChemObjectBuilder;
import org.openscience.cdk.interfaces.IPseudoAtom;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;

/**
 * Readable names for fragments ("furan-2-carbonyl", "4-fluorophenyl"), by canonical SMILES with
 * {@code *} at the attachment point. Unknown fragments are shown as that SMILES, which is exact if
 * not pretty. The tables are immutable; the class is stateless and thread-safe.
 */
final class FragmentNames {
  private static final IChemObjectBuilder BUILDER = SilentChemObjectBuilder.getInstance();

  /**
   * Attachment-point SMILES to name. Each key is written as {@link #smiles} canonicalises it, so
   * that no SMILES is parsed when the class loads (parsing and canonicalising the 88 keys took
   * about 26 ms of a cold start); FragmentNamesTest canonicalises every key again and compares.
   */
  static final ImmutableMap<String, String> NAMES =
      ImmutableMap.<String, String>builder()
          // acyl groups on the anilide nitrogen
          .put("*C(=O)CC", "propionyl")
          .put("*C(=O)C", "acetyl")
          .put("*C=O", "formyl")
          .put("*C(=O)CCC", "butyryl")
          .put("*C(=O)C(C)C", "isobutyryl")
          .put("*C(=O)CCCC", "valeryl")
          .put("*C(=O)CCCCC", "hexanoyl")
          .put("*C(=O)C(C)(C)C", "pivaloyl")
          .put("*C(=O)C=C", "acryloyl")
          .put("*C(=O)C=CC", "crotonyl")
          .put("*C(=O)C1CC1", "cyclopropanecarbonyl")
          .put("*C(=O)C1CCC1", "cyclobutanecarbonyl")
          .put("*C(=O)C1CCCC1", "cyclopentanecarbonyl")
          .put("*C(=O)c1occc1", "furan-2-carbonyl")
          .put("*C(=O)c1sccc1", "thiophene-2-carbonyl")
          .put("*C(=O)C1OCCC1", "tetrahydrofuran-2-carbonyl")
          .put("*C(=O)COC", "methoxyacetyl")
          .put("*C(=O)c1ccccc1", "benzoyl")
          .put("*C(=O)OC", "methoxycarbonyl")
          .put("*C(=O)OCC", "ethoxycarbonyl")
          .put("*C(=S)CC", "thiopropionyl")
          .put("*S(=O)(=O)CC", "ethanesulfonyl")
          .put("*C(=O)N(C)C", "dimethylcarbamoyl")
          // rings
          .put("*c1ccccc1", "phenyl")
          .put("*c1sccc1", "thiophen-2-yl")
          .put("*c1cscc1", "thiophen-3-yl")
          .put("*c1occc1", "furan-2-yl")
          .put("*c1cocc1", "furan-3-yl")
          .put("*c1ncccc1", "pyridin-2-yl")
          .put("*c1cnccc1", "pyridin-3-yl")
          .put("*c1ccncc1", "pyridin-4-yl")
          .put("*c1sccc1C", "3-methylthiophen-2-yl")
          .put("*c1sc(cc1)C", "5-methylthiophen-2-yl")
          .put("*C1CCCCC1", "cyclohexyl")
          .put("*C1CCCC1", "cyclopentyl")
          .put("*C1CC1", "cyclopropyl")
          .put("*c1ccc2ccccc2c1", "naphthalen-2-yl")
          .put("*c1cccc2ccccc12", "naphthalen-1-yl")
          .put("*c1ccc2OCOc2c1", "1,3-benzodioxol-5-yl")
          .put("*n1nnn(c1=O)CC", "4-ethyl-5-oxo-4,5-dihydro-1H-tetrazol-1-yl")
          // groups on the piperidine nitrogen
          .put("*CCc1ccccc1", "phenethyl")
          .put("*Cc1ccccc1", "benzyl")
          .put("*CCCc1ccccc1", "3-phenylpropyl")
          .put("*C(C)Cc1ccccc1", "1-phenylpropan-2-yl (alpha-methylphenethyl)")
          .put("*CC(O)c1ccccc1", "2-hydroxy-2-phenylethyl")
          .put("*CCc1sccc1", "2-(thiophen-2-yl)ethyl")
          .put("*C(C)Cc1sccc1", "1-(thiophen-2-yl)propan-2-yl")
          .put("*CCC(=O)OC", "3-methoxy-3-oxopropyl")
          .put("*CCn1nnn(c1=O)CC", "2-(4-ethyl-5-oxo-tetrazol-1-yl)ethyl")
          .put("*C=Cc1ccccc1", "styryl")
          .put("*C(=O)OC(C)(C)C", "tert-butoxycarbonyl")
          // substituents
          .put("*F", "fluoro")
          .put("*Cl", "chloro")
          .put("*Br", "bromo")
          .put("*I", "iodo")
          .put("*C", "methyl")
          .put("*CC", "ethyl")
          .put("*CCC", "propyl")
          .put("*C(C)C", "isopropyl")
          .put("*CCCC", "butyl")
          .put("*C=C", "vinyl")
          .put("*CC=C", "allyl")
          .put("*O", "hydroxy")
          .put("*OC", "methoxy")
          .put("*OCC", "ethoxy")
          .put("*OC(C)C", "isopropoxy")
          .put("*OCCC", "propoxy")
          .put("*OCCCC", "butoxy")
          .put("*N", "amino")
          .put("*NC", "methylamino")
          .put("*N(C)C", "dimethylamino")
          .put("*NCC", "ethylamino")
          .put("*N(CC)CC", "diethylamino")
          .put("*N1CCCC1", "pyrrolidin-1-yl")
          .put("*N1CCCCC1", "piperidin-1-yl")
          .put("*N1CCOCC1", "morpholin-4-yl")
          .put("*OC(F)(F)F", "trifluoromethoxy")
          .put("*S(=O)(=O)C", "methanesulfonyl")
          .put("*[N+](=O)[O-]", "nitro")
          .put("*N(=O)=O", "nitro")
          .put("*C(F)(F)F", "trifluoromethyl")
          .put("*COC", "methoxymethyl")
          .put("*COCC", "ethoxymethyl")
          .put("*OC(=O)C", "acetoxy")
          .put("*OC(=O)CC", "propionyloxy")
          .put("*C#N", "cyano")
          .put("*=O", "oxo")
          .put("*[O-]", "oxido")
          .put("*C(=O)O", "carboxy")
          .put("*SC", "methylsulfanyl")
          .build();

  private FragmentNames() {}

  /**
   * Names the fragment made of {@code atoms}, attached to the rest of the molecule by its bonds to
   * atoms outside the set (each becomes a {@code *}).
   */
  static String name(MolGraph g, BitSet atoms) {
    String smiles = smiles(g, atoms);
    return NAMES.getOrDefault(smiles, smiles);
  }

  /** Canonical SMILES of the fragment with {@code *} for each bond leaving it. */
  static String smiles(MolGraph g, BitSet atoms) {
    IAtomContainer src = g.container();
    IAtomContainer frag = BUILDER.newAtomContainer();
    Map<Integer, IAtom> copies = new HashMap<>();
    for (int a = atoms.nextSetBit(0); a >= 0; a = atoms.nextSetBit(a + 1)) {
      copies.put(a, copyAtom(src.getAtom(a), frag));
    }
    for (int a = atoms.nextSetBit(0); a >= 0; a = atoms.nextSetBit(a + 1)) {
      for (int b : g.neighbours(a)) {
        IBond bond = g.bond(a, b);
        if (atoms.get(b)) {
          if (a < b) {
            addBond(frag, copies.get(a), copies.get(b), bond);
          }
        } else {
          IPseudoAtom star = BUILDER.newInstance(IPseudoAtom.class, "*");
          star.setImplicitHydrogenCount(0);
          frag.addAtom(star);
          addBond(frag, copies.get(a), frag.getAtom(frag.getAtomCount() - 1), bond);
        }
      }
    }
    return write(frag);
  }

  private static IAtom copyAtom(IAtom atom, IAtomContainer into) {
    IAtom copy = into.newAtom(atom.getAtomicNumber(), atom.getImplicitHydrogenCount());
    copy.setFormalCharge(atom.getFormalCharge());
    copy.setIsAromatic(atom.isAromatic());
    return copy;
  }

  private static void addBond(IAtomContainer frag, IAtom a, IAtom b, IBond like) {
    IBond bond = frag.newBond(a, b, like.getOrder());
    bond.setIsAromatic(like.isAromatic());
  }

  private static String write(IAtomContainer frag) {
    try {
      return new SmilesGenerator(SmiFlavor.Canonical | SmiFlavor.UseAromaticSymbols).create(frag);
    } catch (CDKException e) {
      return "?";
    }
  }
}
