package org.opioidregistry.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opioidregistry.core.substance.Substance;

/** The bundled files as text, for tests that read them without the loader or that damage them. */
final class BundledFiles {

  private BundledFiles() {}

  static String text(String name) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled controls tables, in reading order. */
  static List<String> controlsFiles() {
    try {
      return ReferenceData.bundledControlsFiles();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(String name) {
    return new ArrayList<>(Arrays.asList(text(name).split("\n", -1)));
  }

  /** The data rows (no comments, no header) as fields, each with its 1-based line number. */
  static List<Numbered> records(String name) {
    List<String> lines = lines(name);
    List<Numbered> rows = new ArrayList<>();
    List<String> header = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header == null) {
        header = List.of(line.split("\t", -1));
        continue;
      }
      rows.add(new Numbered(i + 1, header, List.of(line.split("\t", -1))));
    }
    return rows;
  }

  /** The 1-based number of the first line that starts with the given text. */
  static int lineStartingWith(List<String> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line starts with " + start);
  }

  /** Reads the given texts as a substances/controls pair with the bundled file names. */
  static List<Substance> read(String substances, String controls) throws IOException {
    return SubstanceTableReader.read(
        new StringReader(substances),
        SubstanceTableReader.SUBSTANCES_FILE,
        new StringReader(controls),
        SubstanceTableReader.CONTROLS_FILE);
  }

  /** A data row: its line, the file's header and its fields. */
  record Numbered(int line, List<String> header, List<String> fields) {
    /** The field under the named column. */
    String get(String column) {
      int i = header.indexOf(column);
      if (i < 0) {
        throw new IllegalArgumentException("no column " + column + " in " + header);
      }
      return fields.get(i);
    }
  }
}
