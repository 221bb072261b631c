package org.opioidregistry.core.query;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.opioidregistry.core.mass.MolecularFormula;

/**
 * Decides what a query text is, cheaply and without a registry, so that a tool can take a
 * structure, an identifier, a formula, a file or a name in one argument.
 *
 * <pre>{@code
 * QueryDetector detector = QueryDetector.standard();
 * detector.detect("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1").kind();  // SMILES
 * detector.detect("437-38-7").kind();                                 // CAS_RN
 * detector.detect("C22H28N2O").kind();                                // FORMULA
 * detector.detect("fentanyl").kind();                                 // NAME
 * }</pre>
 *
 * <p>The rules, in the order they are tried:
 *
 * <ol>
 *   <li>a text ending in a structure-file extension ({@code .mol .sdf .sd .smi .smiles .txt}) is a
 *       {@link QueryKind#FILE}, whether or not the file exists (the caller reports a missing one);
 *       so is any other path with a separator that names an existing regular file;
 *   <li>{@code InChI=...} is an InChI; 14-10-1 capital letters are an InChIKey; digits in the CAS
 *       form (2–7 digits, 2 digits, 1 digit, hyphenated) are a CAS RN;
 *   <li>several lines with an {@code M END} line or V2000/V3000 counts line are a MOL block;
 *   <li>text that CDK reads as SMILES, with hydrogen only in brackets as Daylight SMILES writes it,
 *       is SMILES. A short SMILES of bare letters ("CO", "CN", "NO", "NPP") is ambiguous: it is
 *       taken as SMILES, with {@link QueryKind#FORMULA} (if it also reads as one) and {@link
 *       QueryKind#NAME} as alternatives;
 *   <li>text that is not SMILES but reads as a formula with at least two elements is a formula.
 *       Formulas with a count other than 1 or with hydrogen ("C22H28N2O", "CO2", "HCl") are never
 *       valid SMILES, so they land here, while ring-closure digits keep SMILES such as quinuclidine
 *       {@code C1CN2CCC1CC2} (which also reads as "C7N2") on the SMILES side;
 *   <li>text that is not valid SMILES but is written like SMILES (only SMILES atom letters, or
 *       SMILES bond and ring syntax without the lower-case words of a name) is SMILES, so that the
 *       parser can say what is wrong with it, rather than a name search that finds nothing;
 *   <li>anything else is a name (including codes such as "U-47700" or "4-ANPP").
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class QueryDetector {

  private static final Pattern INCHIKEY = Pattern.compile("[A-Z]{14}-[A-Z]{10}-[A-Z]");
  private static final Pattern CAS_RN = Pattern.compile("\\d{2,7}-\\d{2}-\\d");
  private static final Pattern BARE_LETTERS = Pattern.compile("[A-Za-z]{1,6}");

  /** Characters that occur in SMILES bonds, branches, rings, brackets and charges, not in codes. */
  private static final String SMILES_SYNTAX = "=#()[]@%/\\+";

  private final Predicate<Path> isRegularFile;

  private QueryDetector(Predicate<Path> isRegularFile) {
    this.isRegularFile = isRegularFile;
  }

  /** A detector that looks at the real file system for paths. */
  public static QueryDetector standard() {
    return new QueryDetector(Files::isRegularFile);
  }

  /**
   * A detector that asks the given predicate whether a path names a regular file (for tests, or to
   * confine queries to a directory).
   */
  public static QueryDetector withFiles(Predicate<Path> isRegularFile) {
    return new QueryDetector(Objects.requireNonNull(isRegularFile, "isRegularFile"));
  }

  /**
   * What the text is.
   *
   * @param query the query as typed; surrounding whitespace is ignored, except that a MOL block
   *     keeps its first lines
   * @throws IllegalArgumentException when the query is empty or blank
   */
  public DetectedQuery detect(String query) {
    Objects.requireNonNull(query, "query");
    if (query.isBlank()) {
      throw new IllegalArgumentException("the query is empty");
    }
    if (isMolBlock(query)) {
      return DetectedQuery.of(query, QueryKind.MOL_BLOCK);
    }
    String text = query.strip();
    Optional<DetectedQuery> file = asFile(text);
    if (file.isPresent()) {
      return file.get();
    }
    if (text.startsWith("InChI=")) {
      return DetectedQuery.of(text, QueryKind.INCHI);
    }
    if (INCHIKEY.matcher(text).matches()) {
      return DetectedQuery.of(text, QueryKind.INCHIKEY);
    }
    if (CAS_RN.matcher(text).matches()) {
      return DetectedQuery.of(text, QueryKind.CAS_RN);
    }
    String firstWord = text.split("\\s", 2)[0];
    Optional<MolecularFormula> formula = MolecularFormula.tryParse(text);
    if (parsesAsSmiles(firstWord)) {
      Set<QueryKind> alternatives = EnumSet.noneOf(QueryKind.class);
      if (BARE_LETTERS.matcher(text).matches()) {
        formula
            .filter(f -> f.elementCount() >= 2)
            .ifPresent(f -> alternatives.add(QueryKind.FORMULA));
        alternatives.add(QueryKind.NAME);
      }
      return new DetectedQuery(text, QueryKind.SMILES, alternatives, Optional.empty());
    }
    if (formula.isPresent() && formula.get().elementCount() >= 2) {
      return DetectedQuery.of(text, QueryKind.FORMULA);
    }
    if (!text.equals(firstWord) ? looksLikeSmiles(firstWord) : looksLikeSmiles(text)) {
      return DetectedQuery.of(text, QueryKind.SMILES);
    }
    return DetectedQuery.of(text, QueryKind.NAME);
  }

  private static boolean isMolBlock(String text) {
    return text.indexOf('\n') >= 0
        && (text.contains("M  END") || text.contains("V2000") || text.contains("V3000"));
  }

  private Optional<DetectedQuery> asFile(String text) {
    if (text.indexOf('\n') >= 0) {
      return Optional.empty();
    }
    Optional<FileFormat> format = FileFormat.forFileName(text);
    if (format.isPresent()) {
      return Optional.of(new DetectedQuery(text, QueryKind.FILE, Set.of(), format));
    }
    boolean pathLike = text.indexOf('/') >= 0 || text.indexOf('\\') >= 0;
    if (pathLike && exists(text)) {
      return Optional.of(new DetectedQuery(text, QueryKind.FILE, Set.of(), Optional.empty()));
    }
    return Optional.empty();
  }

  private boolean exists(String text) {
    try {
      return isRegularFile.test(Path.of(text));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * A syntax check with CDK's SMILES parser (ring closures, brackets, valences that kekulise):
   * cheap, without the standardisation and InChI that {@code StructureParser} adds.
   */
  private static boolean parsesAsSmiles(String text) {
    if (hasBareHydrogen(text)) {
      // CDK accepts "HCl"; Daylight SMILES writes hydrogen only in brackets, and a chemist who
      // types HCl means the formula.
      return false;
    }
    try {
      // A new parser per call: CDK's parser is not documented as thread-safe.
      new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(text);
      return true;
    } catch (InvalidSmilesException | RuntimeException e) {
      return false;
    }
  }

  private static boolean hasBareHydrogen(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == 'H' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when an invalid text is still written like SMILES: outside brackets, its letters are
   * SMILES atoms (B C N O P S F Cl Br I, aromatic b c n o p s); or it uses SMILES bond or ring
   * syntax and has at most two letters that are not atoms, none of them lower case (the lower-case
   * words of a name such as "phenyl" never pass).
   */
  static boolean looksLikeSmiles(String text) {
    int unknownUpper = 0;
    boolean syntax = false;
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        depth++;
        syntax = true;
        continue;
      }
      if (c == ']') {
        depth = Math.max(0, depth - 1);
        continue;
      }
      if (depth > 0) {
        continue; // a bracket atom may hold any symbol: the parser judges it
      }
      if (SMILES_SYNTAX.indexOf(c) >= 0) {
        syntax = true;
      } else if (Character.isDigit(c)) {
        syntax |= i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == ')');
      } else if (Character.isLetter(c)) {
        boolean twoLetterHalogen =
            (c == 'l' && i > 0 && text.charAt(i - 1) == 'C')
                || (c == 'r' && i > 0 && text.charAt(i - 1) == 'B');
        if (twoLetterHalogen || "BCNOPSFIbcnops".indexOf(c) >= 0) {
          continue;
        }
        if (Character.isLowerCase(c)) {
          return false;
        }
        unknownUpper++;
      } else if (c != '-' && c != '.' && c != ':' && c != '*' && c != '$') {
        return false;
      }
    }
    return unknownUpper == 0 || (syntax && unknownUpper <= 2);
  }
}
