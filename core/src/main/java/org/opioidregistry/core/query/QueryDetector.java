package org.opioidregistry.core.query;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.opioidregistry.core.mass.MolecularFormula;
import org.opioidregistry.core.mass.SaltFormula;
import org.opioidregistry.core.structure.ParseLimits;

/**
 * Decides what a query text is, cheaply and without a registry, so that a tool can take a
 * structure, an identifier, a formula, a file or a name in one argument.
 *
 * <pre>{@code
 * QueryDetector detector = QueryDetector.standard();
 * detector.detect("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1").kind();  // SMILES
 * detector.detect("437-38-7").kind();                                 // CAS_RN
 * detector.detect("437387").reading().text();                         // "437-38-7"
 * detector.detect("C22H28N2O.HCl").reading().text();                  // "C22H28N2O"
 * detector.detect("U47700").kind();                                   // NAME (a lab code)
 * detector.detect("fentanyl").kind();                                 // NAME
 * }</pre>
 *
 * <p>First the size: a text longer than the {@link ParseLimits} allow (10,000 characters by
 * default, 2,000,000 for a MOL block) is refused with a {@link QueryTooLongException} before any
 * rule looks at it. Then the rules, in the order they are tried; the first that applies wins and
 * its reason is {@link DetectedQuery#reason()}:
 *
 * <ol>
 *   <li>several lines with an {@code M END} line or V2000/V3000 counts line are a MOL block;
 *   <li>a text ending in a structure-file extension ({@code .mol .sdf .sd .smi .smiles .txt}) is a
 *       {@link QueryKind#FILE}, whether or not the file exists (the caller reports a missing one);
 *       so is any other path with a separator that names an existing regular file. A {@link
 *       #textOnly()} detector skips this rule;
 *   <li>{@code InChI=...} is an InChI; 14-10-1 capital letters are an InChIKey; digits in the CAS
 *       form (2–7 digits, 2 digits, 1 digit, hyphenated) are a CAS RN, whatever the check digit (so
 *       that the reader can say that the check digit is wrong);
 *   <li>bare digits: 5 to 10 of them whose last is the CAS check digit of the others are a CAS RN,
 *       read with its hyphens ("437387" → 437-38-7), with {@link QueryKind#NAME} (another code of
 *       that number, such as a PubChem CID) as the alternative, since one number in ten passes the
 *       check by chance; any other digit string is a name or code;
 *   <li>text that CDK reads as SMILES, with hydrogen only in brackets as Daylight SMILES writes it,
 *       is SMILES. A short SMILES of bare letters ("CO", "CN", "NO", "NPP") is ambiguous: it is
 *       taken as SMILES, then {@link QueryKind#FORMULA} (if it also reads as one), then {@link
 *       QueryKind#NAME};
 *   <li>text that is not SMILES but reads as a formula with at least two elements is a formula
 *       ("C22H28N2O", "CO2", "HCl"). A count of 1 written out ("N1CC2") or an element written twice
 *       without any hydrogen is ring-closure SMILES, not a formula; ring-closure digits keep SMILES
 *       such as quinuclidine {@code C1CN2CCC1CC2} on the SMILES side;
 *   <li>formulas joined by dots ("C22H28N2O.HCl", "C22H28N2O·C6H8O7") are a formula with a salt:
 *       read as the parent's formula (the part with the most carbon atoms, see {@link
 *       SaltFormula}), the salt named in the reason; when no part has the most carbon atoms the
 *       detector refuses the text;
 *   <li>up to six letters then two or more digits ("U47700", "AH7921", "MT45", "W18"), not SMILES,
 *       are a lab code typed without its hyphen: a name or code to look up. When every letter is a
 *       SMILES atom ("CC12"), it takes three or more digits, since two may be ring closures;
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
  private static final Pattern BARE_DIGITS = Pattern.compile("\\d+");
  private static final Pattern BARE_LETTERS = Pattern.compile("[A-Za-z]{1,6}");

  /** Letters, an optional space, then digits and an optional letter: "U47700", "W18". */
  private static final Pattern LAB_CODE = Pattern.compile("([A-Za-z]{1,6}) ?(\\d{2,7})[A-Za-z]?");

  /** An element symbol (or bracketed isotope) and its count, as a formula writes them. */
  private static final Pattern FORMULA_TOKEN =
      Pattern.compile("(\\[\\d+[A-Z][a-z]?]|[A-Z][a-z]?)(\\d*)");

  /** Characters that occur in SMILES bonds, branches, rings, brackets and charges, not in codes. */
  private static final String SMILES_SYNTAX = "=#()[]@%/\\+";

  /** Null in a {@link #textOnly()} detector: no text is ever a file. */
  private final Predicate<Path> isRegularFile;

  private final ParseLimits limits;

  private QueryDetector(Predicate<Path> isRegularFile, ParseLimits limits) {
    this.isRegularFile = isRegularFile;
    this.limits = limits;
  }

  /**
   * A detector that looks at the real file system for paths, with the default limits: for a command
   * line, where a user names files. A service that passes on untrusted text wants {@link
   * #textOnly()}.
   */
  public static QueryDetector standard() {
    return new QueryDetector(Files::isRegularFile, ParseLimits.DEFAULT);
  }

  /**
   * A detector that never reads the file system and never detects a {@link QueryKind#FILE}: a
   * path-like text ("seized.sdf", "/etc/passwd") is read by the other rules, which make it a name.
   * For libraries and services, where a query must not open files (issue 11, item 13).
   */
  public static QueryDetector textOnly() {
    return new QueryDetector(null, ParseLimits.DEFAULT);
  }

  /**
   * A detector that asks the given predicate whether a path names a regular file (for tests, or to
   * confine queries to a directory).
   */
  public static QueryDetector withFiles(Predicate<Path> isRegularFile) {
    return new QueryDetector(
        Objects.requireNonNull(isRegularFile, "isRegularFile"), ParseLimits.DEFAULT);
  }

  /** A copy that refuses texts beyond these limits (their character limits apply). */
  public QueryDetector withLimits(ParseLimits limits) {
    return new QueryDetector(isRegularFile, Objects.requireNonNull(limits, "limits"));
  }

  /**
   * What the text is.
   *
   * @param query the query as typed; surrounding whitespace is ignored, except that a MOL block
   *     keeps its first lines
   * @throws QueryTooLongException when the text is longer than the limits, before any parse
   * @throws IllegalArgumentException when the query is empty or blank, or is a formula with a salt
   *     whose parent cannot be told
   */
  public DetectedQuery detect(String query) {
    Objects.requireNonNull(query, "query");
    checkLength(query);
    if (query.isBlank()) {
      throw new IllegalArgumentException("the query is empty");
    }
    if (isMolBlock(query)) {
      return DetectedQuery.of(query, QueryKind.MOL_BLOCK, "several lines with a MOL block's marks");
    }
    String text = query.strip();
    Optional<DetectedQuery> file = asFile(text);
    if (file.isPresent()) {
      return file.get();
    }
    if (text.startsWith("InChI=")) {
      return DetectedQuery.of(text, QueryKind.INCHI, "starts with 'InChI='");
    }
    if (INCHIKEY.matcher(text).matches()) {
      return DetectedQuery.of(text, QueryKind.INCHIKEY, "14-10-1 capital letters");
    }
    if (CAS_RN.matcher(text).matches()) {
      return DetectedQuery.of(
          text,
          QueryKind.CAS_RN,
          casCheckDigitHolds(text.replace("-", ""))
              ? "digits in the CAS RN form"
              : "digits in the CAS RN form, but the check digit is wrong");
    }
    if (BARE_DIGITS.matcher(text).matches()) {
      return bareDigits(text);
    }
    String firstWord = text.split("\\s", 2)[0];
    Optional<MolecularFormula> formula =
        MolecularFormula.tryParse(text).filter(f -> f.elementCount() >= 2 && formulaShaped(text));
    Optional<String> smilesProblem = smilesProblem(firstWord);
    if (smilesProblem.isEmpty()) {
      List<QueryReading> alternatives = new ArrayList<>();
      if (BARE_LETTERS.matcher(text).matches()) {
        formula.ifPresent(
            f ->
                alternatives.add(
                    new QueryReading(
                        QueryKind.FORMULA, f.hill(), "bare element symbols read as a formula")));
        alternatives.add(
            new QueryReading(QueryKind.NAME, text, "a short word of letters may be a code"));
      }
      String reason =
          alternatives.isEmpty()
              ? "CDK reads it as SMILES"
              : "CDK reads it as SMILES; short and of bare letters, so it may be something else";
      return new DetectedQuery(
          text, new QueryReading(QueryKind.SMILES, text, reason), alternatives, Optional.empty());
    }
    if (formula.isPresent()) {
      return DetectedQuery.of(
          text, QueryKind.FORMULA, "not SMILES (" + smilesProblem.get() + "); a formula");
    }
    if (SaltFormula.looksLikeOne(text)) {
      SaltFormula salt = SaltFormula.parse(text);
      return new DetectedQuery(
          text,
          new QueryReading(
              QueryKind.FORMULA,
              salt.parent().hill(),
              "the formula "
                  + salt.parent().hill()
                  + " with "
                  + String.join(" and ", salt.others())
                  + ": the parent is searched, as salts are standardised away"),
          List.of(),
          Optional.empty());
    }
    if (isLabCode(text)) {
      return DetectedQuery.of(
          text, QueryKind.NAME, "letters then digits: a lab code, typed without its hyphen");
    }
    if (!text.equals(firstWord) ? looksLikeSmiles(firstWord) : looksLikeSmiles(text)) {
      String notFormula =
          MolecularFormula.tryParse(text).isPresent()
              ? "; not a formula, as a count of 1 or a repeated element marks ring closures"
              : "";
      return DetectedQuery.of(
          text,
          QueryKind.SMILES,
          "written like SMILES, but CDK cannot read it (" + smilesProblem.get() + ")" + notFormula);
    }
    return DetectedQuery.of(text, QueryKind.NAME, "none of the other forms: a name or code");
  }

  private void checkLength(String query) {
    int length = query.length();
    if (length > limits.maxMolfileCharacters()) {
      throw new QueryTooLongException("query", length, limits.maxMolfileCharacters());
    }
    if (length > limits.maxCharacters() && !isMolBlock(query)) {
      throw new QueryTooLongException(
          query.indexOf('\n') >= 0 ? "query (not a MOL block)" : "one-line query",
          length,
          limits.maxCharacters());
    }
  }

  private static boolean isLabCode(String text) {
    Matcher m = LAB_CODE.matcher(text);
    if (!m.matches()) {
      return false;
    }
    boolean onlyAtoms = m.group(1).chars().allMatch(c -> "BCNOPSFIbcnops".indexOf(c) >= 0);
    return !onlyAtoms || m.group(2).length() >= 3;
  }

  /** Bare digits: a CAS RN when the check digit holds, else a name or code. */
  private static DetectedQuery bareDigits(String text) {
    boolean casLength = text.length() >= 5 && text.length() <= 10;
    if (casLength && casCheckDigitHolds(text)) {
      int n = text.length();
      String cas =
          text.substring(0, n - 3) + "-" + text.substring(n - 3, n - 1) + "-" + text.charAt(n - 1);
      return new DetectedQuery(
          text,
          new QueryReading(QueryKind.CAS_RN, cas, "bare digits with a valid CAS check digit"),
          List.of(
              new QueryReading(
                  QueryKind.NAME, text, "bare digits may be another code, such as a PubChem CID")),
          Optional.empty());
    }
    return DetectedQuery.of(
        text,
        QueryKind.NAME,
        casLength
            ? "bare digits whose last is not their CAS check digit: a code"
            : "bare digits, too few or too many for a CAS RN: a code");
  }

  /** The CAS check: the last digit is the sum of the others weighted 1, 2, 3... from the right. */
  static boolean casCheckDigitHolds(String digits) {
    int sum = 0;
    int n = digits.length() - 1;
    for (int i = 0; i < n; i++) {
      sum += (n - i) * (digits.charAt(i) - '0');
    }
    return sum % 10 == digits.charAt(n) - '0';
  }

  /**
   * True when the text is written as a molecular formula rather than as ring-closure SMILES: no
   * count of 1 written out, and no element written twice unless hydrogen is there too (as in the
   * condensed formula CH3CH2OH).
   */
  static boolean formulaShaped(String text) {
    Matcher m = FORMULA_TOKEN.matcher(text);
    Set<String> seen = new HashSet<>();
    boolean repeated = false;
    boolean hydrogen = false;
    while (m.find()) {
      if (m.group(2).equals("1")) {
        return false;
      }
      String symbol = m.group(1);
      hydrogen |= symbol.equals("H") || symbol.equals("D") || symbol.equals("T");
      repeated |= !seen.add(symbol);
    }
    return !repeated || hydrogen;
  }

  private static boolean isMolBlock(String text) {
    return text.indexOf('\n') >= 0
        && (text.contains("M  END") || text.contains("V2000") || text.contains("V3000"));
  }

  private Optional<DetectedQuery> asFile(String text) {
    if (isRegularFile == null || text.indexOf('\n') >= 0) {
      return Optional.empty();
    }
    Optional<FileFormat> format = FileFormat.forFileName(text);
    if (format.isPresent()) {
      return Optional.of(
          new DetectedQuery(
              text,
              new QueryReading(QueryKind.FILE, text, "ends in " + format.get() + "'s extension"),
              List.of(),
              format));
    }
    boolean pathLike = text.indexOf('/') >= 0 || text.indexOf('\\') >= 0;
    if (pathLike && exists(text)) {
      return Optional.of(
          new DetectedQuery(
              text,
              new QueryReading(QueryKind.FILE, text, "a path to an existing file"),
              List.of(),
              Optional.empty()));
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
   * cheap, without the standardisation and InChI that {@code StructureParser} adds. Empty when the
   * text is SMILES, else what is wrong.
   */
  private static Optional<String> smilesProblem(String text) {
    if (hasBareHydrogen(text)) {
      // CDK accepts "HCl"; Daylight SMILES writes hydrogen only in brackets, and a chemist who
      // types HCl means the formula.
      return Optional.of("hydrogen outside brackets");
    }
    try {
      // A new parser per call: CDK's parser is not documented as thread-safe.
      new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(text);
      return Optional.empty();
    } catch (InvalidSmilesException | RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return Optional.of(message.lines().findFirst().orElse(message).strip());
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
