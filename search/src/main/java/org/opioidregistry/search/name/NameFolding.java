package org.opioidregistry.search.name;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds a chemical name to the compact key under which its spellings meet: "para-Fluoro butyryl
 * fentanyl", "p-fluorobutyrylfentanyl" and "4-Fluorobutyrylfentanyl HCl" all fold to {@code
 * 4fluorobutyrylfentanyl}.
 *
 * <ol>
 *   <li>Greek letters become their names (α → alpha), then case and accents are folded. The
 *       one-letter stand-ins that keyboards without Greek use, {@code a-}, {@code b-} and {@code
 *       g-} before a word ("a-methylfentanyl", "b-hydroxythiofentanyl"), are read as alpha, beta
 *       and gamma: in a substance name a lone letter a, b or g before a hyphen is never a locant or
 *       an element, and read as a letter it would fold "a-methylfentanyl" to one edit from
 *       "3-methylfentanyl", another substance.
 *   <li>Stereo descriptors ((±), (R), (2S,3R), cis, trans, rac) are dropped: a name of one isomer
 *       should find the listing of the substance.
 *   <li>Salt and hydrate words (hydrochloride, HCl, citrate...) are dropped, unless nothing else is
 *       left.
 *   <li>Locant words become digits: para/p → 4, meta/m → 3, ortho/o → 2 before a substituent.
 *   <li>Everything but letters and digits is removed: spaces, hyphens, brackets, commas, primes.
 * </ol>
 *
 * The same folding runs at index and at query time, so a rule that maps two different names to one
 * key (O-desmethyl and ortho-desmethyl) only widens a match; it never loses one.
 *
 * <p>Stateless and thread-safe.
 */
public final class NameFolding {

  private static final Map<Character, String> GREEK =
      ImmutableMap.<Character, String>builder()
          .put('α', "alpha")
          .put('β', "beta")
          .put('γ', "gamma")
          .put('δ', "delta")
          .put('ε', "epsilon")
          .put('κ', "kappa")
          .put('λ', "lambda")
          .put('μ', "mu")
          .put('µ', "mu")
          .put('ω', "omega")
          .put('σ', "sigma")
          .put('Α', "alpha")
          .put('Β', "beta")
          .put('Γ', "gamma")
          .put('Δ', "delta")
          .put('Ω', "omega")
          .buildOrThrow();

  private static final Set<String> SALT_WORDS =
      ImmutableSet.of(
          "hydrochloride",
          "dihydrochloride",
          "hcl",
          "2hcl",
          "hydrobromide",
          "hbr",
          "hydroiodide",
          "citrate",
          "oxalate",
          "fumarate",
          "maleate",
          "tartrate",
          "bitartrate",
          "sulfate",
          "sulphate",
          "phosphate",
          "mesylate",
          "tosylate",
          "besylate",
          "acetate",
          "trifluoroacetate",
          "salt",
          "base",
          "freebase",
          "monohydrate",
          "dihydrate",
          "hydrate",
          "solution");

  private static final Set<String> STEREO_WORDS =
      ImmutableSet.of("cis", "trans", "rac", "racemic", "dl", "levo", "dextro");

  private static final Pattern SALT_OR_STEREO_WORD =
      Pattern.compile(
          "(?<![a-z0-9])(?:"
              + String.join("|", SALT_WORDS)
              + "|"
              + String.join("|", STEREO_WORDS)
              + ")(?![a-z0-9])");

  /** "a-", "b-", "g-" before a word: alpha, beta, gamma typed without Greek letters. */
  private static final Pattern GREEK_STAND_IN =
      Pattern.compile("(?<![a-z0-9])([abg])\\s*-\\s*(?=[a-z])");

  /**
   * The parts of a folded name that a typo must not change: each digit (locants, codes), each Greek
   * letter, each heteroatom locant (N-, O-, S-, N,N-, N'-).
   */
  private static final Pattern MARKER =
      Pattern.compile(
          "[0-9]|alpha|beta|gamma|delta|epsilon|kappa|lambda|sigma|omega"
              + "|(?<![a-z0-9])[nos](?=\\s*[-,'\u2032])");

  /** "d-" or "l-" at the start of a name: the old optical-rotation prefixes. */
  private static final Pattern LEADING_D_OR_L = Pattern.compile("^\s*[dl]\s*-\s*(?=[a-z])");

  /** Parenthesised stereo descriptors: (±), (+), (-), (R), (2S,3R), (E), (R*,R*), (+/-)... */
  private static final Pattern STEREO_PARENTHESES =
      Pattern.compile("[(\\[](?:[+\\-±]|\\+/-|rac|[0-9rsez*,\\s]+)[)\\]]");

  /** A locant word standing alone before a substituent: "para-fluoro", "p fluoro", "o-methyl". */
  private static final Pattern LOCANT_WORD =
      Pattern.compile("(?<![a-z0-9])(para|meta|ortho|p|m|o)(?:\\s*-\\s*|\\s+)(?=[a-z])");

  /** A locant fused to a substituent: "parafluoro", "orthomethyl". */
  private static final Pattern LOCANT_PREFIX =
      Pattern.compile(
          "(?<![a-z0-9])(para|meta|ortho)(?=(?:fluor|chlor|brom|iod|methyl|methoxy|ethyl|ethoxy"
              + "|nitro|amino|hydroxy))");

  private static final Pattern WORD_SEPARATOR = Pattern.compile("[^a-z0-9]+");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  private NameFolding() {}

  /**
   * Folds a name.
   *
   * @param name any text
   * @return the folded key: lower-case ASCII letters and digits only; empty if nothing is left
   */
  public static String fold(String name) {
    return NOT_ALPHANUMERIC.matcher(separated(name)).replaceAll("");
  }

  /**
   * The spelling-critical parts of a name, in order: each digit, each Greek letter (spelt out) and
   * each heteroatom locant letter ({@code n}, {@code o}, {@code s} before a hyphen, comma or
   * prime), after the same folding as {@link #fold}. "para-fluoro-β-hydroxyfentanyl" gives [4,
   * beta]; "N,N-diethyl-2-..." gives [n, n, 2]. Two spellings of one name give the same markers; a
   * typo that changes them turns one substance's name into another's (3- into 4-methylfentanyl,
   * alpha- into beta-, U-47700 into U-47701), so name search never accepts it as a typo.
   *
   * @param name any text
   * @return the markers, possibly none; an unmodifiable list
   */
  public static List<String> markers(String name) {
    Matcher m = MARKER.matcher(separated(name));
    List<String> markers = new ArrayList<>();
    while (m.find()) {
      markers.add(m.group());
    }
    return List.copyOf(markers);
  }

  /** Every folding step but the last: separators are still there to tell a locant letter. */
  private static String separated(String name) {
    String s = words(name);
    s = GREEK_STAND_IN.matcher(s).replaceAll(m -> greekName(m.group(1)));
    s = STEREO_PARENTHESES.matcher(s).replaceAll(" ");
    s = dropWords(s);
    s = replaceLocants(LOCANT_WORD.matcher(s));
    return replaceLocants(LOCANT_PREFIX.matcher(s));
  }

  private static String greekName(String letter) {
    return switch (letter) {
      case "a" -> "alpha-";
      case "b" -> "beta-";
      default -> "gamma-";
    };
  }

  /** Greek letters spelt out, lower case, accents removed; separators kept. */
  static String words(String name) {
    StringBuilder spelt = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      String greek = GREEK.get(c);
      spelt.append(greek != null ? greek : String.valueOf(c));
    }
    String lower = spelt.toString().toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
    return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('ß', 's');
  }

  /** Drops salt and stereo words, unless that would leave nothing. */
  private static String dropWords(String s) {
    String dropped = SALT_OR_STEREO_WORD.matcher(s).replaceAll(" ");
    dropped = LEADING_D_OR_L.matcher(dropped).replaceAll("");
    return NOT_ALPHANUMERIC.matcher(dropped).replaceAll("").isEmpty() ? s : dropped;
  }

  private static String replaceLocants(Matcher matcher) {
    return matcher.replaceAll(
        m ->
            switch (m.group(1)) {
              case "para", "p" -> "4-";
              case "meta", "m" -> "3-";
              default -> "2-";
            });
  }
}
