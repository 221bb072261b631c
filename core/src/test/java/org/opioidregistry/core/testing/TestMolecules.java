package org.opioidregistry.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

/** Test helpers: SMILES parsing prepared as {@code Structure.atomContainer()} will be. */
public final class TestMolecules {
  private TestMolecules() {}

  /** Parses SMILES (implicit hydrogens set by the parser) and perceives Daylight aromaticity. */
  public static IAtomContainer parse(String smiles) {
    try {
      IAtomContainer mol =
          new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(smiles);
      new Aromaticity(Aromaticity.Model.Daylight, Cycles.or(Cycles.all(), Cycles.all(6)))
          .apply(mol);
      return mol;
    } catch (CDKException e) {
      throw new IllegalArgumentException(smiles, e);
    }
  }

  /**
   * The name and SMILES of every substance in the test copy of shared/data/controlled.tsv, in file
   * order.
   */
  public static Map<String, String> controlled() {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in =
            TestMolecules.class.getResourceAsStream(
                "/org/opioidregistry/core/controlled-structures.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cols = line.split("\t");
        out.put(cols[0], cols[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
