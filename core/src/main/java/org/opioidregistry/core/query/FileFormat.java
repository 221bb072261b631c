package org.opioidregistry.core.query;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of structure file a query may name, told apart by the file name's extension.
 *
 * <p>Immutable and thread-safe.
 */
public enum FileFormat {
  /** One MOL block ({@code .mol}). */
  MOLFILE(".mol"),
  /** An SD file: MOL blocks separated by {@code $$$$} ({@code .sdf}, {@code .sd}). */
  SDF(".sdf", ".sd"),
  /** One SMILES per line, optionally followed by whitespace and a title ({@code .smi}...). */
  SMILES(".smi", ".smiles", ".txt", ".ism", ".can");

  private final String[] extensions;

  FileFormat(String... extensions) {
    this.extensions = extensions;
  }

  /**
   * The format a file name's extension announces (case-insensitive), or empty for another
   * extension.
   */
  public static Optional<FileFormat> forFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (FileFormat format : values()) {
      for (String extension : format.extensions) {
        if (lower.endsWith(extension) && lower.length() > extension.length()) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Guesses the format of a file with no telling extension from its first lines: a MOL block or SD
   * file has a {@code M END} line or a V2000/V3000 counts line; anything else is read as SMILES
   * lines.
   *
   * @param head the first few kilobytes of the file
   */
  public static FileFormat sniff(String head) {
    boolean molBlock = head.contains("M  END") || head.contains("V2000") || head.contains("V3000");
    if (!molBlock) {
      return SMILES;
    }
    return head.contains("$$$$") ? SDF : MOLFILE;
  }
}
