package org.opioidregistry.core.structure;

import java.io.IOException;
import java.io.StringReader;
import java.util.Objects;
import org.openscience.cdk.config.Elements;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.exception.InvalidSmilesException;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IPseudoAtom;
import org.openscience.cdk.io.IChemObjectReader;
import org.openscience.cdk.io.MDLV2000Reader;
import org.openscience.cdk.io.MDLV3000Reader;

/**
 * Turns text (SMILES, InChI, or a MOL block, V2000 or V3000) into a standardised {@link Structure},
 * detecting which format it was given.
 *
 * <pre>{@code
 * Structure s = StructureParser.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1");
 * Structure t = StructureParser.parse("InChI=1S/C22H28N2O/c1-2-22(25)...");
 * }</pre>
 *
 * <p>Text longer than the {@link ParseLimits} allow, or a structure with too many atoms, is refused
 * before the expensive steps, so that no input can keep a caller busy for long. Every failure is a
 * {@link StructureParseException} that names the format, the reason and, where known, the position.
 *
 * <p>Stateless and thread-safe.
 */
public final class StructureParser {

  private StructureParser() {}

  /**
   * Parses and standardises a structure with the {@link ParseLimits#DEFAULT default limits}.
   *
   * @param text SMILES (optionally followed by whitespace and a title), InChI, or a MOL block
   * @return the standardised structure
   * @throws StructureParseException when the text is empty, too large, or not a valid structure
   */
  public static Structure parse(String text) {
    return parse(text, ParseLimits.DEFAULT);
  }

  /**
   * Parses and standardises a structure within the given limits.
   *
   * @param text SMILES, InChI, or a MOL block
   * @param limits the size limits to enforce
   * @return the standardised structure
   * @throws StructureParseException when the text is empty, too large, or not a valid structure
   */
  public static Structure parse(String text, ParseLimits limits) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(limits, "limits");
    InputFormat format = InputFormat.detect(text);
    return parse(text, format, limits);
  }

  /**
   * Parses text that the caller knows to be of the given format.
   *
   * @throws StructureParseException when the text is empty, too large, or not a valid structure
   */
  public static Structure parse(String text, InputFormat format, ParseLimits limits) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(limits, "limits");
    if (text.isBlank()) {
      throw StructureParseException.of(
          format, StructureParseException.Reason.EMPTY, "the input is empty", text);
    }
    int maxCharacters = limits.maxCharactersFor(format);
    if (text.length() > maxCharacters) {
      throw StructureParseException.of(
          format,
          StructureParseException.Reason.TOO_LONG,
          "the input has "
              + text.length()
              + " characters; the limit is "
              + maxCharacters
              + " (see ParseLimits)",
          text);
    }
    SizePrecheck.check(text, format, limits);
    try {
      MolfileLayout layout =
          format == InputFormat.MOLFILE ? MolfileLayout.check(text, limits) : null;
      IAtomContainer graph =
          switch (format) {
            case SMILES -> readSmiles(text.strip());
            case INCHI -> InchiSupport.parse(text.strip());
            case MOLFILE -> readMolfile(text, layout);
          };
      checkAtomCount(graph, format, text, limits);
      GraphCheck.check(graph, format, text, layout == null ? i -> -1 : layout::lineOfAtom);
      return Structure.build(graph, text, format);
    } catch (StackOverflowError e) {
      // CDK's SMILES parser and ring perception recurse per atom; the limits above keep a
      // default (1 MB) thread stack far from its end, so this is a caller's small stack meeting
      // an input near the limits. It concerns this input only: the stack has unwound here.
      throw StructureParseException.of(
              format,
              StructureParseException.Reason.TOO_COMPLEX,
              "the structure is too deeply nested for this thread's stack; use smaller limits"
                  + " or a thread with a larger stack",
              text)
          .withCause(e);
    }
  }

  private static IAtomContainer readSmiles(String smiles) {
    int end = endOfSmiles(smiles);
    char last = smiles.charAt(end - 1);
    if ("-=#$:/\\.(".indexOf(last) >= 0) {
      throw StructureParseException.at(
          InputFormat.SMILES,
          StructureParseException.Reason.SYNTAX,
          "the SMILES ends with '" + last + "': it looks truncated",
          smiles,
          end - 1);
    }
    IAtomContainer graph;
    try {
      graph = CdkSupport.smilesParser().parseSmiles(smiles);
    } catch (InvalidSmilesException e) {
      throw fromCdkSmilesError(e, smiles);
    } catch (RuntimeException e) {
      // CDK's parser is not guaranteed to fail only with its checked exception on odd input.
      throw StructureParseException.of(
              InputFormat.SMILES,
              StructureParseException.Reason.SYNTAX,
              "CDK could not read it (" + e + ")",
              smiles)
          .withCause(e);
    }
    for (IAtom atom : graph.atoms()) {
      if (isUnknownElement(atom)) {
        int position = positionOfUnknownAtom(smiles, end);
        throw StructureParseException.at(
            InputFormat.SMILES,
            StructureParseException.Reason.UNKNOWN_ELEMENT,
            "'" + symbolAt(smiles, position, end) + "' is not a chemical element",
            smiles,
            position);
      }
    }
    return graph;
  }

  /** The SMILES proper ends at the first whitespace; a title may follow. */
  private static int endOfSmiles(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return text.length();
  }

  private static StructureParseException fromCdkSmilesError(
      InvalidSmilesException e, String smiles) {
    // CDK's message: "could not parse 'X', <reason>:\n<X>\n<spaces>^"
    String message = e.getMessage() == null ? "" : e.getMessage();
    String[] lines = message.split("\n");
    int position = -1;
    if (lines.length >= 3 && lines[lines.length - 1].strip().equals("^")) {
      position = lines[lines.length - 1].indexOf('^');
    }
    String detail = lines[0];
    int comma = detail.indexOf("', ");
    if (detail.startsWith("could not parse '") && comma > 0) {
      detail = detail.substring(comma + 3);
    }
    if (detail.endsWith(":")) {
      detail = detail.substring(0, detail.length() - 1);
    }
    StructureParseException.Reason reason =
        detail.contains("kekul")
            ? StructureParseException.Reason.INVALID_STRUCTURE
            : StructureParseException.Reason.SYNTAX;
    return StructureParseException.at(InputFormat.SMILES, reason, detail, smiles, position)
        .withCause(e);
  }

  private static boolean isUnknownElement(IAtom atom) {
    Integer z = atom.getAtomicNumber();
    return atom instanceof IPseudoAtom || z == null || z == 0;
  }

  /** Position of the first '*' or bracket atom whose symbol is not an element. */
  private static int positionOfUnknownAtom(String smiles, int end) {
    for (int i = 0; i < end; i++) {
      char c = smiles.charAt(i);
      if (c == '*') {
        return i;
      }
      if (c == '[') {
        int j = i + 1;
        while (j < end && Character.isDigit(smiles.charAt(j))) {
          j++;
        }
        int k = j;
        while (k < end && Character.isLetter(smiles.charAt(k)) && k - j < 3) {
          k++;
        }
        if (!isElementPrefix(smiles.substring(j, k))) {
          return j;
        }
      }
    }
    return -1;
  }

  /** The atom symbol as written at a position found by {@link #positionOfUnknownAtom}. */
  private static String symbolAt(String smiles, int position, int end) {
    if (position < 0) {
      return "?";
    }
    int to = position + 1;
    while (to < end && Character.isLetter(smiles.charAt(to)) && to - position < 3) {
      to++;
    }
    return smiles.substring(position, to);
  }

  /** True when the letters start with an element symbol (aromatic lower-case forms included). */
  private static boolean isElementPrefix(String letters) {
    if (letters.isEmpty()) {
      return false;
    }
    String capitalised = Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
    for (int length = Math.min(2, capitalised.length()); length >= 1; length--) {
      String symbol = capitalised.substring(0, length);
      if (Elements.ofString(symbol) != Elements.Unknown && !symbol.equals("R")) {
        return true;
      }
    }
    return false;
  }

  private static IAtomContainer readMolfile(String text, MolfileLayout layout) {
    IAtomContainer graph;
    try (IChemObjectReader reader =
        layout.isV3000()
            ? new MDLV3000Reader(new StringReader(text))
            : new MDLV2000Reader(new StringReader(text), IChemObjectReader.Mode.RELAXED)) {
      graph = readOne(reader);
    } catch (CDKException | IOException | RuntimeException e) {
      throw StructureParseException.of(
              InputFormat.MOLFILE,
              StructureParseException.Reason.SYNTAX,
              "CDK could not read it (" + e.getMessage() + ")",
              text)
          .withCause(e);
    }
    int index = 0;
    for (IAtom atom : graph.atoms()) {
      if (isUnknownElement(atom)) {
        throw StructureParseException.atLine(
            InputFormat.MOLFILE,
            StructureParseException.Reason.UNKNOWN_ELEMENT,
            "'"
                + layout.symbolOfAtom(text, index).orElse(atom.getSymbol())
                + "' is not a chemical element",
            text,
            layout.lineOfAtom(index));
      }
      index++;
    }
    return graph;
  }

  private static IAtomContainer readOne(IChemObjectReader reader) throws CDKException {
    if (reader instanceof MDLV3000Reader v3000) {
      return v3000.read(CdkSupport.BUILDER.newAtomContainer());
    }
    return ((MDLV2000Reader) reader).read(CdkSupport.BUILDER.newAtomContainer());
  }

  private static void checkAtomCount(
      IAtomContainer graph, InputFormat format, String text, ParseLimits limits) {
    int atoms = graph.getAtomCount();
    for (IAtom atom : graph.atoms()) {
      Integer h = atom.getImplicitHydrogenCount();
      atoms += h == null ? 0 : h;
    }
    if (atoms > limits.maxAtoms()) {
      throw StructureParseException.of(
          format,
          StructureParseException.Reason.TOO_MANY_ATOMS,
          "the structure has " + atoms + " atoms; the limit is " + limits.maxAtoms(),
          text);
    }
  }
}
