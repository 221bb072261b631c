package org.opioidregistry.search;

import java.io.IOException;

/**
 * Another writer has the registry open: one process (or one {@link Registry} in this one) writes a
 * registry directory at a time. Readers ({@link Registry.OpenMode#READ_ONLY}) are never turned
 * away. Thrown when the registry is opened, before any input is read.
 *
 * <p>Immutable.
 */
public final class RegistryInUseException extends IOException {

  private static final long serialVersionUID = 1L;

  RegistryInUseException(String location, Throwable cause) {
    super(
        "the registry in "
            + location
            + " is open for writing elsewhere (another import or program); try again once it is"
            + " closed",
        cause);
  }
}
