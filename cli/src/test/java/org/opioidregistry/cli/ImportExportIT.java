package org.opioidregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, import and identify against the imported registry, through the real jar. */
class ImportExportIT {

  @TempDir Path dir;

  @Test
  void tablesRoundTripThroughAPersistentRegistry() throws Exception {
    Path tables = dir.resolve("tables");
    JarRunner.Result export =
        JarRunner.run("export", "--format", "tsv", "--output", tables.toString());
    assertEquals(0, export.status(), export.err());
    assertTrue(Files.exists(tables.resolve("controls.tsv")));

    Path registry = dir.resolve("registry");
    JarRunner.Result imported =
        JarRunner.run(
            "import",
            tables.resolve("substances.tsv").toString(),
            "--registry",
            registry.toString());
    assertEquals(0, imported.status(), imported.err());
    int all = org.opioidregistry.data.ReferenceData.bundled().substances().size();
    assertTrue(imported.out().contains("imported " + all + " substances"), imported.out());

    JarRunner.Result identify =
        JarRunner.run(
            "identify",
            "--registry",
            registry.toString(),
            "--format",
            "json",
            "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl");
    assertEquals(0, identify.status(), identify.err());
    assertTrue(identify.out().contains("\"verdict\":\"LISTED\""), identify.out());
    assertTrue(identify.out().contains("\"jurisdiction\":\"UN-1961\""), identify.out());

    // Importing the same tables again is refused whole: every id is already there.
    JarRunner.Result again =
        JarRunner.run(
            "import",
            tables.resolve("substances.tsv").toString(),
            "--registry",
            registry.toString());
    assertEquals(3, again.status());
    assertEquals(1, again.errLines().size(), again.err());
    assertTrue(again.err().contains("nothing written"), again.err());
  }

  @Test
  void anSdFileWithOneBadRecordImportsNothing() throws Exception {
    Path sdf = dir.resolve("all.sdf");
    JarRunner.Result export =
        JarRunner.run("export", "--format", "sdf", "--output", sdf.toString());
    assertEquals(0, export.status(), export.err());
    String text = Files.readString(sdf);
    // One record per bundled substance that has a structure (opium and the like have none).
    long withStructure =
        org.opioidregistry.data.ReferenceData.bundled().substances().stream()
            .filter(org.opioidregistry.core.substance.Substance::hasStructure)
            .count();
    assertEquals(withStructure, text.split("\\$\\$\\$\\$", -1).length - 1);
    // Break the counts line of the second record.
    int second = text.indexOf("$$$$") + 5;
    int countsLine = second;
    for (int i = 0; i < 3; i++) {
      countsLine = text.indexOf('\n', countsLine) + 1;
    }
    Path broken = dir.resolve("broken.sdf");
    Files.writeString(
        broken, text.substring(0, countsLine) + "  x" + text.substring(countsLine + 3));

    Path registry = dir.resolve("registry");
    JarRunner.Result imported =
        JarRunner.run("import", broken.toString(), "--registry", registry.toString());
    assertEquals(3, imported.status(), imported.err());
    assertEquals(1, imported.errLines().size(), imported.err());
    assertTrue(imported.err().contains("record 2"), imported.err());
    assertFalse(imported.err().contains("\tat "), "no stack trace: " + imported.err());

    JarRunner.Result good =
        JarRunner.run("import", sdf.toString(), "--registry", registry.toString());
    assertEquals(0, good.status(), good.err());
    JarRunner.Result info = JarRunner.run("info", "--registry", registry.toString(), "carfentanil");
    assertEquals(0, info.status(), info.err());
  }
}
