package org.opioidregistry.core.classdef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.opioidregistry.core.testing.TestMolecules;

/**
 * Expected outcomes are decided from the legal wording (shared/data/generic-definitions.md), one
 * row per structure: US clauses (A-E), China clauses (1-4), UK clauses (1-6); "-" means not
 * covered. Structures named after controlled.tsv entries take their SMILES from the test copy of
 * that file; the others are written out with the reason for the expectation.
 */
class FentanylClassDefinitionsTest {

  /** One expected row. {@code smiles} null means "look the name up in controlled.tsv". */
  record Case(String name, String smiles, String us, String china, String uk, String why) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case listed(String name, String us, String china, String uk, String why) {
    return new Case(name, null, us, china, uk, why);
  }

  private static Case own(
      String name, String smiles, String us, String china, String uk, String why) {
    return new Case(name, smiles, us, china, uk, why);
  }

  /** Every fentanyl-family substance of controlled.tsv, plus its precursors with the core. */
  static Stream<Case> controlledFentanyls() {
    return Stream.of(
        listed("Fentanyl", "-", "-", "-", "no modification: fentanyl is listed by its own name"),
        listed(
            "Alfentanil",
            "A+C",
            "3+4",
            "1+5",
            "tetrazolinone monocycle for phenyl (US A any monocycle; UK 1 heteromonocycle);"
                + " 4-methoxymethyl is an ether (US C) / 4-alkoxyalkyl (UK 5); listed by name"),
        listed(
            "Sufentanil",
            "A+C",
            "3+4",
            "1+5",
            "thiophen-2-yl for phenyl; 4-methoxymethyl ether; listed by name"),
        listed(
            "Remifentanil",
            "-",
            "3+4",
            "-",
            "N-substituent CH2CH2COOMe has no ring: not A/B; China 4 takes any group; 4-COOMe ester"),
        listed("Acetyl-alpha-methylfentanyl", "B+E", "1+4", "2+6", "alpha-methyl; acetyl"),
        listed("alpha-Methylfentanyl", "B", "4", "2", "alpha-methyl on the linker"),
        listed("alpha-Methylthiofentanyl", "A+B", "4", "1+2", "thiophene; alpha-methyl"),
        listed("beta-Hydroxyfentanyl", "B", "4", "2", "beta-hydroxy on the linker"),
        listed("beta-Hydroxy-3-methylfentanyl", "B+C", "3+4", "2+3", "beta-OH; 3-methyl"),
        listed("3-Methylfentanyl", "C", "3", "3", "3-methyl on the piperidine"),
        listed("3-Methylthiofentanyl", "A+C", "3+4", "1+3", "thiophene; 3-methyl"),
        listed("para-Fluorofentanyl", "D", "2", "4", "4-fluorophenyl anilide"),
        listed("Thiofentanyl", "A", "4", "1", "thiophen-2-yl for phenyl"),
        listed("Acetylfentanyl", "E", "1", "6", "acetyl"),
        listed("Butyrfentanyl", "E", "1", "6", "butyryl"),
        listed("Carfentanil", "C", "3", "5", "4-methoxycarbonyl: ester / 4-alkoxycarbonyl"),
        listed("Ocfentanil", "D+E", "1+2", "4+6", "2-fluorophenyl; methoxyacetyl"),
        listed("Furanylfentanyl", "E", "1", "6", "furan-2-carbonyl"),
        listed("Acryloylfentanyl", "E", "1", "6", "acryloyl"),
        listed("4-Fluoroisobutyrfentanyl", "D+E", "1+2", "4+6", "4-fluorophenyl; isobutyryl"),
        listed("Tetrahydrofuranylfentanyl", "E", "1", "6", "tetrahydrofuran-2-carbonyl"),
        listed("Cyclopropylfentanyl", "E", "1", "6", "cyclopropanecarbonyl"),
        listed("Methoxyacetylfentanyl", "E", "1", "6", "methoxyacetyl"),
        listed("ortho-Fluorofentanyl", "D", "2", "4", "2-fluorophenyl"),
        listed("para-Fluorobutyrfentanyl", "D+E", "1+2", "4+6", "4-fluorophenyl; butyryl"),
        listed("Crotonylfentanyl", "E", "1", "6", "crotonyl"),
        listed("Valerylfentanyl", "E", "1", "6", "valeryl"),
        listed("Norfentanyl", "-", "-", "-", "N1 unsubstituted; China 4 excludes hydrogen"),
        listed("ANPP", "-", "-", "-", "no acyl group: 4-ANPP is a precursor, not an analogue"),
        listed("4-AP", "-", "-", "-", "no acyl group and N1 unsubstituted: a precursor"),
        listed("1-boc-4-AP", "-", "-", "-", "no acyl group on the anilide N (Boc is on N1)"),
        listed("Bezitramide", "-", "-", "-", "amide N is in a benzimidazolone ring: no scaffold"),
        listed("Brorphine", "-", "-", "-", "no acyclic amide N on piperidine C4"));
  }

  /** Structures chosen to probe each word of the definitions. */
  static Stream<Case> ownStructures() {
    return Stream.of(
        own(
            "benzylfentanyl",
            "CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1",
            "-",
            "4",
            "-",
            "one-carbon linker is not a phenethyl modification; China 4 takes any group"),
        own(
            "homofentanyl (3-phenylpropyl)",
            "CCC(=O)N(c1ccccc1)C1CCN(CCCc2ccccc2)CC1",
            "-",
            "4",
            "-",
            "three-carbon linker"),
        own(
            "2-naphthyl for the aniline ring",
            "CCC(=O)N(c1ccc2ccccc2c1)C1CCN(CCc2ccccc2)CC1",
            "-",
            "-",
            "-",
            "naphthalene is bicyclic, not a monocycle; UK allows no replacement"),
        own(
            "2-pyridyl for the aniline ring",
            "CCC(=O)N(c1ccccn1)C1CCN(CCc2ccccc2)CC1",
            "D",
            "2",
            "-",
            "aromatic monocycle (US D, China 2); UK allows substitution of the aniline ring only"),
        own(
            "2-thienyl for the aniline ring",
            "CCC(=O)N(c1cccs1)C1CCN(CCc2ccccc2)CC1",
            "D",
            "2",
            "-",
            "aromatic heteromonocycle"),
        own(
            "cyclohexyl for the aniline ring",
            "CCC(=O)N(C2CCCCC2)C1CCN(CCc2ccccc2)CC1",
            "-",
            "-",
            "-",
            "cyclohexyl is a monocycle but not aromatic"),
        own(
            "cyclohexylethyl for phenethyl",
            "CCC(=O)N(c1ccccc1)C1CCN(CCC2CCCCC2)CC1",
            "A",
            "4",
            "-",
            "US A: any monocycle; UK 1: heteromonocycles only"),
        own(
            "furan-2-ylethyl for phenethyl",
            "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccco2)CC1",
            "A",
            "4",
            "1",
            "heteromonocycle: inside all three"),
        own(
            "naphthalen-2-ylethyl for phenethyl",
            "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc3ccccc3c2)CC1",
            "-",
            "4",
            "-",
            "fused ring is not a monocycle"),
        own(
            "fentanyl ethyl carbamate",
            "CCOC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
            "E",
            "1",
            "6",
            "alkoxycarbonyl read as acyl (DEA scheduled this carbamate as an FRS)"),
        own(
            "formyl norfentanyl analogue (N-formyl)",
            "O=CN(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
            "E",
            "1",
            "6",
            "formyl is an acyl group (from formic acid)"),
        own(
            "thiopropionyl (thioamide)",
            "CCC(=S)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
            "-",
            "-",
            "-",
            "C=S thioacyl is not read as acyl"),
        own(
            "ethanesulfonyl (sulfonamide)",
            "CCS(=O)(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
            "-",
            "-",
            "-",
            "sulfonyl replaces the carbonyl: not read as acyl"),
        own(
            "dimethylcarbamoyl (urea)",
            "CN(C)C(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1",
            "-",
            "-",
            "-",
            "carbamoyl not read as acyl: no scheduling practice, conservative"),
        own(
            "3-fluorofentanyl (piperidine)",
            "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1F",
            "C",
            "3",
            "-",
            "halo on the piperidine: US/China yes; UK only alkyl/alkenyl"),
        own(
            "3-hydroxyfentanyl (piperidine)",
            "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1O",
            "C",
            "3",
            "-",
            "hydroxyl on the piperidine"),
        own(
            "3-allylfentanyl",
            "C=CCC1CN(CCc2ccccc2)CCC1N(C(=O)CC)c1ccccc1",
            "C",
            "3",
            "3",
            "alkenyl on the piperidine"),
        own(
            "4-methoxymethylfentanyl",
            "CCC(=O)N(c1ccccc1)C1(COC)CCN(CCc2ccccc2)CC1",
            "C",
            "3",
            "5",
            "ether at C4 / UK 4-alkoxyalkyl"),
        own(
            "3-methoxycarbonylfentanyl",
            "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1C(=O)OC",
            "C",
            "3",
            "-",
            "ester on the piperidine; UK allows alkoxycarbonyl only at the 4-position"),
        own(
            "3-cyclopropylfentanyl",
            "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1C1CC1",
            "-",
            "-",
            "-",
            "cyclopropyl is a ring, not an alkyl group"),
        own(
            "4-phenylfentanyl",
            "CCC(=O)N(c1ccccc1)C1(c2ccccc2)CCN(CCc2ccccc2)CC1",
            "-",
            "-",
            "-",
            "phenyl is not a listed piperidine substituent"),
        own(
            "3,4-methylenedioxy on the aniline ring",
            "CCC(=O)N(c1ccc2OCOc2c1)C1CCN(CCc2ccccc2)CC1",
            "-",
            "-",
            "4",
            "benzodioxole is fused (not a monocycle); UK 4 names alkylenedioxy"),
        own(
            "2,4-difluoro on the aniline ring",
            "CCC(=O)N(c1ccc(F)cc1F)C1CCN(CCc2ccccc2)CC1",
            "D",
            "2",
            "4",
            "substituted phenyl"),
        own(
            "4-nitro on the aniline ring",
            "CCC(=O)N(c1ccc(cc1)[N+](=O)[O-])C1CCN(CCc2ccccc2)CC1",
            "D",
            "2",
            "-",
            "D takes any substituent; UK 4 does not list nitro"),
        own(
            "4-methoxybutyrfentanyl",
            "CCCC(=O)N(c1ccc(OC)cc1)C1CCN(CCc2ccccc2)CC1",
            "D+E",
            "1+2",
            "4+6",
            "4-methoxyphenyl; butyryl"),
        own(
            "4'-methylfentanyl (phenethyl ring)",
            "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc(C)cc2)CC1",
            "B",
            "4",
            "2",
            "alkyl on the phenethyl group"),
        own(
            "4'-cyanofentanyl (phenethyl ring)",
            "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc(C#N)cc2)CC1",
            "A",
            "4",
            "-",
            "cyano is not a B group, but 4-cyanophenyl is a further-substituted monocycle (A);"
                + " UK: not a heteromonocycle and cyano not in 2"),
        own(
            "styryl for phenethyl (enamine)",
            "CCC(=O)N(c1ccccc1)C1CCN(C=Cc2ccccc2)CC1",
            "-",
            "4",
            "-",
            "an unsaturated linker is a change of the chain, not a substitution"),
        own(
            "N-methylnorfentanyl",
            "CCC(=O)N(c1ccccc1)C1CCN(C)CC1",
            "-",
            "4",
            "-",
            "methyl for phenethyl: no ring; China 4 takes any group"),
        own(
            "pyrrolidine for piperidine",
            "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)C1",
            "-",
            "-",
            "-",
            "ring contraction: no piperidine scaffold"),
        own(
            "beta-fluorofentanyl",
            "CCC(=O)N(c1ccccc1)C1CCN(CC(F)c2ccccc2)CC1",
            "B",
            "4",
            "2",
            "halo on the phenethyl linker"),
        own(
            "1-Boc-norfentanyl",
            "CC(C)(C)OC(=O)N1CCC(CC1)N(C(=O)CC)c1ccccc1",
            "-",
            "4",
            "-",
            "a precursor, yet inside China 4 read literally: 'another group, excluding hydrogen'"),
        own(
            "fentanyl N-oxide",
            "CCC(=O)N(c1ccccc1)C1CC[N+]([O-])(CCc2ccccc2)CC1",
            "-",
            "-",
            "-",
            "an added group on the piperidine N is neither a replacement nor a listed substitution"),
        own(
            "3-methylfentanyl hydrochloride",
            "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1C.Cl",
            "C",
            "3",
            "3",
            "the counter-ion is ignored"));
  }

  static Stream<Case> allCases() {
    return Stream.concat(controlledFentanyls(), ownStructures());
  }

  private static final Map<String, String> CONTROLLED = TestMolecules.controlled();

  private static IAtomContainer molecule(Case c) {
    String smiles = c.smiles() != null ? c.smiles() : CONTROLLED.get(c.name());
    assertNotNull(smiles, "not in controlled.tsv: " + c.name());
    return TestMolecules.parse(smiles);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCases")
  void us(Case c) {
    check(c, ClassDefinitions.usFentanylRelatedSubstances(), c.us());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCases")
  void china(Case c) {
    check(c, ClassDefinitions.chinaFentanylClass2019(), c.china());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCases")
  void uk(Case c) {
    check(c, ClassDefinitions.ukFentanylGeneric(), c.uk());
  }

  private static void check(Case c, ClassDefinition d, String expected) {
    ClassEvaluation e = d.evaluate(molecule(c));
    String actual = e.covered() ? e.clauseLabels() : "-";
    assertEquals(
        expected, actual, c.name() + " / " + d.id() + " (" + c.why() + "): " + e.summary());
  }

  @Test
  void everyControlledSubstanceWithTheCoreIsInTheTable() {
    List<String> tabled = controlledFentanyls().map(Case::name).toList();
    List<String> missing = new ArrayList<>();
    CONTROLLED.forEach(
        (name, smiles) -> {
          if (!FentanylScaffold.decompose(TestMolecules.parse(smiles)).isEmpty()
              && !tabled.contains(name)) {
            missing.add(name);
          }
        });
    assertEquals(List.of(), missing);
  }

  @Test
  void changesAreReadable() {
    assertEquals(
        List.of("E: propionyl → furan-2-carbonyl"),
        changes(ClassDefinitions.usFentanylRelatedSubstances(), "Furanylfentanyl"));
    assertEquals(
        List.of("D: phenyl → 4-fluorophenyl"),
        changes(ClassDefinitions.usFentanylRelatedSubstances(), "para-Fluorofentanyl"));
    assertEquals(
        List.of("D: phenyl → 2-fluorophenyl", "E: propionyl → methoxyacetyl"),
        changes(ClassDefinitions.usFentanylRelatedSubstances(), "Ocfentanil"));
    assertEquals(
        List.of("A: phenyl → thiophen-2-yl", "B: alpha-H → alpha-methyl").stream()
            .sorted()
            .toList(),
        changes(ClassDefinitions.usFentanylRelatedSubstances(), "alpha-Methylthiofentanyl").stream()
            .sorted()
            .toList());
    assertEquals(
        List.of("C: piperidine 4-H → 4-methoxycarbonyl"),
        changes(ClassDefinitions.usFentanylRelatedSubstances(), "Carfentanil"));
    assertEquals(
        List.of("4: phenethyl → 1-phenylpropan-2-yl (alpha-methylphenethyl)"),
        changes(ClassDefinitions.chinaFentanylClass2019(), "alpha-Methylfentanyl"));
  }

  @Test
  void unnamedGroupsAreSpelledOut() {
    ClassEvaluation e =
        ClassDefinitions.chinaFentanylClass2019()
            .evaluate(TestMolecules.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccc(C#N)cc2)CC1"));
    assertEquals("[4: phenethyl → 2-(4-cyanophenyl)ethyl]", e.changes().toString());
    ClassEvaluation fluoro =
        ClassDefinitions.chinaFentanylClass2019()
            .evaluate(TestMolecules.parse("CCC(=O)N(c1ccccc1)C1CCN(CC(F)c2ccccc2)CC1"));
    assertEquals("[4: phenethyl → 2-fluoro-2-phenylethyl]", fluoro.changes().toString());
    ClassEvaluation odd =
        ClassDefinitions.usFentanylRelatedSubstances()
            .evaluate(TestMolecules.parse("CC(=O)CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"));
    // No table name for 3-oxobutanoyl: the exact SMILES with * at the attachment is shown.
    assertEquals("[E: propionyl → *C(=O)CC(=O)C]", odd.changes().toString());
  }

  @Test
  void reasonsNameTheFailingSite() {
    ClassEvaluation benzyl =
        ClassDefinitions.usFentanylRelatedSubstances()
            .evaluate(TestMolecules.parse("CCC(=O)N(c1ccccc1)C1CCN(Cc2ccccc2)CC1"));
    assertFalse(benzyl.covered());
    assertTrue(benzyl.clauses().isEmpty());
    assertEquals(
        "A/B: linker between piperidine N and ring is 1 carbon (benzyl); the definition allows"
            + " the ethylene linker only",
        benzyl.reason().orElseThrow());

    ClassEvaluation anpp =
        ClassDefinitions.usFentanylRelatedSubstances()
            .evaluate(TestMolecules.parse(CONTROLLED.get("ANPP")));
    assertTrue(anpp.reason().orElseThrow().startsWith("E: no acyl group"), anpp.summary());

    ClassEvaluation naphthyl =
        ClassDefinitions.usFentanylRelatedSubstances()
            .evaluate(TestMolecules.parse("CCC(=O)N(c1ccc2ccccc2c1)C1CCN(CCc2ccccc2)CC1"));
    assertTrue(naphthyl.reason().orElseThrow().contains("fused ring system"), naphthyl.summary());

    ClassEvaluation fentanyl =
        ClassDefinitions.chinaFentanylClass2019()
            .evaluate(TestMolecules.parse(CONTROLLED.get("Fentanyl")));
    assertTrue(fentanyl.reason().orElseThrow().contains("fentanyl itself"), fentanyl.summary());

    ClassEvaluation pyrrolidine =
        ClassDefinitions.ukFentanylGeneric()
            .evaluate(TestMolecules.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)C1"));
    assertTrue(pyrrolidine.reason().orElseThrow().startsWith("no fentanyl scaffold"));
  }

  @Test
  void definitionsCarryTheirLegalMetadata() {
    for (ClassDefinition d : ClassDefinitions.all()) {
      assertFalse(d.legalSource().isBlank(), d.id());
      assertNotNull(d.effectiveDate(), d.id());
      assertTrue(d.description().contains("own listing"), d.id());
      assertFalse(d.clauses().isEmpty(), d.id());
    }
    // The UK clauses were checked against the Act's revised text (paragraph 1(d)) in session 7.
    assertTrue(ClassDefinitions.ukFentanylGeneric().wordingVerified());
    assertTrue(ClassDefinitions.ukFentanylGeneric().legalSource().contains("paragraph 1(d)"));
    assertEquals(
        "by replacement of the N-propionyl group by another acyl group",
        ClassDefinitions.ukFentanylGeneric().clauses().get(5).wording());
    assertTrue(ClassDefinitions.usFentanylRelatedSubstances().wordingVerified());
    assertEquals(5, ClassDefinitions.usFentanylRelatedSubstances().clauses().size());
  }

  @Test
  void usClassTookEffectOnTheDayTheHaltFentanylActWasApproved() {
    // Public Law 119-26 (S. 331, 139 Stat. 410) prints "July 16, 2025" as the day of approval
    // (GPO text, congress.gov PLAW-119publ26; statute compilation COMPS-18185, approvedDate
    // 2025-07-16), and its section 2 adds schedule I (e) to 21 U.S.C. 812(c) without a later
    // effective date. CRS Legal Sidebar LSB11343's "July 17, 2025" is not the law's date.
    assertEquals(
        Optional.of(java.time.LocalDate.of(2025, 7, 16)),
        ClassDefinitions.usFentanylRelatedSubstances().effectiveDate());
    assertTrue(ClassDefinitions.usFentanylRelatedSubstances().legalSource().contains("119-26"));
  }

  @Test
  void evaluateAllDecomposesOnceAndAgreesWithEachDefinition() {
    IAtomContainer mol = TestMolecules.parse(CONTROLLED.get("Sufentanil"));
    Map<ClassDefinition, ClassEvaluation> all = ClassDefinitions.evaluateAll(mol);
    assertEquals(4, all.size());
    all.forEach((d, e) -> assertEquals(d.evaluate(mol), e, d.id()));
  }

  private static List<String> changes(ClassDefinition d, String controlledName) {
    return d.evaluate(TestMolecules.parse(CONTROLLED.get(controlledName))).changes().stream()
        .map(SiteChange::toString)
        .toList();
  }
}
