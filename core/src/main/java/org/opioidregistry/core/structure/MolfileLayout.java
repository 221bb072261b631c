package org.opioidregistry.core.structure;

/**
 * Checks the fixed layout of a V2000 MOL block (header, counts line, atom and bond lines) before
 * CDK reads it, so that a malformed block is reported with the line that is wrong rather than
 * misread: CDK's relaxed reader guesses its way past some errors, and its strict one names no line.
 */
final class MolfileLayout {

  private static final int HEADER_LINES = 3;

  private final boolean v3000;
  private final int firstAtomLine;

  private MolfileLayout(boolean v3000, int firstAtomLine) {
    this.v3000 = v3000;
    this.firstAtomLine = firstAtomLine;
  }

  boolean isV3000() {
    return v3000;
  }

  /** One-based line of the atom with the given zero-based index (V2000 only; else -1). */
  int lineOfAtom(int index) {
    return v3000 ? -1 : firstAtomLine + index;
  }

  /**
   * The element symbol as written on a V2000 atom line (CDK's relaxed reader turns an unknown one
   * into an "R" pseudo-atom, which would be a confusing thing to report).
   */
  java.util.Optional<String> symbolOfAtom(String text, int index) {
    if (v3000) {
      return java.util.Optional.empty();
    }
    String[] lines = text.split("\r?\n", -1);
    int line = lineOfAtom(index) - 1;
    if (line < 0 || line >= lines.length) {
      return java.util.Optional.empty();
    }
    String[] parts = lines[line].strip().split("\\s+");
    return parts.length >= 4 ? java.util.Optional.of(parts[3]) : java.util.Optional.empty();
  }

  static MolfileLayout check(String text, ParseLimits limits) {
    String[] lines = text.split("\r?\n", -1);
    if (lines.length <= HEADER_LINES) {
      throw error(lines.length, "a MOL block needs three header lines and a counts line", text);
    }
    String counts = lines[HEADER_LINES];
    if (counts.contains("V3000")) {
      return new MolfileLayout(true, -1);
    }
    int atoms = field(counts, 0, 3);
    int bonds = field(counts, 3, 6);
    if (atoms < 0 || bonds < 0) {
      throw error(
          HEADER_LINES + 1,
          "the counts line must start with the atom and bond counts in columns 1-6 (aaabbb),"
              + " found '"
              + counts.strip()
              + "'",
          text);
    }
    if (atoms > limits.maxAtoms()) {
      throw StructureParseException.atLine(
          InputFormat.MOLFILE,
          StructureParseException.Reason.TOO_MANY_ATOMS,
          "the counts line declares " + atoms + " atoms; the limit is " + limits.maxAtoms(),
          text,
          HEADER_LINES + 1);
    }
    int line = HEADER_LINES + 1;
    for (int i = 0; i < atoms; i++) {
      if (line >= lines.length || !isAtomLine(lines[line])) {
        throw error(
            line + 1,
            "expected atom line "
                + (i + 1)
                + " of "
                + atoms
                + " (x y z symbol), found '"
                + (line < lines.length ? lines[line].strip() : "end of input")
                + "'",
            text);
      }
      line++;
    }
    for (int i = 0; i < bonds; i++) {
      if (line >= lines.length || !isBondLine(lines[line], atoms)) {
        throw error(
            line + 1,
            "expected bond line "
                + (i + 1)
                + " of "
                + bonds
                + " (atom atom order, atoms 1-"
                + atoms
                + "), found '"
                + (line < lines.length ? lines[line].strip() : "end of input")
                + "'",
            text);
      }
      String queryBond = queryBondType(field(lines[line], 6, 9));
      if (queryBond != null) {
        throw error(
            line + 1,
            "bond line "
                + (i + 1)
                + " has "
                + queryBond
                + ": a structure to identify needs definite bonds (types 1-4)",
            text);
      }
      line++;
    }
    boolean ended = false;
    for (int i = line; i < lines.length && !ended; i++) {
      ended = lines[i].startsWith("M  END");
    }
    if (!ended) {
      throw error(lines.length, "no 'M  END' line after the bond block", text);
    }
    return new MolfileLayout(false, HEADER_LINES + 2);
  }

  private static boolean isAtomLine(String line) {
    String[] parts = line.strip().split("\\s+");
    if (parts.length < 4) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      try {
        Double.parseDouble(parts[i]);
      } catch (NumberFormatException e) {
        return false;
      }
      if (!parts[i].contains(".")) {
        return false; // coordinates are written with decimals; integers are bond lines
      }
    }
    return Character.isLetter(parts[3].charAt(0)) || parts[3].charAt(0) == '*';
  }

  private static boolean isBondLine(String line, int atoms) {
    int first = field(line, 0, 3);
    int second = field(line, 3, 6);
    int order = field(line, 6, 9);
    return first >= 1 && first <= atoms && second >= 1 && second <= atoms && order >= 1;
  }

  /** What an MDL bond type other than 1-4 means, or null for a definite bond. */
  private static String queryBondType(int order) {
    return switch (order) {
      case 1, 2, 3, 4 -> null;
      case 5 -> "query bond type 5 (single or double)";
      case 6 -> "query bond type 6 (single or aromatic)";
      case 7 -> "query bond type 7 (double or aromatic)";
      case 8 -> "query bond type 8 (any)";
      default -> "bond type " + order + ", which the MDL format does not define";
    };
  }

  /** The non-negative integer in the given columns, or -1. */
  private static int field(String line, int from, int to) {
    if (line.length() < to) {
      if (line.length() <= from) {
        return -1;
      }
      to = line.length();
    }
    String value = line.substring(from, to).strip();
    if (value.isEmpty()) {
      return -1;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static StructureParseException error(int line, String detail, String text) {
    return StructureParseException.atLine(
        InputFormat.MOLFILE, StructureParseException.Reason.SYNTAX, detail, text, line);
  }
}
