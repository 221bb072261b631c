package org.opioidregistry.core.fingerprint;

/**
 * The metadata lines of a chemfp FPS file ({@code #num_bits=}, {@code #type=}, {@code #software=},
 * {@code #source=}, {@code #date=}). Absent text fields are {@code null}.
 *
 * <pre>{@code
 * FpsHeader h = FpsHeader.of(FingerprintType.ECFP4);
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @param numBits the fingerprint length in bits, at least 1
 * @param type the fingerprint type description (ours writes the {@link FingerprintType#spec()})
 * @param software the software that made the fingerprints
 * @param source where the structures came from
 * @param date when the file was made (ISO 8601, as chemfp writes it)
 */
public record FpsHeader(int numBits, String type, String software, String source, String date) {

  /** Validates the bit count. */
  public FpsHeader {
    if (numBits < 1) {
      throw new IllegalArgumentException("num_bits must be >= 1: " + numBits);
    }
  }

  /**
   * Returns a header for fingerprints computed here with {@code type}.
   *
   * @param type the fingerprint type
   * @return a header with the type's bit length and spec, and this library as the software
   */
  public static FpsHeader of(FingerprintType type) {
    return new FpsHeader(type.bitLength(), type.spec(), "opioid-registry", null, null);
  }
}
