package org.opioidregistry.cli;

/**
 * The command's exit codes, which scripts branch on.
 *
 * <p>Immutable and thread-safe.
 */
public enum ExitCode {
  /** Something listed, covered or similar (or a name, formula or mass match) was found. */
  FOUND(0),
  /** Every query was read, and nothing was found. */
  NOTHING_FOUND(1),
  /** The command line was wrong (unknown option, missing query...). */
  USAGE(2),
  /**
   * At least one query or record could not be read. In a batch the others were still processed and
   * reported; this code wins over the others, because the answer is incomplete.
   */
  BAD_INPUT(3),
  /**
   * The command could not do its work for another reason (a file that cannot be read, a registry
   * that cannot be opened, a feature this build does not have yet, a bug).
   */
  FAILURE(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The process exit status. */
  public int code() {
    return code;
  }
}
