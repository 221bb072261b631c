package org.opioidregistry.core.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The reference rows of {@code reference-structures.tsv}, a copy of shared/data/controlled.tsv. */
final class ReferenceStructures {

  record Row(
      String name,
      String smiles,
      String inchiKey,
      String formula,
      double monoisotopicMass,
      String checked) {

    boolean independentlyChecked() {
      return checked.equals("ok");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private ReferenceStructures() {}

  static List<Row> all() {
    try (InputStream in =
            ReferenceStructures.class.getResourceAsStream("/reference-structures.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<Row> rows = new ArrayList<>();
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        rows.add(new Row(f[0], f[1], f[2], f[3], Double.parseDouble(f[4]), f[5]));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Row named(String name) {
    return all().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }
}
