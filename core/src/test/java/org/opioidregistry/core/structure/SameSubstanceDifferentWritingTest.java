package org.opioidregistry.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.io.MDLV2000Writer;
import org.openscience.cdk.io.MDLV3000Writer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * One substance written many ways (random atom orders, Kekulé and aromatic, explicit hydrogens,
 * InChI, MOL V2000 and V3000) must give the published InChIKey and one canonical SMILES.
 */
class SameSubstanceDifferentWritingTest {

  private static final long SEED = new Random().nextLong();

  static Stream<ReferenceStructures.Row> substances() {
    return Stream.of(
            "Fentanyl",
            "Carfentanil",
            "Sufentanil",
            "Isotonitazene",
            "Brorphine",
            "3-Methylfentanyl")
        .map(ReferenceStructures::named);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("substances")
  void everyWritingGivesTheSameKeys(ReferenceStructures.Row row) throws Exception {
    System.out.println("SameSubstanceDifferentWritingTest seed: " + SEED);
    Structure reference = StructureParser.parse(row.smiles());
    assertEquals(row.inchiKey(), reference.inchiKey());

    IAtomContainer graph =
        new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(row.smiles());
    List<String> writings = new ArrayList<>();
    Random random = new Random(SEED ^ row.name().hashCode());
    for (int i = 0; i < 5; i++) {
      IAtomContainer shuffled = shuffle(graph, random);
      writings.add(
          new SmilesGenerator(SmiFlavor.Generic | SmiFlavor.UseAromaticSymbols).create(shuffled));
      writings.add(new SmilesGenerator(SmiFlavor.Generic).create(shuffled)); // Kekulé
    }
    IAtomContainer explicit = graph.clone();
    AtomContainerManipulator.convertImplicitToExplicitHydrogens(explicit);
    writings.add(new SmilesGenerator(SmiFlavor.Generic).create(explicit));
    writings.add(reference.inchi());
    writings.add(molfile(graph, false));
    writings.add(molfile(graph, true));

    for (String writing : writings) {
      Structure parsed = StructureParser.parse(writing);
      assertEquals(row.inchiKey(), parsed.inchiKey(), writing);
      assertEquals(reference.canonicalSmiles(), parsed.canonicalSmiles(), writing);
      assertEquals(reference, parsed);
    }
    assertNotEquals(1, writings.stream().distinct().count(), "the writings must really differ");
  }

  private static IAtomContainer shuffle(IAtomContainer graph, Random random) throws Exception {
    IAtomContainer copy = graph.clone();
    List<IAtom> atoms = new ArrayList<>();
    copy.atoms().forEach(atoms::add);
    List<IBond> bonds = new ArrayList<>();
    copy.bonds().forEach(bonds::add);
    Collections.shuffle(atoms, random);
    Collections.shuffle(bonds, random);
    copy.setAtoms(atoms.toArray(new IAtom[0]));
    copy.setBonds(bonds.toArray(new IBond[0]));
    return copy;
  }

  private static String molfile(IAtomContainer graph, boolean v3000) throws Exception {
    StringWriter out = new StringWriter();
    if (v3000) {
      try (MDLV3000Writer writer = new MDLV3000Writer(out)) {
        writer.write(graph);
      }
    } else {
      try (MDLV2000Writer writer = new MDLV2000Writer(out)) {
        writer.write(graph);
      }
    }
    return out.toString();
  }
}
