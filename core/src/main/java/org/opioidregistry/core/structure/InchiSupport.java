package org.opioidregistry.core.structure;

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
