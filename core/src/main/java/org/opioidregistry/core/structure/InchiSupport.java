package org.opioidregistry.core.structure;

import io.github.dan2097.jnainchi.InchiFlag;
import io.github.dan2097.jnainchi.InchiOptions;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.inchi.InChIGenerator;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.inchi.InChIToStructure;
import org.openscience.cdk.interfaces.IAtomContainer;

/**
 * Standard InChI and InChIKey, and InChI input, through CDK's binding of the IUPAC library.
 *
 * <p>Calls into the native library are serialised: the InChI C library keeps global state in some
 * versions and its binding makes no thread-safety promise, and a wrong key would be worse than a
 * slow one. One call takes well under a millisecond for a drug-sized molecule.
 */
final class InchiSupport {

  /** An immutable lock object, not state: guards the native library. */
  private static final Object NATIVE_LIBRARY = new Object();

  /** Standard InChI and its key. */
  record Identifiers(String inchi, String inchiKey) {}

  private InchiSupport() {}

  static Identifiers identifiers(IAtomContainer mol, String input, InputFormat format) {
    InChIGenerator generator;
    synchronized (NATIVE_LIBRARY) {
      try {
        generator = InChIGeneratorFactory.getInChIGenerator(mol);
        switch (generator.getStatus()) {
          case SUCCESS:
          case WARNING:
            return new Identifiers(generator.getInchi(), generator.getInchiKey());
          default:
            throw inchiFailed(generator.getMessage(), input, format);
        }
      } catch (CDKException e) {
        throw inchiFailed(e.getMessage(), input, format).withCause(e);
      }
    }
  }

  /**
   * The InChI library's options for the tautomer key: keto-enol and 1,5-tautomerism, beyond the
   * mobile hydrogens of standard InChI. Part of the key's definition: changing them changes every
   * stored tautomer key (bump the registry schema).
   */
  static final String TAUTOMER_OPTIONS = "KET 15T";

  /**
   * {@link #TAUTOMER_OPTIONS} as the InChI binding's options, built once (immutable). Given the
   * string, CDK parses it on every call, and its parser asks CDK's {@code LoggingToolFactory} for a
   * logger each time: with no logging tool set (any application but the command line) that is two
   * failed class lookups over the whole class path per key, 2.4 % of a Spark executor's samples.
   */
  static final InchiOptions TAUTOMER =
      new InchiOptions.InchiOptionsBuilder().withFlag(InchiFlag.KET, InchiFlag.OneFiveT).build();

  /**
   * First block of the non-standard InChIKey computed with {@link #TAUTOMER_OPTIONS}.
   *
   * @throws CDKException when the InChI library fails on the graph
   */
  static String tautomerBlock(IAtomContainer mol) throws CDKException {
    synchronized (NATIVE_LIBRARY) {
      InChIGenerator generator =
          InChIGeneratorFactory.getInstance().getInChIGenerator(mol, TAUTOMER);
      switch (generator.getStatus()) {
        case SUCCESS:
        case WARNING:
          return generator.getInchiKey().substring(0, 14);
        default:
          throw new CDKException(
              "InChI (" + TAUTOMER_OPTIONS + ") failed: " + generator.getMessage());
      }
    }
  }

  /** The version of the IUPAC InChI library that computes every key, e.g. "1.07.3". */
  static String libraryVersion() {
    synchronized (NATIVE_LIBRARY) {
      return io.github.dan2097.jnainchi.JnaInchi.getInchiLibraryVersion();
    }
  }

  static IAtomContainer parse(String inchi) {
    synchronized (NATIVE_LIBRARY) {
      InChIToStructure reader;
      try {
        reader = InChIGeneratorFactory.getInstance().getInChIToStructure(inchi, CdkSupport.BUILDER);
      } catch (CDKException e) {
        throw StructureParseException.of(
                InputFormat.INCHI, StructureParseException.Reason.SYNTAX, e.getMessage(), inchi)
            .withCause(e);
      }
      switch (reader.getStatus()) {
        case SUCCESS:
        case WARNING:
          return reader.getAtomContainer();
        default:
          String message = reader.getMessage();
          throw StructureParseException.of(
              InputFormat.INCHI,
              StructureParseException.Reason.SYNTAX,
              message == null || message.isBlank() ? "the InChI library rejected it" : message,
              inchi);
      }
    }
  }

  private static StructureParseException inchiFailed(
      String message, String input, InputFormat format) {
    return StructureParseException.of(
        format,
        StructureParseException.Reason.INCHI_FAILED,
        "no InChI could be computed" + (message == null ? "" : " (" + message.strip() + ")"),
        input);
  }
}
