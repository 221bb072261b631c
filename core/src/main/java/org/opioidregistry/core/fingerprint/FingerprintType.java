package org.opioidregistry.core.fingerprint;

import java.util.Locale;
import org.openscience.cdk.CDK;
import org.openscience.cdk.fingerprint.CircularFingerprinter;
import org.openscience.cdk.fingerprint.IFingerprinter;
import org.openscience.cdk.fingerprint.MACCSFingerprinter;
import org.openscience.cdk.fingerprint.PubchemFingerprinter;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

/**
 * The fingerprint kinds the registry computes, each with a fixed bit length and a spec string that
 * is persisted beside stored fingerprints.
 *
 * <p>The spec ({@code kind/bits/cdk-VERSION}, e.g. {@code ecfp4/2048/cdk-2.12}) names the CDK
 * version because CDK releases have changed fingerprint bits before; an index must refuse
 * fingerprints whose spec differs from its own rather than silently mix old and new.
 *
 * <pre>{@code
 * Fingerprint fp = FingerprintType.ECFP4.fingerprinter().fingerprint(molecule);
 * String spec = FingerprintType.ECFP4.spec(); // "ecfp4/2048/cdk-2.12"
 * }</pre>
 *
 * <p>Thread safety: enum constants are immutable; {@link #fingerprinter()} returns a facade that is
 * safe to share between threads.
 */
public enum FingerprintType {
  /** Extended-connectivity fingerprint, diameter 4 (Morgan radius 2), 2048 bits: the default. */
  ECFP4("ecfp4", 2048),
  /** Extended-connectivity fingerprint, diameter 6 (Morgan radius 3), 2048 bits. */
  ECFP6("ecfp6", 2048),
  /** Functional-class circular fingerprint, diameter 4 (pharmacophoric atom roles), 2048 bits. */
  FCFP4("fcfp4", 2048),
  /** PubChem substructure keys, 881 bits. */
  PUBCHEM("pubchem", 881),
  /** MACCS 166 structural keys. */
  MACCS("maccs", 166),
  /** CDK path fingerprint (linear paths up to 7 bonds, hashed), 1024 bits. */
  PATH("path", 1024);

  /** The default type for similarity search. */
  public static final FingerprintType DEFAULT = ECFP4;

  private final String kind;
  private final int bitLength;

  FingerprintType(String kind, int bitLength) {
    this.kind = kind;
    this.bitLength = bitLength;
  }

  /**
   * Returns the number of bits of every fingerprint of this type.
   *
   * @return the bit length
   */
  public int bitLength() {
    return bitLength;
  }

  /**
   * Returns the short lower-case name used in specs, e.g. {@code ecfp4}.
   *
   * @return the kind
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the spec string {@code kind/bits/cdk-VERSION} of this type as computed by the CDK on
   * the class path, e.g. {@code ecfp4/2048/cdk-2.12}.
   *
   * @return the spec to persist
   */
  public String spec() {
    return kind + "/" + bitLength + "/cdk-" + CDK.getVersion();
  }

  /**
   * Returns the type named by a spec string's kind, for reading persisted data; the caller decides
   * whether a different CDK version in the spec is acceptable (see {@link #isCurrentSpec(String)}).
   *
   * @param spec a spec such as {@code ecfp4/2048/cdk-2.12}
   * @return the type
   * @throws IllegalArgumentException if the kind is unknown or the bit length does not match
   */
  public static FingerprintType fromSpec(String spec) {
    String[] parts = spec.split("/", -1);
    if (parts.length != 3 || !parts[2].startsWith("cdk-")) {
      throw new IllegalArgumentException(
          "not a fingerprint spec (want kind/bits/cdk-VERSION): '" + spec + "'");
    }
    for (FingerprintType t : values()) {
      if (t.kind.equals(parts[0].toLowerCase(Locale.ROOT))) {
        if (!Integer.toString(t.bitLength).equals(parts[1])) {
          throw new IllegalArgumentException(
              "spec '" + spec + "': " + t.kind + " has " + t.bitLength + " bits");
        }
        return t;
      }
    }
    throw new IllegalArgumentException("spec '" + spec + "': unknown fingerprint kind");
  }

  /**
   * Tells whether {@code spec} is exactly this type's spec under the CDK on the class path, i.e.
   * whether fingerprints persisted under it can be compared with freshly computed ones.
   *
   * @param spec a persisted spec
   * @return true if equal to {@link #spec()}
   */
  public boolean isCurrentSpec(String spec) {
    return spec().equals(spec);
  }

  /**
   * Returns a fingerprinter for this type; equivalent to {@link Fingerprinter#of(FingerprintType)}.
   *
   * @return a thread-safe fingerprinter
   */
  public Fingerprinter fingerprinter() {
    return Fingerprinter.of(this);
  }

  /** Creates the CDK fingerprinter; CDK's are stateful, so each thread needs its own. */
  IFingerprinter newCdkFingerprinter() {
    return switch (this) {
      case ECFP4 -> new CircularFingerprinter(CircularFingerprinter.CLASS_ECFP4, bitLength);
      case ECFP6 -> new CircularFingerprinter(CircularFingerprinter.CLASS_ECFP6, bitLength);
      case FCFP4 -> new CircularFingerprinter(CircularFingerprinter.CLASS_FCFP4, bitLength);
      case PUBCHEM -> new PubchemFingerprinter(SilentChemObjectBuilder.getInstance());
      case MACCS -> new MACCSFingerprinter(SilentChemObjectBuilder.getInstance());
      case PATH -> new org.openscience.cdk.fingerprint.Fingerprinter(bitLength, 7);
    };
  }

  /** The substructure-key fingerprints match SMARTS that rely on CDK atom types. */
  boolean needsAtomTypes() {
    return this == PUBCHEM || this == MACCS || this == PATH;
  }

  /** CDK documents that its PubChem keys count hydrogens only when they are explicit atoms. */
  boolean needsExplicitHydrogens() {
    return this == PUBCHEM;
  }
}
