package org.opioidregistry.core.structure;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A structure's identity keys in layers, each blind to one more kind of difference. Two structures
 * are compared by {@link #sharedLayer}; a store looks each layer up in its own map.
 *
 * <pre>{@code
 * IdentityKeys fentanyl = StructureParser.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1").identityKeys();
 * IdentityKeys enol = StructureParser.parse("CC=C(O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1").identityKeys();
 * enol.sharedLayer(fentanyl);   // TAUTOMER_INSENSITIVE
 * }</pre>
 *
 * <p>What each key is, so that anyone with the IUPAC InChI software can recompute it:
 *
 * <ul>
 *   <li>{@code formula}: the Hill formula of the parent, isotopes written (D, T, [13C]).
 *   <li>{@code connectivity}: the first block of the standard InChIKey (formula, connections and
 *       hydrogens; no stereo, no isotopes).
 *   <li>{@code tautomer}: the first block of the non-standard InChIKey computed with the InChI
 *       options {@code KET} (keto-enol) and {@code 15T} (1,5-shifts), after the few rewrites of
 *       {@code TautomerRules} that InChI does not make (enols of methyl ketones and conjugated
 *       dienols to their ketones, an exocyclic enamine on an amidine carbon to the imine).
 *   <li>{@code stereoInsensitive}: the standard InChI without its stereo layers ({@code /b /t /m
 *       /s}, also within the isotopic layer).
 *   <li>{@code isotopeInsensitive}: the standard InChI without its isotopic layer ({@code /i} and
 *       everything after it).
 *   <li>{@code full}: the standard InChIKey.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param formula Hill formula
 * @param connectivity first block of the standard InChIKey
 * @param tautomer first block of the KET/15T InChIKey of the canonicalised tautomer
 * @param stereoInsensitive standard InChI without stereo layers
 * @param isotopeInsensitive standard InChI without isotopic layers
 * @param full standard InChIKey
 */
public record IdentityKeys(
    String formula,
    String connectivity,
    String tautomer,
    String stereoInsensitive,
    String isotopeInsensitive,
    String full) {

  /**
   * The first block of an InChIKey. Compiled once: every start restores the keys of every bundled
   * structure, and {@code String.matches} compiles its pattern on every call.
   */
  private static final Pattern KEY_BLOCK = Pattern.compile("[A-Z]{14}");

  /** A whole standard InChIKey (also checked by {@link Structure}). */
  static final Pattern INCHIKEY = Pattern.compile("[A-Z]{14}-[A-Z]{10}-[A-Z]");

  /** Checks for nulls and for InChIKey-shaped key blocks. */
  public IdentityKeys {
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(stereoInsensitive, "stereoInsensitive");
    Objects.requireNonNull(isotopeInsensitive, "isotopeInsensitive");
    if (connectivity == null || !KEY_BLOCK.matcher(connectivity).matches()) {
      throw new IllegalArgumentException("not an InChIKey first block: " + connectivity);
    }
    if (tautomer == null || !KEY_BLOCK.matcher(tautomer).matches()) {
      throw new IllegalArgumentException("not an InChIKey first block: " + tautomer);
    }
    if (full == null || !INCHIKEY.matcher(full).matches()) {
      throw new IllegalArgumentException("not an InChIKey: " + full);
    }
  }

  /**
   * The finest layer whose key this structure shares with {@code other}. The one place that decides
   * whether two structures are the same, stereoisomers, isotope variants or tautomers.
   *
   * <p>Stereo-insensitive is asked before isotope-insensitive; the two are equal together only when
   * the full keys are.
   */
  public IdentityLayer sharedLayer(IdentityKeys other) {
    Objects.requireNonNull(other, "other");
    if (full.equals(other.full)) {
      return IdentityLayer.FULL;
    }
    if (stereoInsensitive.equals(other.stereoInsensitive)) {
      return IdentityLayer.STEREO_INSENSITIVE;
    }
    if (isotopeInsensitive.equals(other.isotopeInsensitive)) {
      return IdentityLayer.ISOTOPE_INSENSITIVE;
    }
    if (connectivity.equals(other.connectivity)) {
      return IdentityLayer.CONNECTIVITY;
    }
    if (tautomer.equals(other.tautomer)) {
      return IdentityLayer.TAUTOMER_INSENSITIVE;
    }
    if (formula.equals(other.formula)) {
      return IdentityLayer.FORMULA;
    }
    return IdentityLayer.NONE;
  }

  /** The key of one layer ({@link IdentityLayer#NONE} has none and throws). */
  public String key(IdentityLayer layer) {
    return switch (layer) {
      case FULL -> full;
      case STEREO_INSENSITIVE -> stereoInsensitive;
      case ISOTOPE_INSENSITIVE -> isotopeInsensitive;
      case CONNECTIVITY -> connectivity;
      case TAUTOMER_INSENSITIVE -> tautomer;
      case FORMULA -> formula;
      case NONE -> throw new IllegalArgumentException("the NONE layer has no key");
    };
  }

  /** Derives the stereo- and isotope-insensitive keys from a standard InChI. */
  static IdentityKeys of(String formula, String inchi, String inchiKey, String tautomerBlock) {
    return new IdentityKeys(
        formula,
        inchiKey.substring(0, 14),
        tautomerBlock,
        withoutStereo(inchi),
        withoutIsotopes(inchi),
        inchiKey);
  }

  /** The InChI without its stereo layers, wherever they are (main or isotopic). */
  static String withoutStereo(String inchi) {
    String[] layers = inchi.split("/", -1);
    StringBuilder out = new StringBuilder(layers[0]);
    for (int i = 1; i < layers.length; i++) {
      String layer = layers[i];
      char prefix = layer.isEmpty() ? ' ' : layer.charAt(0);
      boolean stereo = i > 1 && (prefix == 'b' || prefix == 't' || prefix == 'm' || prefix == 's');
      if (!stereo) {
        out.append('/').append(layer);
      }
    }
    return out.toString();
  }

  /** The InChI up to (not including) its isotopic layer. */
  static String withoutIsotopes(String inchi) {
    int at = inchi.indexOf("/i");
    return at < 0 ? inchi : inchi.substring(0, at);
  }
}
