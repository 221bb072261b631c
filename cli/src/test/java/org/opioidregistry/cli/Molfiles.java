package org.opioidregistry.cli;

import java.io.StringWriter;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.MDLV2000Writer;
import org.opioidregistry.core.structure.Structure;

/** MOL blocks for tests, written by CDK from a parsed structure. */
final class Molfiles {

  private Molfiles() {}

  static String of(Structure structure, String title) throws Exception {
    IAtomContainer graph = structure.atomContainer();
    graph.setTitle(title);
    StringWriter text = new StringWriter();
    try (MDLV2000Writer writer = new MDLV2000Writer(text)) {
      writer.write(graph);
    }
    return text.toString();
  }
}
