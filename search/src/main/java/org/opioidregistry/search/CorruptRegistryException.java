package org.opioidregistry.search;

import java.io.IOException;

/**
 * A registry's files are damaged: a checksum does not match, a file is missing or cut short. It is
 * refused on open rather than read with wrong data (one flipped byte in a segment file once moved
 * two stored masses by 25 ppm without a word). The message says which file and what to do.
 *
 * <p>Immutable.
 */
public final class CorruptRegistryException extends IOException {

  private static final long serialVersionUID = 1L;

  CorruptRegistryException(String location, String detail, Throwable cause) {
    super(
        "the registry in "
            + location
            + " is damaged ("
            + detail
            + "); nothing was read from it. Restore the directory from a backup, or build it"
            + " again from its source files with import; Registry.verify (opioid-registry"
            + " --verify) checks every file",
        cause);
  }
}
