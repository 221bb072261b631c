package org.opioidregistry.data;

import java.util.Objects;

/**
 * A reference data file is malformed: names the file, the line and the reason, e.g. {@code
 * controls.tsv:17: unknown substance id 'fentanil'}. Loading stops at the first bad line, so that
 * no partly loaded data set is ever handed out.
 *
 * <p>Unchecked, like {@link IllegalArgumentException}, because a bad file is bad input, not a
 * failure of the library. Immutable and thread-safe.
 */
public final class DataFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with the line: a stable identity for tests and for tools that fix files. */
  public enum Problem {
    /**
     * A line is longer than {@link org.opioidregistry.core.io.BoundedLineReader#DEFAULT_MAX_LINE}
     * characters; it was refused before being held in memory.
     */
    LINE_TOO_LONG,
    /** The file has no header line, or its header is not the expected list of columns. */
    HEADER,
    /** The line has more or fewer tab-separated columns than the header. */
    COLUMN_COUNT,
    /** A required value is blank. */
    MISSING_VALUE,
    /** The substance id is not lower-case hyphenated words. */
    BAD_ID,
    /** The id is used by an earlier line. */
    DUPLICATE_ID,
    /** A code is not {@code type:value} with a known type, or fails its check (CAS check digit). */
    BAD_CODE,
    /** The SMILES cannot be parsed. */
    BAD_STRUCTURE,
    /** The SMILES describes a salt or a mixture; the file must hold the parent structure. */
    NOT_PARENT,
    /** The stated InChIKey differs from the one computed from the structure. */
    INCHIKEY_MISMATCH,
    /** The stated formula differs from the one computed from the structure. */
    FORMULA_MISMATCH,
    /** The stated monoisotopic mass differs from the computed one by more than the tolerance. */
    MASS_MISMATCH,
    /** A number cannot be read. */
    BAD_NUMBER,
    /** The structure's InChIKey is already used by another substance. */
    DUPLICATE_INCHIKEY,
    /** The class id is not one of {@code SubstanceClass}. */
    BAD_CLASS,
    /** The row names no source. */
    MISSING_SOURCE,
    /** A control names a substance id that the substances file does not define. */
    UNKNOWN_SUBSTANCE,
    /**
     * The jurisdiction is not {@code UN-1961}, {@code UN-1971}, {@code UN-1988} or a country code.
     */
    BAD_JURISDICTION,
    /** The same substance, jurisdiction, schedule and start appear on an earlier line. */
    DUPLICATE_CONTROL,
    /** A substance without SMILES states an InChIKey, formula or mass. */
    NO_STRUCTURE,
    /** The check columns are malformed, or do not fit the substance. */
    BAD_CHECK,
    /** The cited record's InChIKey does not agree with the structure. */
    CHECK_MISMATCH,
    /** A date is not a calendar day, month, year or period. */
    BAD_DATE,
    /** The listing's {@code extends_to} or {@code exceptions} cannot be read. */
    BAD_SCOPE,
    /** The control's parts contradict each other (e.g. it ends before it begins). */
    BAD_CONTROL
  }

  private final String fileName;
  private final int line;
  private final Problem problem;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param fileName the file's name as given to the reader, e.g. {@code controls.tsv}
   * @param line the 1-based line number
   * @param problem what kind of fault
   * @param detail the reason in words, e.g. {@code unknown substance id 'fentanil'}
   */
  public DataFileException(String fileName, int line, Problem problem, String detail) {
    super(fileName + ":" + line + ": " + detail);
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.line = line;
    this.problem = Objects.requireNonNull(problem, "problem");
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /** The name of the file, as given to the reader. */
  public String fileName() {
    return fileName;
  }

  /** The 1-based number of the bad line. */
  public int line() {
    return line;
  }

  /** The kind of fault. */
  public Problem problem() {
    return problem;
  }

  /** The reason in words, without file and line. */
  public String detail() {
    return detail;
  }
}
