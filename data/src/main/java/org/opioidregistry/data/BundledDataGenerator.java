package org.opioidregistry.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opioidregistry.core.structure.Structure;

/**
 * A build step, not an API: reads the bundled tables with every check of {@link
 * SubstanceTableReader} (each SMILES parsed, standardised, InChI-keyed and compared with the stated
 * key, formula and mass) and writes what it computed as the resource {@value
 * PrecomputedStructures#RESOURCE} into the class output directory, where {@link
 * ReferenceData#bundled()} finds it. A fault in the tables fails the build with its file and line.
 *
 * <pre>
 * java -cp ... org.opioidregistry.data.BundledDataGenerator data/target/classes
 * </pre>
 *
 * <p>Thread-safe: it keeps no state.
 */
public final class BundledDataGenerator {

  private BundledDataGenerator() {}

  /**
   * Writes the resource.
   *
   * @param args one argument: the class output directory (the tables' resource root)
   * @throws IOException when the tables cannot be read or the resource cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: BundledDataGenerator CLASS_OUTPUT_DIRECTORY");
    }
    String packagePath = ReferenceData.class.getPackageName().replace('.', '/');
    Path target = Path.of(args[0]).resolve(packagePath).resolve(PrecomputedStructures.RESOURCE);
    String text = generate();
    Files.createDirectories(target.getParent());
    // Written aside and moved: a build that stops half-way leaves no half-written resource.
    Path tmp = target.resolveSibling(PrecomputedStructures.RESOURCE + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The resource's text, computed from the bundled tables: every row verified, every structure
   * computed from its SMILES. A test compares it with the built resource.
   *
   * @throws DataFileException when a row fails a check
   */
  static String generate() {
    Map<String, Structure> computed = new LinkedHashMap<>();
    StructureSource recording =
        smiles -> {
          Structure s = StructureSource.PARSE.structure(smiles);
          computed.put(smiles, s);
          return s;
        };
    try {
      // The whole read must pass, controls included, before anything is written.
      ReferenceData.readBundled(recording, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled tables", e);
    }
    return PrecomputedStructures.render(computed);
  }
}
