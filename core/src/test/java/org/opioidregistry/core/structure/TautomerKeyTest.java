package org.opioidregistry.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tautomer layer on published tautomer pairs. Each pair is the form a registry lists and
 * another drawing of it, taken from the tautomerism literature the rules cite: amide/imidic acid
 * and keto/enol (Sitzmann et al., J. Comput.-Aided Mol. Des. 24 (2010) 521, whose transforms
 * RDKit's TautomerEnumerator uses), lactam/lactim (2-pyridone/2-hydroxypyridine, the textbook
 * pair), and 1,5-shifts. For the choice between InChI's options and a canonical tautomer: standard
 * InChI alone merges the heteroatom shifts (5 of the 19), {@code KET 15T} merges 14, RDKit
 * 2022.09's canonical tautomer all 19 (cross-checked with python3-rdkit, which the project does not
 * need); the three rules of {@link TautomerRules} close InChI's gaps, so all 19 merge here.
 */
class TautomerKeyTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fentanyl / its amide enol         | CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1 | CC=C(O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1
          acetylfentanyl / terminal enol    | CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1 | C=C(O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1
          acetanilide / imidic acid         | CC(=O)Nc1ccccc1 | CC(O)=Nc1ccccc1
          methadone / enol                  | CCC(=O)C(CC(C)N(C)C)(c1ccccc1)c1ccccc1 | CC=C(O)C(CC(C)N(C)C)(c1ccccc1)c1ccccc1
          ketobemidone / enol               | CCC(=O)C1(c2cccc(O)c2)CCN(C)CC1 | CC=C(O)C1(c2cccc(O)c2)CCN(C)CC1
          NPP / enol                        | O=C1CCN(CCc2ccccc2)CC1 | OC1=CCN(CCc2ccccc2)CC1
          4-piperidone / enol               | O=C1CCNCC1 | OC1=CCNCC1
          acetone / propen-2-ol             | CC(C)=O | CC(O)=C
          butanone / terminal enol          | CCC(C)=O | CCC(O)=C
          butanone / internal enol          | CCC(C)=O | CC=C(C)O
          3-pentanone / enol                | CCC(=O)CC | CC=C(O)CC
          pent-3-en-2-one / dienol (1,5)    | CC(=O)C=CC | CC(O)=CC=C
          4-aminobut-3-en-2-one / 1,5       | CC(=O)C=CN | CC(O)=CC=N
          phenol / cyclohexa-2,4-dienone    | Oc1ccccc1 | O=C1CC=CC=C1
          2-pyridone / 2-hydroxypyridine    | O=c1cccc[nH]1 | Oc1ccccn1
          benzimidazol-2-one / 2-ol         | O=c1[nH]c2ccccc2[nH]1 | Oc1nc2ccccc2[nH]1
          brorphine / lactim                | CC(c1ccc(Br)cc1)N1CCC(n2c(=O)[nH]c3ccccc32)CC1 | CC(c1ccc(Br)cc1)N1CCC(n2c(O)nc3ccccc32)CC1
          2-methylbenzimidazole N1/N3 H     | Cc1nc2ccccc2[nH]1 | Cc1[nH]c2ccccc2n1
          isotonitazene / 2-benzylidene     | CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21 | CCN(CC)CCN1C(=Cc2ccc(OC(C)C)cc2)Nc2cc([N+](=O)[O-])ccc21
          """)
  void tautomersShareTheTautomerKey(String pair, String listed, String drawing) {
    IdentityKeys a = StructureParser.parse(listed).identityKeys();
    IdentityKeys b = StructureParser.parse(drawing).identityKeys();
    assertEquals(a.tautomer(), b.tautomer(), pair);
    IdentityLayer layer = b.sharedLayer(a);
    // Standard InChI already treats heteroatom-to-heteroatom shifts as one structure.
    boolean sameStandardInchi = a.full().equals(b.full());
    assertEquals(
        sameStandardInchi ? IdentityLayer.FULL : IdentityLayer.TAUTOMER_INSENSITIVE, layer, pair);
  }

  /**
   * The options built once are the options string CDK would parse: the same key, through CDK's
   * string path, for every pair above (both sides) and molecules of other kinds.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fentanyl enol          | CC=C(O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1
          pent-3-en-2-one        | CC(=O)C=CC
          4-aminobut-3-en-2-one  | CC(=O)C=CN
          2-hydroxypyridine      | Oc1ccccn1
          isotonitazene ylidene  | CCN(CC)CCN1C(=Cc2ccc(OC(C)C)cc2)Nc2cc([N+](=O)[O-])ccc21
          morphine               | CN1CC[C@]23c4c5ccc(O)c4O[C@H]2[C@@H](O)C=C[C@H]3[C@H]1C5
          guanine                | Nc1nc2[nH]cnc2c(=O)[nH]1
          a salt's parent        | CCC(=O)N(c1ccccc1)C1CC[NH+](CCc2ccccc2)CC1
          """)
  void prebuiltOptionsGiveTheKeyOfCdksOptionsString(String what, String smiles) throws Exception {
    org.openscience.cdk.interfaces.IAtomContainer mol =
        StructureParser.parse(smiles).atomContainer();
    String viaString =
        org.openscience.cdk.inchi.InChIGeneratorFactory.getInstance()
            .getInChIGenerator(mol, InchiSupport.TAUTOMER_OPTIONS)
            .getInchiKey()
            .substring(0, 14);
    assertEquals(viaString, InchiSupport.tautomerBlock(mol), what);
  }

  /**
   * Why {@link TautomerRules} exists: InChI's options alone leave these published pairs apart. If a
   * newer InChI library merges them, this fails, and the rules may be retired.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          acetylfentanyl / terminal enol    | CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1 | C=C(O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1
          acetone / propen-2-ol             | CC(C)=O | CC(O)=C
          butanone / terminal enol          | CCC(C)=O | CCC(O)=C
          pent-3-en-2-one / dienol (1,5)    | CC(=O)C=CC | CC(O)=CC=C
          isotonitazene / 2-benzylidene     | CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21 | CCN(CC)CCN1C(=Cc2ccc(OC(C)C)cc2)Nc2cc([N+](=O)[O-])ccc21
          """)
  void inchiOptionsAloneLeaveTheseApart(String pair, String a, String b) throws Exception {
    assertNotEquals(
        InchiSupport.tautomerBlock(StructureParser.parse(a).atomContainer()),
        InchiSupport.tautomerBlock(StructureParser.parse(b).atomContainer()),
        pair);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          propionyl vs acryloyl fentanyl     | CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1 | C=CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1
          crotonyl vs cyclopropyl fentanyl   | C/C=C/C(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1 | O=C(C1CC1)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1
          methadone vs isomethadone          | CCC(=O)C(CC(C)N(C)C)(c1ccccc1)c1ccccc1 | CCC(=O)C(c1ccccc1)(c1ccccc1)C(C)CN(C)C
          o-cresol vs p-cresol               | Oc1ccccc1C | Cc1ccc(O)cc1
          etonitazene vs isotonitazene       | CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1 | CCN(CC)CCn1c(Cc2ccc(OC(C)C)cc2)nc2cc([N+](=O)[O-])ccc21
          fentanyl vs its reduced hemiaminal | CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1 | CCC(O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1
          """)
  void distinctSubstancesKeepDistinctTautomerKeys(String pair, String a, String b) {
    IdentityKeys ka = StructureParser.parse(a).identityKeys();
    IdentityKeys kb = StructureParser.parse(b).identityKeys();
    assertNotEquals(ka.tautomer(), kb.tautomer(), pair);
  }
}
