package org.opioidregistry.depict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.opioidregistry.core.classdef.ClassDefinition;
import org.opioidregistry.core.classdef.ClassDefinitions;
import org.opioidregistry.core.classdef.ClassEvaluation;
import org.opioidregistry.core.classdef.SiteChange;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substructure.SubstructureQuery;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The pictures say what the evaluation says: the SVG is parsed, every atom and bond of the query
 * drawn in a site colour is collected, and the atoms so highlighted must be exactly the site atoms
 * the class-definition evaluation reports, clause by clause.
 */
class DepicterTest {

  private static final Structure FENTANYL =
      StructureParser.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
  private static final Pattern ID = Pattern.compile("mol1(atm|bnd)(\\d+)");

  @ParameterizedTest(name = "{0} under {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ocfentanil                 | us-frs            | COCC(=O)N(c1ccccc1F)C1CCN(CCc2ccccc2)CC1
          para-fluorobutyrfentanyl   | us-frs            | CCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1
          furanylfentanyl            | cn-fentanyl-2019  | O=C(c1ccco1)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1
          3-methylthiofentanyl       | us-frs            | CCC(=O)N(c1ccccc1)C1CCN(CCc2cccs2)CC1C
          alpha-methylfentanyl       | gb-fentanyl-generic | CCC(=O)N(c1ccccc1)C1CCN(C(C)Cc2ccccc2)CC1
          beta-hydroxy-3-methylfentanyl | us-frs         | CCC(=O)N(c1ccccc1)C1CCN(CC(O)c2ccccc2)CC1C
          isotonitazene              | gb-nitazene-generic-2024 | CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21
          """)
  void theHighlightedAtomsAreExactlyTheSiteAtoms(String name, String definitionId, String smiles)
      throws Exception {
    Structure query = StructureParser.parse(smiles);
    ClassDefinition definition =
        ClassDefinitions.all().stream()
            .filter(d -> d.id().equals(definitionId))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no definition " + definitionId));
    ClassEvaluation evaluation = definition.evaluate(query.atomContainer());
    assertFalse(evaluation.changes().isEmpty(), name + ": " + evaluation.summary());

    String svg =
        Depicter.defaults()
            .classEvaluation(query, evaluation, FENTANYL, name + " / " + definitionId);
    Map<String, Set<Integer>> drawn = highlightedAtomsByColour(svg, query.atomContainer());

    Map<String, Set<Integer>> expected = new TreeMap<>();
    List<String> clauseOrder = new ArrayList<>();
    for (SiteChange c : evaluation.changes()) {
      if (!clauseOrder.contains(c.clause().label())) {
        clauseOrder.add(c.clause().label());
      }
      String colour =
          Depicter.hex(Depicter.SITE_COLOURS.get(clauseOrder.indexOf(c.clause().label()) % 6));
      expected.computeIfAbsent(colour, k -> new TreeSet<>()).addAll(c.atoms());
      assertFalse(c.atoms().isEmpty(), "every change names its atoms: " + c);
    }
    assertEquals(expected, drawn, name + ": " + evaluation.summary());
    assertEquals(
        new TreeSet<>(evaluation.siteAtoms()),
        drawn.values().stream().collect(TreeSet::new, Set::addAll, Set::addAll));
    Document doc = parse(svg);
    String texts = textOf(doc);
    for (SiteChange c : evaluation.changes()) {
      assertTrue(texts.contains(c.toString()), "legend names " + c + " in " + texts);
    }
  }

  @Test
  void theSitesOfOcfentanilAreItsNewGroups() {
    // US FRS D (2-fluorophenyl for phenyl) and E (methoxyacetyl for propionyl): the atoms reported
    // are those groups, checked by their elements.
    Structure ocfentanil = StructureParser.parse("COCC(=O)N(c1ccccc1F)C1CCN(CCc2ccccc2)CC1");
    IAtomContainer mol = ocfentanil.atomContainer();
    ClassEvaluation us =
        ClassDefinitions.usFentanylRelatedSubstances().evaluate(ocfentanil.atomContainer());
    Map<String, String> formulaBySite = new TreeMap<>();
    for (SiteChange c : us.changes()) {
      Map<String, Integer> count = new TreeMap<>();
      for (int a : c.atoms()) {
        count.merge(mol.getAtom(a).getSymbol(), 1, Integer::sum);
      }
      formulaBySite.put(c.clause().label(), count.toString());
    }
    assertEquals(Map.of("D", "{C=6, F=1}", "E", "{C=3, O=2}"), formulaBySite);
  }

  @Test
  void aSubstructureHitHighlightsTheMatchedAtoms() throws Exception {
    Structure carfentanil =
        StructureParser.parse("CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1");
    List<Integer> matched =
        SubstructureQuery.smarts("C(=O)N(c1ccccc1)C1CCNCC1")
            .firstMatch(
                carfentanil.atomContainer(),
                // guards a hang only; raised on a slow machine with -Dopioid.test.timeoutFactor
                java.time.Duration.ofSeconds(
                    (long)
                        (600
                            * Double.parseDouble(
                                System.getProperty("opioid.test.timeoutFactor", "1")))))
            .orElseThrow()
            .targetAtoms();
    String svg = Depicter.defaults().substructureHit(carfentanil, matched);
    Map<String, Set<Integer>> drawn = highlightedAtomsByColour(svg, carfentanil.atomContainer());
    assertEquals(Map.of(Depicter.hex(Depicter.HIT_COLOUR), new TreeSet<>(matched)), drawn);
  }

  @Test
  void everyTextIsEscaped() throws Exception {
    String hostile = "<script>alert('x')</script> & \"quotes\" \u0007bell";
    String svg = Depicter.defaults().series(List.of(FENTANYL), hostile);
    assertFalse(svg.contains("<script>"), svg);
    Document doc = parse(svg);
    assertTrue(textOf(doc).contains("<script>alert('x')</script> & \"quotes\" \uFFFDbell"));
  }

  /** Colour (#RRGGBB) to the query atoms drawn in it: coloured labels and coloured bonds' ends. */
  static Map<String, Set<Integer>> highlightedAtomsByColour(String svg, IAtomContainer mol)
      throws Exception {
    Document doc = parse(svg);
    Map<String, Set<Integer>> byColour = new TreeMap<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      Matcher m = ID.matcher(e.getAttribute("id"));
      if (!m.matches()) {
        continue;
      }
      String colour = colourOf(e);
      if (colour == null) {
        continue;
      }
      int index = Integer.parseInt(m.group(2)) - 1;
      Set<Integer> atoms = byColour.computeIfAbsent(colour, k -> new TreeSet<>());
      if (m.group(1).equals("atm")) {
        atoms.add(index);
      } else {
        IBond bond = mol.getBond(index);
        atoms.add(bond.getBegin().getIndex());
        atoms.add(bond.getEnd().getIndex());
      }
    }
    return byColour;
  }

  /**
   * The site colour an element is drawn in, if any: lines are drawn in their stroke, glyph outlines
   * (atom labels) in their fill, each inherited from the nearest enclosing element that sets it
   * (CDK moves the most frequent colour up to the root group).
   */
  private static String colourOf(Element e) {
    List<Element> drawn = new ArrayList<>(List.of(e));
    NodeList inner = e.getElementsByTagName("*");
    for (int i = 0; i < inner.getLength(); i++) {
      drawn.add((Element) inner.item(i));
    }
    for (Element x : drawn) {
      String attr =
          switch (x.getLocalName() == null ? x.getTagName() : x.getLocalName()) {
            case "line", "polyline" -> "stroke";
            case "path", "polygon" -> x.getAttribute("stroke").equals("none") ? "fill" : "stroke";
            default -> null;
          };
      if (attr != null) {
        String colour = inherited(x, attr).toUpperCase(java.util.Locale.ROOT);
        if (isSiteColour(colour)) {
          return colour;
        }
      }
    }
    return null;
  }

  private static String inherited(Element e, String attr) {
    for (org.w3c.dom.Node n = e; n instanceof Element x; n = n.getParentNode()) {
      if (x.hasAttribute(attr)) {
        return x.getAttribute(attr);
      }
    }
    return "";
  }

  private static boolean isSiteColour(String v) {
    return Depicter.SITE_COLOURS.stream().anyMatch(c -> Depicter.hex(c).equals(v))
        || Depicter.hex(Depicter.HIT_COLOUR).equals(v);
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  static String textOf(Document doc) {
    StringBuilder out = new StringBuilder();
    NodeList texts = doc.getElementsByTagNameNS("*", "text");
    for (int i = 0; i < texts.getLength(); i++) {
      out.append(texts.item(i).getTextContent()).append('\n');
    }
    return out.toString();
  }
}
