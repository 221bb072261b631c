package org.opioidregistry.search;

import java.io.IOException;

/**
 * A registry directory was written with another schema or fingerprint spec than this version reads.
 * Opening it anyway would mix incomparable fingerprints, so it is refused; reopen with {@link
 * Registry.OpenMode#REBUILD_FINGERPRINTS} to recompute them.
 */
public final class IncompatibleRegistryException extends IOException {

  private static final long serialVersionUID = 1L;

  IncompatibleRegistryException(String message) {
    super(message);
  }
}
