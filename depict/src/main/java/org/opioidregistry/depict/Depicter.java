package org.opioidregistry.depict;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.openscience.cdk.depict.Depiction;
import org.openscience.cdk.depict.DepictionGenerator;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IChemObject;
import org.openscience.cdk.renderer.generators.standard.StandardGenerator;
import org.opioidregistry.core.classdef.ClassEvaluation;
import org.opioidregistry.core.classdef.SiteChange;
import org.opioidregistry.core.structure.Structure;

/**
 * SVG pictures of structures for reports: a structure alone; a structure with the sites a class
 * definition found changed, each highlighted in its own colour and labelled with the clause that
 * allows it, next to the scaffold or listed substance it is compared with; a substructure hit with
 * the matched atoms highlighted; a series drawn in one orientation.
 *
 * <pre>{@code
 * Structure query = StructureParser.parse("COCC(=O)N(c1ccccc1F)C1CCN(CCc2ccccc2)CC1");
 * ClassEvaluation us = UsFentanylRelatedSubstances.INSTANCE.evaluate(query.atomContainer());
 * String svg = Depicter.defaults().classEvaluation(query, us, fentanyl, "US fentanyl-related");
 * }</pre>
 *
 * <p>The drawing is CDK's ({@link DepictionGenerator}). In the SVG, molecule {@code k}'s atom
 * {@code i} (0-based, in the order of {@link Structure#atomContainer()}) is the element with id
 * {@code mol<k>atm<i+1>} when it has a label, its bond {@code j} is {@code mol<k>bnd<j+1>}; a
 * highlighted atom or bond carries its site's colour. Every text of our own (titles, legend) is
 * XML-escaped.
 *
 * <p>Immutable and thread-safe: {@code with...} methods return copies; each call builds its own CDK
 * objects.
 */
public final class Depicter {

  /**
   * Colours for the sites, in clause order; chosen to be told apart and to stay legible as thin
   * lines on white (a qualitative palette in the manner of ColorBrewer's "Dark2").
   */
  static final List<Color> SITE_COLOURS =
      List.of(
          new Color(0xD9, 0x5F, 0x02),
          new Color(0x75, 0x70, 0xB3),
          new Color(0x1B, 0x9E, 0x77),
          new Color(0xE7, 0x29, 0x8A),
          new Color(0x66, 0xA6, 0x1E),
          new Color(0xA6, 0x76, 0x1D));

  /** The colour of a substructure hit. */
  static final Color HIT_COLOUR = new Color(0xD9, 0x5F, 0x02);

  /**
   * Cores to align on, most specific first: the 4-anilidopiperidine of the fentanyls (amide N, aryl
   * ring and piperidine), the 2-benzylbenzimidazole of the nitazenes, and a benzimidazolone.
   */
  public static final List<String> DEFAULT_ALIGNMENT_CORES =
      List.of(
          "[#6](=O)N(c1ccccc1)C1CCNCC1",
          "[#6]N(a)C1CCNCC1",
          "c1nc2ccccc2n1[CH2]",
          "c1nc2ccccc2n1",
          "O=c1[nX3]c2ccccc2[nX3]1",
          "C1CCNCC1");

  private final double width;
  private final double height;
  private final List<String> alignmentCores;

  private Depicter(double width, double height, List<String> alignmentCores) {
    this.width = width;
    this.height = height;
    this.alignmentCores = List.copyOf(alignmentCores);
  }

  /** Pictures of CDK's default size per molecule, aligned on {@link #DEFAULT_ALIGNMENT_CORES}. */
  public static Depicter defaults() {
    return new Depicter(-1, -1, DEFAULT_ALIGNMENT_CORES);
  }

  /** A copy drawing each molecule in a box of this size (millimetres). */
  public Depicter withSize(double widthMm, double heightMm) {
    if (!(widthMm > 0 && heightMm > 0 && widthMm < 10_000 && heightMm < 10_000)) {
      throw new IllegalArgumentException("size must be positive millimetres below 10 m");
    }
    return new Depicter(widthMm, heightMm, alignmentCores);
  }

  /** A copy aligning series on these cores (SMARTS, first match in both molecules wins). */
  public Depicter withAlignmentCores(List<String> smarts) {
    return new Depicter(width, height, smarts);
  }

  /** The structure alone. */
  public String structure(Structure structure) {
    IAtomContainer mol = prepared(structure);
    return svg(generator(), List.of(mol), List.of(), "");
  }

  /**
   * The query with every site the evaluation found changed highlighted in its own colour and
   * labelled with the clause (e.g. "D", "E"), next to {@code comparedWith} (the scaffold or listed
   * substance, oriented like the query), and a legend of the changes as the definition words them.
   *
   * @param evaluation an evaluation of {@code query.atomContainer()}, whose site atoms index it
   * @param title a heading for the picture (escaped), e.g. the definition's name
   * @throws IllegalArgumentException when a site atom is not an atom of the query
   */
  public String classEvaluation(
      Structure query, ClassEvaluation evaluation, Structure comparedWith, String title) {
    Objects.requireNonNull(evaluation, "evaluation");
    IAtomContainer mol = prepared(query);
    IAtomContainer other = prepared(comparedWith);
    alignTo(mol, other);
    DepictionGenerator generator = generator();
    Map<String, Color> colours = clauseColours(evaluation);
    List<String> legend = new ArrayList<>();
    for (SiteChange change : evaluation.changes()) {
      Color colour = colours.get(change.clause().label());
      for (int atom : change.atoms()) {
        if (atom < 0 || atom >= mol.getAtomCount()) {
          throw new IllegalArgumentException(
              "site atom " + atom + " of " + change + " is not an atom of the query");
        }
      }
      generator = generator.withHighlight(siteObjects(mol, change.atoms()), colour);
      if (!change.atoms().isEmpty()) {
        mol.getAtom(attachmentAtom(mol, change.atoms()))
            .setProperty(StandardGenerator.ANNOTATION_LABEL, change.clause().label());
      }
      legend.add(change.toString());
    }
    legend.add(evaluation.summary().startsWith("covered") ? "" : evaluation.summary());
    return svg(
        generator.withAnnotationColor(Color.DARK_GRAY),
        List.of(mol, other),
        legend.stream().filter(s -> !s.isEmpty()).toList(),
        title);
  }

  /** The structure with the matched atoms (and the bonds between them) highlighted. */
  public String substructureHit(Structure structure, Collection<Integer> matchedAtoms) {
    IAtomContainer mol = prepared(structure);
    for (int atom : matchedAtoms) {
      if (atom < 0 || atom >= mol.getAtomCount()) {
        throw new IllegalArgumentException("matched atom " + atom + " is not an atom of it");
      }
    }
    return svg(
        generator().withHighlight(siteObjects(mol, matchedAtoms), HIT_COLOUR),
        List.of(mol),
        List.of(),
        "");
  }

  /**
   * Several structures in a grid, each rotated or mirrored so that the first alignment core they
   * share with the first structure points the same way as in it.
   */
  public String series(List<Structure> members, String title) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a series needs at least one structure");
    }
    List<IAtomContainer> mols = new ArrayList<>();
    for (Structure s : members) {
      mols.add(prepared(s));
    }
    for (int i = 1; i < mols.size(); i++) {
      alignTo(mols.get(i), mols.get(0));
    }
    return svg(generator(), mols, List.of(), title);
  }

  // ---- internals ----

  private DepictionGenerator generator() {
    DepictionGenerator g = new DepictionGenerator().withAtomColors();
    return width > 0 ? g.withSize(width, height) : g;
  }

  private static IAtomContainer prepared(Structure structure) {
    IAtomContainer mol = structure.atomContainer();
    Layout.coordinates(mol);
    return mol;
  }

  /** Moves {@code member} onto {@code reference}'s orientation when they share a core. */
  private void alignTo(IAtomContainer member, IAtomContainer reference) {
    int[][] pairs = Layout.corePairs(reference, member, alignmentCores);
    if (pairs != null) {
      Layout.align(reference, member, pairs);
    }
  }

  /** The clause colours in the order the evaluation reports its changes. */
  private static Map<String, Color> clauseColours(ClassEvaluation evaluation) {
    Map<String, Color> colours = new LinkedHashMap<>();
    for (SiteChange c : evaluation.changes()) {
      colours.computeIfAbsent(
          c.clause().label(), k -> SITE_COLOURS.get(colours.size() % SITE_COLOURS.size()));
    }
    return colours;
  }

  /** The site's atoms and the bonds between them (bonds to the rest are not the site). */
  static List<IChemObject> siteObjects(IAtomContainer mol, Collection<Integer> atoms) {
    Set<Integer> site = new TreeSet<>(atoms);
    List<IChemObject> objects = new ArrayList<>();
    for (int a : site) {
      objects.add(mol.getAtom(a));
    }
    for (IBond bond : mol.bonds()) {
      if (site.contains(bond.getBegin().getIndex()) && site.contains(bond.getEnd().getIndex())) {
        objects.add(bond);
      }
    }
    return objects;
  }

  /** The site atom bonded to an atom outside the site, where the label reads best. */
  private static int attachmentAtom(IAtomContainer mol, List<Integer> atoms) {
    Set<Integer> site = new TreeSet<>(atoms);
    for (int a : site) {
      for (IBond bond : mol.getConnectedBondsList(mol.getAtom(a))) {
        if (!site.contains(bond.getOther(mol.getAtom(a)).getIndex())) {
          return a;
        }
      }
    }
    return site.iterator().next();
  }

  private static String svg(
      DepictionGenerator generator, List<IAtomContainer> mols, List<String> legend, String title) {
    Depiction depiction;
    try {
      depiction = mols.size() == 1 ? generator.depict(mols.get(0)) : generator.depict(mols);
    } catch (CDKException e) {
      throw new IllegalArgumentException(
          "CDK could not depict the structure: " + e.getMessage(), e);
    }
    return SvgDocument.compose(depiction.toSvgStr(Depiction.UNITS_PX), title, legend);
  }

  static String hex(Color c) {
    return String.format(Locale.ROOT, "#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
  }
}
