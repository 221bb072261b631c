package org.opioidregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.Code;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.ControlDate;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.search.Registry;

/**
 * The real jar on a persistent registry ({@code --registry DIR}) that the test fills with a few
 * substances from the researched table (shared/data/controlled.tsv): verdicts, relations, name,
 * code, formula and mass queries.
 */
class IdentifyWithRegistryIT {

  static final String FENTANYL = IdentifyInputsIT.FENTANYL;
  static final String FENTANYL_KEY = IdentifyInputsIT.FENTANYL_KEY;

  @TempDir static Path dir;
  static Path registry;

  @BeforeAll
  static void fillRegistry() throws Exception {
    registry = dir.resolve("registry");
    try (Registry r = Registry.open(registry)) {
      r.addAll(
          List.of(
              substance("fentanyl", "Fentanyl", FENTANYL, "437-38-7", "1964"),
              substance(
                  "carfentanil",
                  "Carfentanil",
                  "CCC(=O)N(c1ccccc1)C1(C(=O)OC)CCN(CCc2ccccc2)CC1",
                  "59708-52-0",
                  "2018"),
              substance(
                  "u-47700",
                  "U-47700",
                  "CN(C)C1CCCCC1N(C)C(=O)c1ccc(Cl)c(Cl)c1",
                  "82657-23-6",
                  "2017 (recollection)")));
    }
  }

  private static Substance substance(
      String id, String name, String smiles, String cas, String since) {
    return Substance.builder(SubstanceId.of(id), name, StructureParser.parse(smiles))
        .addCode(Code.cas(cas))
        .substanceClass(
            id.startsWith("u-") ? SubstanceClass.BENZAMIDE : SubstanceClass.FENTANYL_ANALOGUE)
        .addControl(
            new Control(Jurisdiction.UN_1961, "I", ControlDate.parse(since), "", "test data"))
        .addSource("shared/data/controlled.tsv")
        .build();
  }

  private static JarRunner.Result identify(String... queries) throws Exception {
    String[] args = new String[queries.length + 5];
    args[0] = "identify";
    args[1] = "--format";
    args[2] = "json";
    args[3] = "--registry";
    args[4] = registry.toString();
    System.arraycopy(queries, 0, args, 5, queries.length);
    return JarRunner.run(args);
  }

  @Test
  void listedAsSmilesSaltInchiAndMolFile() throws Exception {
    Path mol = dir.resolve("fentanyl.mol");
    Files.writeString(mol, Molfiles.of(StructureParser.parse(FENTANYL), "exhibit 7"));
    JarRunner.Result run =
        identify(FENTANYL, FENTANYL + ".Cl", IdentifyInputsIT.FENTANYL_INCHI, "@" + mol);
    assertEquals(ExitCode.FOUND.code(), run.status(), run.err());
    List<String> lines = run.outLines();
    assertEquals(4, lines.size(), run.out() + run.err());
    for (String json : lines) {
      assertTrue(json.contains("\"verdict\":\"LISTED\""), json);
      assertTrue(json.contains("\"listed\":[{\"id\":\"fentanyl\",\"name\":\"Fentanyl\""), json);
      assertTrue(
          json.contains(
              "\"controls\":[{\"jurisdiction\":\"UN-1961\",\"schedule\":\"I\",\"since\":\"1964\",\"certainty\":\"VERIFIED\""),
          json);
      // Fentanyl itself is listed by name, not "derived by modification" of itself.
      assertTrue(json.contains("\"classDefinitions\":[{\"id\":"), json);
      assertTrue(!json.contains("\"coverage\":\"COVERED\""), json);
    }
    assertTrue(lines.get(0).contains("\"relation\":\"IDENTICAL\""), lines.get(0));
    assertTrue(lines.get(1).contains("\"relation\":\"SALT\""), lines.get(1));
    assertTrue(lines.get(1).contains("\"removed\":[{\"name\":\"hydrogen chloride\""), lines.get(1));
    assertTrue(lines.get(3).contains("\"detectedAs\":\"MOL_BLOCK\""), lines.get(3));
  }

  @Test
  void byNameWithATypoAndByCas() throws Exception {
    // One letter missing: a TYPO match. (A transposition, "fentanly", is only a PARTIAL match for
    // the name index today, and partial matches are leads, never identifications.)
    JarRunner.Result run = identify("fentnyl", "437-38-7");
    assertEquals(ExitCode.FOUND.code(), run.status(), run.err());
    List<String> lines = run.outLines();
    assertEquals(2, lines.size(), run.out() + run.err());
    assertTrue(lines.get(0).contains("\"detectedAs\":\"NAME\""), lines.get(0));
    assertTrue(lines.get(0).contains("\"names\":[{\"id\":\"fentanyl\""), lines.get(0));
    assertTrue(lines.get(0).contains("\"kind\":\"TYPO\""), lines.get(0));
    assertTrue(lines.get(0).contains("\"source\":\"REGISTRY\""), lines.get(0));
    assertTrue(lines.get(0).contains("\"verdict\":\"LISTED\""), lines.get(0));
    assertTrue(lines.get(1).contains("\"detectedAs\":\"CAS_RN\""), lines.get(1));
    assertTrue(lines.get(1).contains("\"verdict\":\"LISTED\""), lines.get(1));
    assertTrue(lines.get(1).contains("\"inchiKey\":\"" + FENTANYL_KEY + "\""), lines.get(1));
  }

  @Test
  void unlistedFentanylAnalogueIsSimilarWithTheFentanylFamilyFirst() throws Exception {
    // The thioamide of fentanyl: no generic definition reads a thioacyl group as an acyl group.
    JarRunner.Result run = identify("CCC(=S)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
    assertEquals(ExitCode.FOUND.code(), run.status(), run.err());
    String json = run.outLines().get(0);
    assertTrue(json.contains("\"verdict\":\"SIMILAR_TO_LISTED\""), json);
    assertTrue(json.contains("\"listed\":[]"), json);
    assertTrue(json.contains("\"similar\":[{\"id\":\"fentanyl\""), json);
    assertTrue(json.contains("\"metric\":\"TANIMOTO\",\"fingerprint\":\"ECFP4\""), json);
  }

  @Test
  void analogueWithinTheGenericDefinitionsIsCovered() throws Exception {
    // para-fluorofentanyl is not in this test registry; the US, Chinese and UK generic fentanyl
    // definitions cover a halogen on the aniline ring.
    JarRunner.Result run = identify("CCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1");
    assertEquals(ExitCode.FOUND.code(), run.status(), run.err());
    String json = run.outLines().get(0);
    assertTrue(json.contains("\"verdict\":\"COVERED_BY_CLASS_DEFINITION\""), json);
    assertTrue(
        json.contains(
            "\"classDefinitions\":[{\"id\":\"us-frs\",\"jurisdiction\":\"US\",\"wordingVerified\":true,"
                + "\"coverage\":\"COVERED\""),
        json);
    assertTrue(json.contains("\"similar\":[{\"id\":\"fentanyl\""), json);
  }

  @Test
  void cuttingAgentHasNoListedMatch() throws Exception {
    // Caffeine, a common cutting agent.
    JarRunner.Result run = identify("Cn1cnc2c1c(=O)n(C)c(=O)n2C");
    assertEquals(ExitCode.NOTHING_FOUND.code(), run.status(), run.err());
    String json = run.outLines().get(0);
    assertTrue(json.contains("\"verdict\":\"NO_LISTED_MATCH\""), json);
    assertTrue(json.contains("\"listed\":[]"), json);
    assertTrue(json.contains("\"similar\":[]"), json);
  }

  @Test
  void formulaAndProtonatedMass() throws Exception {
    JarRunner.Result run =
        JarRunner.run(
            "identify",
            "--format",
            "json",
            "--registry",
            registry.toString(),
            "C22H28N2O",
            "--mass",
            "337.2274",
            "--adduct",
            "[M+H]+",
            "--ppm",
            "5");
    assertEquals(ExitCode.FOUND.code(), run.status(), run.err());
    List<String> lines = run.outLines();
    assertEquals(2, lines.size(), run.out() + run.err());
    assertTrue(lines.get(0).contains("\"detectedAs\":\"FORMULA\""), lines.get(0));
    assertTrue(
        lines
            .get(0)
            .contains(
                "\"candidates\":[{\"id\":\"fentanyl\",\"name\":\"Fentanyl\",\"inchiKey\":\""
                    + FENTANYL_KEY
                    + "\",\"class\":\"FENTANYL_ANALOGUE\",\"basis\":\"FORMULA\""),
        lines.get(0));
    assertTrue(lines.get(1).contains("\"detectedAs\":\"MASS\""), lines.get(1));
    assertTrue(lines.get(1).contains("\"basis\":\"MASS\",\"ppmError\":-0.1"), lines.get(1));
  }

  @Test
  void searchAndSimilarCommands() throws Exception {
    JarRunner.Result search =
        JarRunner.run(
            "search", "--format", "json", "--registry", registry.toString(), "carfentanyl");
    assertEquals(ExitCode.FOUND.code(), search.status(), search.err());
    assertTrue(search.out().contains("\"names\":[{\"id\":\"carfentanil\""), search.out());

    JarRunner.Result similar =
        JarRunner.run(
            "similar",
            "--format",
            "json",
            "--registry",
            registry.toString(),
            "--top",
            "1",
            "CCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1");
    assertEquals(ExitCode.FOUND.code(), similar.status(), similar.err());
    assertTrue(similar.out().contains("\"similar\":[{\"id\":\"fentanyl\""), similar.out());
    assertTrue(!similar.out().contains("carfentanil"), "--top 1: " + similar.out());
  }

  @Test
  void missingRegistryDirectoryIsAFailureNotAnEmptyRegistry() throws Exception {
    Path nowhere = dir.resolve("no-such-registry");
    JarRunner.Result run = JarRunner.run("identify", "--registry", nowhere.toString(), FENTANYL);
    assertEquals(ExitCode.FAILURE.code(), run.status(), run.err());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.errLines().get(0).contains("no registry here to open read-only"), run.err());
    assertTrue(!Files.exists(nowhere));
  }
}
