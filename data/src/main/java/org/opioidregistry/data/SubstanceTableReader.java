package org.opioidregistry.data;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParseException;
import org.opioidregistry.core.substance.Code;
import org.opioidregistry.core.substance.CodeType;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.ControlDate;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.data.DataFileException.Problem;

/**
 * Reads and verifies a pair of reference data files, a substances table and a controls table, in
 * the format described in the module's {@code DATA.md}. Every line is checked: column count; id
 * form and uniqueness; codes (a CAS RN must pass its check digit); that the SMILES parses into a
 * parent structure whose computed InChIKey, formula and monoisotopic mass (within {@value
 * #MASS_TOLERANCE} u) equal the stated ones; that InChIKeys are unique; class ids; that every row
 * names a source; and that every control names a known substance and a valid jurisdiction. The
 * first bad line stops reading with a {@link DataFileException} naming file, line and reason.
 *
 * <pre>{@code
 * List<Substance> mine = SubstanceTableReader.read(
 *     Path.of("my/substances.tsv"), Path.of("my/controls.tsv"));
 * }</pre>
 *
 * <p>Stateless and thread-safe: each call works on its own data.
 */
public final class SubstanceTableReader {

  /** File name of the substances table in the bundled data. */
  public static final String SUBSTANCES_FILE = "substances.tsv";

  /** File name of the controls table in the bundled data. */
  public static final String CONTROLS_FILE = "controls.tsv";

  /** Largest accepted difference between stated and computed monoisotopic mass, in u. */
  public static final double MASS_TOLERANCE = 0.0005;

  /** The columns of the substances table, in order. */
  public static final List<String> SUBSTANCE_COLUMNS =
      List.of(
          "id",
          "name",
          "synonyms",
          "codes",
          "smiles",
          "inchikey",
          "formula",
          "monoisotopic_mass",
          "class",
          "source",
          "notes");

  /** The columns of the controls table, in order. */
  public static final List<String> CONTROL_COLUMNS =
      List.of("substance", "jurisdiction", "schedule", "since", "instrument", "source");

  // Column indexes, named so that the checks below read as what they check.
  private static final int ID = 0;
  private static final int NAME = 1;
  private static final int SYNONYMS = 2;
  private static final int CODES = 3;
  private static final int SMILES = 4;
  private static final int INCHIKEY = 5;
  private static final int FORMULA = 6;
  private static final int MASS = 7;
  private static final int CLASS = 8;
  private static final int SOURCE = 9;
  private static final int NOTES = 10;

  private static final int C_SUBSTANCE = 0;
  private static final int C_JURISDICTION = 1;
  private static final int C_SCHEDULE = 2;
  private static final int C_SINCE = 3;
  private static final int C_INSTRUMENT = 4;
  private static final int C_SOURCE = 5;

  private static final Splitter LIST = Splitter.on('|').trimResults().omitEmptyStrings();

  private SubstanceTableReader() {}

  /**
   * Reads two UTF-8 files; errors name the files by their file names.
   *
   * @param substances the substances table
   * @param controls the controls table
   * @return the substances in file order, each with its controls
   * @throws IOException when a file cannot be read or is not valid UTF-8
   * @throws DataFileException when a line is malformed or fails a check
   */
  public static List<Substance> read(Path substances, Path controls) throws IOException {
    try (Reader s = utf8(substances);
        Reader c = utf8(controls)) {
      return read(
          s, String.valueOf(substances.getFileName()), c, String.valueOf(controls.getFileName()));
    }
  }

  /**
   * Reads two tables from readers, which stay open (the caller owns them).
   *
   * @param substances the substances table
   * @param substancesName the name to use for it in error messages
   * @param controls the controls table
   * @param controlsName the name to use for it in error messages
   * @return the substances in file order, each with its controls
   * @throws IOException when a reader fails
   * @throws DataFileException when a line is malformed or fails a check
   */
  public static List<Substance> read(
      Reader substances, String substancesName, Reader controls, String controlsName)
      throws IOException {
    return read(substances, substancesName, controls, controlsName, StructureSource.PARSE);
  }

  /** {@link #read(Reader, String, Reader, String)} with the structures taken from a source. */
  static List<Substance> read(
      Reader substances,
      String substancesName,
      Reader controls,
      String controlsName,
      StructureSource structures)
      throws IOException {
    TsvFile substanceFile = TsvFile.read(substancesName, substances, SUBSTANCE_COLUMNS);
    TsvFile controlFile = TsvFile.read(controlsName, controls, CONTROL_COLUMNS);
    Map<SubstanceId, Substance.Builder> builders = readSubstances(substanceFile, structures);
    readControls(controlFile, builders);
    List<Substance> result = new ArrayList<>(builders.size());
    builders.values().forEach(b -> result.add(b.build()));
    return ImmutableList.copyOf(result);
  }

  /** A decoder that refuses malformed UTF-8 rather than silently turning it into U+FFFD. */
  private static Reader utf8(Path path) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new InputStreamReader(Files.newInputStream(path), decoder);
  }

  private static Map<SubstanceId, Substance.Builder> readSubstances(
      TsvFile file, StructureSource structures) {
    Map<SubstanceId, Substance.Builder> builders = new LinkedHashMap<>();
    Map<SubstanceId, Integer> idLines = new HashMap<>();
    Map<String, String> keyOwners = new HashMap<>();
    for (TsvFile.Row row : file.rows()) {
      SubstanceId id = id(file, row, row.get(ID));
      Integer firstLine = idLines.putIfAbsent(id, row.line());
      if (firstLine != null) {
        throw file.error(
            row, Problem.DUPLICATE_ID, "id '" + id + "' is already used on line " + firstLine);
      }
      String name = required(file, row, NAME, "name");
      SubstanceClass substanceClass =
          SubstanceClass.fromId(required(file, row, CLASS, "class"))
              .orElseThrow(
                  () ->
                      file.error(row, Problem.BAD_CLASS, "unknown class '" + row.get(CLASS) + "'"));
      List<Code> codes = codes(file, row);
      List<String> sources = LIST.splitToList(row.get(SOURCE));
      if (sources.isEmpty()) {
        throw file.error(row, Problem.MISSING_SOURCE, "substance '" + id + "' names no source");
      }
      Structure structure = verifiedStructure(file, row, structures);
      String owner = keyOwners.putIfAbsent(structure.inchiKey(), id.value());
      if (owner != null) {
        throw file.error(
            row,
            Problem.DUPLICATE_INCHIKEY,
            "InChIKey " + structure.inchiKey() + " is already that of '" + owner + "'");
      }
      Substance.Builder builder =
          Substance.builder(id, name, structure)
              .addSynonyms(LIST.splitToList(row.get(SYNONYMS)))
              .substanceClass(substanceClass)
              .notes(row.get(NOTES));
      codes.forEach(builder::addCode);
      sources.forEach(builder::addSource);
      builders.put(id, builder);
    }
    return builders;
  }

  private static SubstanceId id(TsvFile file, TsvFile.Row row, String value) {
    try {
      return SubstanceId.of(value);
    } catch (IllegalArgumentException e) {
      throw file.error(row, Problem.BAD_ID, e.getMessage());
    }
  }

  private static String required(TsvFile file, TsvFile.Row row, int column, String what) {
    String value = row.get(column);
    if (value.isEmpty()) {
      throw file.error(row, Problem.MISSING_VALUE, "the " + what + " is empty");
    }
    return value;
  }

  private static List<Code> codes(TsvFile file, TsvFile.Row row) {
    List<Code> codes = new ArrayList<>();
    for (String text : LIST.split(row.get(CODES))) {
      int colon = text.indexOf(':');
      Optional<CodeType> type =
          colon < 0 ? Optional.empty() : CodeType.fromId(text.substring(0, colon).strip());
      if (type.isEmpty()) {
        throw file.error(
            row,
            Problem.BAD_CODE,
            "code '" + text + "' is not type:value with a known type (e.g. cas:437-38-7)");
      }
      try {
        codes.add(new Code(type.get(), text.substring(colon + 1)));
      } catch (IllegalArgumentException e) {
        throw file.error(row, Problem.BAD_CODE, e.getMessage());
      }
    }
    return codes;
  }

  /**
   * Gets the SMILES's structure and checks that it gives the stated identity. Parsing is where the
   * time of loading goes (one InChI per substance); it is never skipped, because a stored key that
   * nobody recomputes is exactly the error that would let a lab miss a listed substance. For the
   * bundled files the build has done it once ({@link PrecomputedStructures}, recomputed by a test),
   * so that a start-up does not; the checks against the stated values run either way.
   */
  private static Structure verifiedStructure(
      TsvFile file, TsvFile.Row row, StructureSource structures) {
    String smiles = required(file, row, SMILES, "SMILES");
    Structure structure;
    try {
      structure = structures.structure(smiles);
    } catch (StructureParseException e) {
      throw file.error(row, Problem.BAD_STRUCTURE, "bad SMILES: " + e.getMessage());
    }
    var standardization = structure.standardization();
    if (!standardization.removed().isEmpty()
        || standardization.neutralisedCations() > 0
        || standardization.neutralisedAnions() > 0) {
      throw file.error(
          row,
          Problem.NOT_PARENT,
          "the SMILES is not a neutral parent structure (" + standardization + ")");
    }
    String statedKey = required(file, row, INCHIKEY, "InChIKey");
    if (!statedKey.equals(structure.inchiKey())) {
      throw file.error(
          row,
          Problem.INCHIKEY_MISMATCH,
          "stated InChIKey " + statedKey + " but the SMILES gives " + structure.inchiKey());
    }
    String statedFormula = required(file, row, FORMULA, "formula");
    if (!statedFormula.equals(structure.formula())) {
      throw file.error(
          row,
          Problem.FORMULA_MISMATCH,
          "stated formula " + statedFormula + " but the SMILES gives " + structure.formula());
    }
    String massText = required(file, row, MASS, "monoisotopic mass");
    double statedMass;
    try {
      statedMass = Double.parseDouble(massText);
    } catch (NumberFormatException e) {
      throw file.error(
          row, Problem.BAD_NUMBER, "monoisotopic mass '" + massText + "' is no number");
    }
    if (!(Math.abs(statedMass - structure.monoisotopicMass()) <= MASS_TOLERANCE)) {
      throw file.error(
          row,
          Problem.MASS_MISMATCH,
          String.format(
              Locale.ROOT,
              "stated monoisotopic mass %s but the SMILES gives %.4f",
              massText,
              structure.monoisotopicMass()));
    }
    return structure;
  }

  private static void readControls(TsvFile file, Map<SubstanceId, Substance.Builder> builders) {
    Map<String, Integer> seen = new HashMap<>();
    Set<SubstanceId> known = new HashSet<>(builders.keySet());
    for (TsvFile.Row row : file.rows()) {
      String idText = required(file, row, C_SUBSTANCE, "substance id");
      SubstanceId id;
      try {
        id = SubstanceId.of(idText);
      } catch (IllegalArgumentException e) {
        throw file.error(row, Problem.UNKNOWN_SUBSTANCE, "unknown substance id '" + idText + "'");
      }
      if (!known.contains(id)) {
        throw file.error(row, Problem.UNKNOWN_SUBSTANCE, "unknown substance id '" + idText + "'");
      }
      Jurisdiction jurisdiction = jurisdiction(file, row);
      String schedule = required(file, row, C_SCHEDULE, "schedule");
      String source = row.get(C_SOURCE);
      if (source.isEmpty()) {
        throw file.error(
            row, Problem.MISSING_SOURCE, "the control of '" + id + "' names no source");
      }
      String key = id + "\t" + jurisdiction.code() + "\t" + schedule;
      Integer firstLine = seen.putIfAbsent(key, row.line());
      if (firstLine != null) {
        throw file.error(
            row,
            Problem.DUPLICATE_CONTROL,
            "'"
                + id
                + "' "
                + jurisdiction.code()
                + " "
                + schedule
                + " is already on line "
                + firstLine);
      }
      Control control =
          new Control(
              jurisdiction,
              schedule,
              ControlDate.parse(row.get(C_SINCE)),
              row.get(C_INSTRUMENT),
              source);
      builders.get(id).addControl(control);
    }
  }

  /** Only the canonical spelling is accepted, so that one treaty is never written two ways. */
  private static Jurisdiction jurisdiction(TsvFile file, TsvFile.Row row) {
    String code = required(file, row, C_JURISDICTION, "jurisdiction");
    try {
      Jurisdiction jurisdiction = Jurisdiction.ofCode(code);
      if (jurisdiction.code().equals(code)) {
        return jurisdiction;
      }
    } catch (IllegalArgumentException e) {
      // reported below with the file position
    }
    throw file.error(
        row,
        Problem.BAD_JURISDICTION,
        "jurisdiction '" + code + "' is not UN-1961, UN-1971, UN-1988 or a two-letter code");
  }
}
