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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParseException;
import org.opioidregistry.core.substance.Code;
import org.opioidregistry.core.substance.CodeType;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.ControlDate;
import org.opioidregistry.core.substance.Exclusion;
import org.opioidregistry.core.substance.Instrument;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.ListedForm;
import org.opioidregistry.core.substance.ListingScope;
import org.opioidregistry.core.substance.StructureCheck;
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

  /** File name of the controls table in the bundled data: the UN conventions. */
  public static final String CONTROLS_FILE = "controls.tsv";

  /**
   * A controls table of one country or region: {@code controls-us.tsv} holds only {@code US}
   * controls. Such files are read beside {@link #CONTROLS_FILE}, so that a laboratory adds its
   * country's schedules as a file of its own.
   */
  private static final Pattern JURISDICTION_FILE = Pattern.compile("controls-([a-z]{2})\\.tsv");

  /** Any further controls table of a directory ({@code controls-*.tsv}). */
  private static final Pattern EXTRA_CONTROLS_FILE = Pattern.compile("controls-.+\\.tsv");

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
          "check",
          "check_reference",
          "source",
          "notes");

  /** The columns of the controls table, in order. */
  public static final List<String> CONTROL_COLUMNS =
      List.of(
          "substance",
          "jurisdiction",
          "schedule",
          "since",
          "instrument",
          "until",
          "end_instrument",
          "extends_to",
          "exceptions",
          "source");

  /**
   * The first layout of the substances table (no structure check columns), still read so that files
   * exported by earlier versions import unchanged; its structures read as unchecked.
   */
  static final List<String> SUBSTANCE_COLUMNS_V1 =
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

  /**
   * The first layout of the controls table (no end, no scope), still read; its controls have no end
   * and no recorded scope.
   */
  static final List<String> CONTROL_COLUMNS_V1 =
      List.of("substance", "jurisdiction", "schedule", "since", "instrument", "source");

  /** The {@code until} of a control that ended on a day nobody recorded. */
  static final String UNKNOWN_END = "unknown";

  private static final Pattern INCHIKEY_FORM = Pattern.compile("[A-Z]{14}-[A-Z]{10}-[A-Z]");

  private static final Splitter LIST = Splitter.on('|').trimResults().omitEmptyStrings();

  /** A substance's name and structure, for resolving the exceptions of a listing. */
  private record Named(String name, Structure structure) {}

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
    return read(substances, List.of(controls));
  }

  /**
   * Reads a substances table and any number of controls tables (e.g. one per jurisdiction: a
   * laboratory adds its country's file); errors name the files by their file names.
   *
   * @param substances the substances table
   * @param controls the controls tables, read in this order
   * @return the substances in file order, each with its controls
   * @throws IOException when a file cannot be read or is not valid UTF-8
   * @throws DataFileException when a line is malformed or fails a check
   */
  public static List<Substance> read(Path substances, List<Path> controls) throws IOException {
    Map<String, Reader> readers = new LinkedHashMap<>();
    try (Reader s = utf8(substances)) {
      for (Path c : controls) {
        readers.put(String.valueOf(c.getFileName()), utf8(c));
      }
      return read(s, String.valueOf(substances.getFileName()), readers);
    } finally {
      for (Reader r : readers.values()) {
        r.close();
      }
    }
  }

  /**
   * Reads a directory of tables: {@code substances.tsv}, then {@code controls.tsv} if present and
   * every {@code controls-*.tsv} (e.g. {@code controls-fr.tsv}, one a jurisdiction) in file-name
   * order. A laboratory adds its country's controls by dropping such a file into the directory.
   *
   * @param directory the directory holding the tables
   * @return the substances in file order, each with the controls of all its tables
   * @throws IOException when a file cannot be read or is not valid UTF-8, or the directory holds no
   *     {@code substances.tsv}
   * @throws DataFileException when a line is malformed or fails a check
   */
  public static List<Substance> readDirectory(Path directory) throws IOException {
    return read(directory.resolve(SUBSTANCES_FILE), controlsFiles(directory));
  }

  /** The controls tables of a directory, in the order {@link #readDirectory} reads them. */
  static List<Path> controlsFiles(Path directory) throws IOException {
    List<Path> files = new ArrayList<>();
    Path main = directory.resolve(CONTROLS_FILE);
    if (Files.isRegularFile(main)) {
      files.add(main);
    }
    try (var entries = Files.list(directory)) {
      entries
          .filter(p -> EXTRA_CONTROLS_FILE.matcher(String.valueOf(p.getFileName())).matches())
          .sorted()
          .forEach(files::add);
    }
    return files;
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
    return read(substances, substancesName, Map.of(controlsName, controls));
  }

  /**
   * Reads a substances table and controls tables from readers, which stay open (the caller owns
   * them).
   *
   * @param substances the substances table
   * @param substancesName the name to use for it in error messages
   * @param controls the controls tables by the names to use in error messages, read in the map's
   *     iteration order
   * @return the substances in file order, each with its controls
   * @throws IOException when a reader fails
   * @throws DataFileException when a line is malformed or fails a check
   */
  public static List<Substance> read(
      Reader substances, String substancesName, Map<String, Reader> controls) throws IOException {
    return read(substances, substancesName, controls, StructureSource.PARSE);
  }

  /** {@link #read(Reader, String, Reader, String)} with the structures taken from a source. */
  static List<Substance> read(
      Reader substances,
      String substancesName,
      Reader controls,
      String controlsName,
      StructureSource source)
      throws IOException {
    return read(substances, substancesName, Map.of(controlsName, controls), source);
  }

  /** {@link #read(Reader, String, Map)} with the structures taken from a source. */
  static List<Substance> read(
      Reader substances,
      String substancesName,
      Map<String, Reader> controls,
      StructureSource source)
      throws IOException {
    TsvFile substanceFile =
        TsvFile.read(substancesName, substances, SUBSTANCE_COLUMNS, List.of(SUBSTANCE_COLUMNS_V1));
    Map<SubstanceId, Substance.Builder> builders = new LinkedHashMap<>();
    Map<SubstanceId, Named> structures = new HashMap<>();
    readSubstances(substanceFile, builders, structures, source);
    Map<String, String> seen = new HashMap<>();
    for (Map.Entry<String, Reader> c : controls.entrySet()) {
      TsvFile controlFile =
          TsvFile.read(c.getKey(), c.getValue(), CONTROL_COLUMNS, List.of(CONTROL_COLUMNS_V1));
      readControls(controlFile, builders, structures, seen);
    }
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

  private static void readSubstances(
      TsvFile file,
      Map<SubstanceId, Substance.Builder> builders,
      Map<SubstanceId, Named> structures,
      StructureSource source) {
    Map<SubstanceId, Integer> idLines = new HashMap<>();
    Map<String, String> keyOwners = new HashMap<>();
    for (TsvFile.Row row : file.rows()) {
      SubstanceId id = id(file, row, row.get("id"));
      Integer firstLine = idLines.putIfAbsent(id, row.line());
      if (firstLine != null) {
        throw file.error(
            row, Problem.DUPLICATE_ID, "id '" + id + "' is already used on line " + firstLine);
      }
      String name = required(file, row, "name", "name");
      SubstanceClass substanceClass =
          SubstanceClass.fromId(required(file, row, "class", "class"))
              .orElseThrow(
                  () ->
                      file.error(
                          row, Problem.BAD_CLASS, "unknown class '" + row.get("class") + "'"));
      List<Code> codes = codes(file, row);
      List<String> sources = LIST.splitToList(row.get("source"));
      if (sources.isEmpty()) {
        throw file.error(row, Problem.MISSING_SOURCE, "substance '" + id + "' names no source");
      }
      Optional<Structure> structure = verifiedStructure(file, row, source);
      Substance.Builder builder;
      if (structure.isPresent()) {
        String key = structure.get().inchiKey();
        String owner = keyOwners.putIfAbsent(key, id.value());
        if (owner != null) {
          throw file.error(
              row,
              Problem.DUPLICATE_INCHIKEY,
              "InChIKey " + key + " is already that of '" + owner + "'");
        }
        builder = Substance.builder(id, name, structure.get());
        structures.put(id, new Named(name, structure.get()));
      } else {
        builder = Substance.builder(id, name);
      }
      builder
          .addSynonyms(LIST.splitToList(row.get("synonyms")))
          .substanceClass(substanceClass)
          .structureCheck(structureCheck(file, row, structure))
          .notes(row.get("notes"));
      codes.forEach(builder::addCode);
      sources.forEach(builder::addSource);
      builders.put(id, builder);
    }
  }

  /**
   * Reads the check columns. A check against a cited record must quote the record's InChIKey, which
   * is compared here (full key, or first block for a skeleton check), so that a citation that does
   * not support the structure is caught at load; a check through OPSIN is recomputed by the
   * module's tests, since OPSIN is not a runtime dependency.
   */
  private static StructureCheck structureCheck(
      TsvFile file, TsvFile.Row row, Optional<Structure> structure) {
    String notation = row.get("check");
    String reference = row.get("check_reference");
    if (notation.isEmpty() || notation.equals(StructureCheck.Method.UNCHECKED.id())) {
      if (!reference.isEmpty()) {
        throw file.error(row, Problem.BAD_CHECK, "an unchecked structure cites no check reference");
      }
      return StructureCheck.UNCHECKED;
    }
    int dash = notation.indexOf('-');
    Optional<StructureCheck.Method> method =
        dash < 0 ? Optional.empty() : StructureCheck.Method.fromId(notation.substring(0, dash));
    Optional<StructureCheck.Agreement> agreement =
        dash < 0 ? Optional.empty() : StructureCheck.Agreement.fromId(notation.substring(dash + 1));
    if (method.isEmpty()
        || agreement.isEmpty()
        || agreement.get() == StructureCheck.Agreement.NONE) {
      throw file.error(
          row,
          Problem.BAD_CHECK,
          "check '"
              + notation
              + "' is not one of opsin-full, opsin-skeleton, record-full, record-skeleton,"
              + " unchecked");
    }
    if (structure.isEmpty()) {
      throw file.error(
          row, Problem.BAD_CHECK, "a substance without structure has nothing to check");
    }
    if (reference.isEmpty()) {
      throw file.error(
          row,
          Problem.BAD_CHECK,
          "check '" + notation + "' needs a check_reference (the legal name, or the record)");
    }
    if (method.get() == StructureCheck.Method.CITED_RECORD) {
      Matcher key = INCHIKEY_FORM.matcher(reference);
      if (!key.find()) {
        throw file.error(
            row,
            Problem.BAD_CHECK,
            "a record check quotes the record's InChIKey: '" + reference + "'");
      }
      String cited = key.group();
      String own = structure.get().inchiKey();
      boolean agrees =
          agreement.get() == StructureCheck.Agreement.FULL_KEY
              ? cited.equals(own)
              : cited.substring(0, 14).equals(own.substring(0, 14));
      if (!agrees) {
        throw file.error(
            row,
            Problem.CHECK_MISMATCH,
            "the cited record's InChIKey "
                + cited
                + " does not agree ("
                + notation
                + ") with "
                + own);
      }
    }
    return new StructureCheck(method.get(), agreement.get(), reference);
  }

  private static SubstanceId id(TsvFile file, TsvFile.Row row, String value) {
    try {
      return SubstanceId.of(value);
    } catch (IllegalArgumentException e) {
      throw file.error(row, Problem.BAD_ID, e.getMessage());
    }
  }

  private static String required(TsvFile file, TsvFile.Row row, String column, String what) {
    String value = row.get(column);
    if (value.isEmpty()) {
      throw file.error(row, Problem.MISSING_VALUE, "the " + what + " is empty");
    }
    return value;
  }

  private static List<Code> codes(TsvFile file, TsvFile.Row row) {
    List<Code> codes = new ArrayList<>();
    for (String text : LIST.split(row.get("codes"))) {
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
  private static Optional<Structure> verifiedStructure(
      TsvFile file, TsvFile.Row row, StructureSource source) {
    String smiles = row.get("smiles");
    if (smiles.isEmpty()) {
      for (String column : List.of("inchikey", "formula", "monoisotopic_mass")) {
        if (!row.get(column).isEmpty()) {
          throw file.error(
              row,
              Problem.NO_STRUCTURE,
              "a substance without SMILES (found by name only) states no " + column);
        }
      }
      return Optional.empty();
    }
    Structure structure;
    try {
      structure = source.structure(smiles);
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
    String statedKey = required(file, row, "inchikey", "InChIKey");
    if (!statedKey.equals(structure.inchiKey())) {
      throw file.error(
          row,
          Problem.INCHIKEY_MISMATCH,
          "stated InChIKey " + statedKey + " but the SMILES gives " + structure.inchiKey());
    }
    String statedFormula = required(file, row, "formula", "formula");
    if (!statedFormula.equals(structure.formula())) {
      throw file.error(
          row,
          Problem.FORMULA_MISMATCH,
          "stated formula " + statedFormula + " but the SMILES gives " + structure.formula());
    }
    String massText = required(file, row, "monoisotopic_mass", "monoisotopic mass");
    double statedMass;
    try {
      statedMass = decimal(massText);
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
    return Optional.of(structure);
  }

  /** Powers of ten that a double holds exactly. */
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  /**
   * {@code Double.parseDouble(text)}, the same value, taking a short path for a plain decimal of at
   * most 15 digits (every stated mass): its digits are an exact long, a power of ten up to 10^15 an
   * exact double, and one correctly rounded division of the two is the correctly rounded value of
   * the decimal, as {@code parseDouble} gives it. In a cold start {@code parseDouble} ran
   * interpreted and was then compiled for these values alone. Anything else goes to {@code
   * parseDouble}, which also throws for what is no number.
   *
   * @throws NumberFormatException when the text is no number
   */
  static double decimal(String text) {
    int length = text.length();
    if (length > 16) {
      return Double.parseDouble(text);
    }
    long digits = 0;
    int count = 0;
    int point = -1;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = digits * 10 + (c - '0');
        count++;
      } else if (c == '.' && point < 0) {
        point = i;
      } else {
        return Double.parseDouble(text);
      }
    }
    if (count == 0 || count > 15) {
      return Double.parseDouble(text);
    }
    int fraction = point < 0 ? 0 : length - point - 1;
    return digits / POWERS_OF_TEN[fraction];
  }

  private static void readControls(
      TsvFile file,
      Map<SubstanceId, Substance.Builder> builders,
      Map<SubstanceId, Named> structures,
      Map<String, String> seen) {
    Optional<String> fileJurisdiction = fileJurisdiction(file.name());
    for (TsvFile.Row row : file.rows()) {
      SubstanceId id =
          knownId(file, row, required(file, row, "substance", "substance id"), builders);
      Jurisdiction jurisdiction = jurisdiction(file, row);
      if (fileJurisdiction.isPresent() && !fileJurisdiction.get().equals(jurisdiction.code())) {
        throw file.error(
            row,
            Problem.BAD_JURISDICTION,
            "a "
                + fileJurisdiction.get()
                + " controls file holds only "
                + fileJurisdiction.get()
                + " controls, not '"
                + jurisdiction.code()
                + "'");
      }
      String schedule = required(file, row, "schedule", "schedule");
      String source = row.get("source");
      if (source.isEmpty()) {
        throw file.error(
            row, Problem.MISSING_SOURCE, "the control of '" + id + "' names no source");
      }
      ControlDate since = date(file, row, "since");
      String key = id + "\t" + jurisdiction.code() + "\t" + schedule + "\t" + since.text();
      String here = file.name() + ":" + row.line();
      String first = seen.putIfAbsent(key, here);
      if (first != null) {
        throw file.error(
            row,
            Problem.DUPLICATE_CONTROL,
            "'"
                + id
                + "' "
                + jurisdiction.code()
                + " "
                + schedule
                + " since '"
                + since.text()
                + "' is already on "
                + first);
      }
      String untilText = row.get("until");
      Optional<ControlDate> until =
          untilText.isEmpty() && row.get("end_instrument").isEmpty()
              ? Optional.empty()
              : Optional.of(
                  untilText.equals(UNKNOWN_END) ? ControlDate.UNKNOWN : date(file, row, "until"));
      // Read before the try below: its own faults are reported as they are, not as BAD_CONTROL.
      ListingScope scope = scope(file, row, builders, structures);
      Control control;
      try {
        control =
            new Control(
                jurisdiction,
                schedule,
                since,
                Instrument.parse(row.get("instrument")),
                until,
                Instrument.parse(row.get("end_instrument")),
                scope,
                source);
      } catch (IllegalArgumentException e) {
        throw file.error(row, Problem.BAD_CONTROL, e.getMessage());
      }
      builders.get(id).addControl(control);
    }
  }

  private static SubstanceId knownId(
      TsvFile file, TsvFile.Row row, String idText, Map<SubstanceId, Substance.Builder> builders) {
    SubstanceId id;
    try {
      id = SubstanceId.of(idText);
    } catch (IllegalArgumentException e) {
      throw file.error(row, Problem.UNKNOWN_SUBSTANCE, "unknown substance id '" + idText + "'");
    }
    if (!builders.containsKey(id)) {
      throw file.error(row, Problem.UNKNOWN_SUBSTANCE, "unknown substance id '" + idText + "'");
    }
    return id;
  }

  private static ControlDate date(TsvFile file, TsvFile.Row row, String column) {
    try {
      return ControlDate.parse(row.get(column));
    } catch (IllegalArgumentException e) {
      throw file.error(row, Problem.BAD_DATE, column + ": " + e.getMessage());
    }
  }

  /**
   * The forms the listing extends to and its named exceptions, each an id of a substance with a
   * structure (its key is what identification compares).
   */
  private static ListingScope scope(
      TsvFile file,
      TsvFile.Row row,
      Map<SubstanceId, Substance.Builder> builders,
      Map<SubstanceId, Named> structures) {
    List<ListedForm> forms = new ArrayList<>();
    for (String text : LIST.split(row.get("extends_to"))) {
      forms.add(
          ListedForm.fromId(text)
              .orElseThrow(
                  () ->
                      file.error(
                          row,
                          Problem.BAD_SCOPE,
                          "extends_to '"
                              + text
                              + "' is not one of isomers, optical-isomers, stereoisomers, esters,"
                              + " ethers, salts")));
    }
    List<Exclusion> exclusions = new ArrayList<>();
    for (String text : LIST.split(row.get("exceptions"))) {
      SubstanceId id = knownId(file, row, text, builders);
      Named excepted = structures.get(id);
      if (excepted == null) {
        throw file.error(
            row,
            Problem.BAD_SCOPE,
            "the excepted substance '" + id + "' has no structure to tell it apart by");
      }
      exclusions.add(new Exclusion(id, excepted.name(), excepted.structure().inchiKey()));
    }
    return ListingScope.of(forms, exclusions);
  }

  /**
   * The jurisdiction a controls file is restricted to by its name ({@code controls-us.tsv}: {@code
   * US}); empty for any other name.
   */
  static Optional<String> fileJurisdiction(String fileName) {
    Matcher m = JURISDICTION_FILE.matcher(fileName);
    return m.matches() ? Optional.of(m.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
  }

  /** Only the canonical spelling is accepted, so that one treaty is never written two ways. */
  private static Jurisdiction jurisdiction(TsvFile file, TsvFile.Row row) {
    String code = required(file, row, "jurisdiction", "jurisdiction");
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
