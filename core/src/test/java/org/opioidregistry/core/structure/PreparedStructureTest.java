package org.opioidregistry.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.smiles.SmilesParser;

/**
 * {@link StructureParser#prepare} followed by {@link PreparedStructure#structure()} must give what
 * {@link StructureParser#parse} gives, and the skeleton hash must be equal wherever the InChIKey
 * skeleton is: the two facts a screen relies on to skip InChI.
 */
class PreparedStructureTest {

  private static final long SEED = new Random().nextLong();

  /**
   * The 91 reference structures, each also as a hydrochloride, with stereo removed, with one
   * deuterium, in a random atom order and Kekulé, and every single C/N element swap of it.
   */
  private static List<String> writings() throws Exception {
    System.out.println("PreparedStructureTest seed: " + SEED);
    Random random = new Random(SEED);
    SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
    Set<String> out = new LinkedHashSet<>();
    for (ReferenceStructures.Row row : ReferenceStructures.all()) {
      String smiles = row.smiles();
      out.add(smiles);
      out.add(smiles + ".Cl");
      out.add(smiles.replace("@", ""));
      out.add("[2H]" + smiles.replaceFirst("^C", "C")); // an isotope variant where it parses
      IAtomContainer shuffled = shuffle(parser.parseSmiles(smiles), random);
      out.add(new SmilesGenerator(SmiFlavor.Stereo).create(shuffled));
      out.addAll(elementSwaps(smiles));
    }
    // Tautomers and protonation states that standard InChI joins in its first block.
    out.add("Oc1ccccn1");
    out.add("O=c1cccc[nH]1");
    out.add("CC(=O)[O-]");
    out.add("CC(=O)O");
    out.add("C[NH3+]");
    out.add("CN");
    return new ArrayList<>(out);
  }

  private static List<String> elementSwaps(String smiles) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < smiles.length(); i++) {
      char c = smiles.charAt(i);
      depth += c == '[' ? 1 : c == ']' ? -1 : 0;
      boolean chlorine = c == 'C' && i + 1 < smiles.length() && smiles.charAt(i + 1) == 'l';
      if (depth == 0 && "CNcn".indexOf(c) >= 0 && !chlorine) {
        char swap = c == 'C' ? 'N' : c == 'N' ? 'C' : c == 'c' ? 'n' : 'c';
        out.add(smiles.substring(0, i) + swap + smiles.substring(i + 1));
      }
    }
    return out;
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

  @Test
  void preparedStructureIsWhatParseGivesAndTheHashFollowsTheSkeletonKey() throws Exception {
    Map<String, Long> hashOfSkeleton = new HashMap<>();
    Map<Long, String> skeletonOfHash = new HashMap<>();
    int parsed = 0;
    int sharedSkeletons = 0;
    int collisions = 0;
    for (String text : writings()) {
      Structure full;
      try {
        full = StructureParser.parse(text);
      } catch (StructureParseException e) {
        StructureParseException again =
            assertThrows(StructureParseException.class, () -> prepareAndKey(text), text);
        assertEquals(e.reason(), again.reason(), text);
        continue;
      }
      PreparedStructure prepared =
          StructureParser.prepare(text, InputFormat.detect(text), ParseLimits.DEFAULT);
      assertFalse(prepared.isKeyed());
      assertEquals(full.formula(), prepared.formula(), text);
      // CDK sums isotope masses in hash-map order, so even two parses of one SMILES may differ in
      // the last bit (seen: 336.220163516 and 336.22016351599996 for fentanyl).
      assertEquals(full.monoisotopicMass(), prepared.monoisotopicMass(), 1e-9, text);
      assertEquals(full.heavyAtomCount(), prepared.heavyAtomCount(), text);
      assertEquals(full.standardization(), prepared.standardization(), text);
      long hash = prepared.skeletonHash();
      Structure keyed = prepared.structure();
      assertTrue(prepared.isKeyed());
      assertEquals(full, keyed, text);
      assertEquals(full.inchi(), keyed.inchi(), text);
      assertEquals(full.standardization(), keyed.standardization(), text);
      assertEquals(hash, SkeletonHash.of(full.atomContainer()), "hash of the stored form: " + text);

      Long earlier = hashOfSkeleton.putIfAbsent(full.skeletonKey(), hash);
      if (earlier != null) {
        sharedSkeletons++;
        assertEquals(earlier, hash, "same InChIKey skeleton, different hash: " + text);
      }
      String other = skeletonOfHash.putIfAbsent(hash, full.skeletonKey());
      if (other != null && !other.equals(full.skeletonKey())) {
        collisions++;
      }
      parsed++;
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "PreparedStructureTest: %d structures, %d distinct skeleton keys, %d sharing one with an"
            + " earlier structure, %d hash collisions between different skeletons%n",
        parsed,
        hashOfSkeleton.size(),
        sharedSkeletons,
        collisions);
    assertTrue(parsed > 2_000, "parsed " + parsed);
    assertTrue(sharedSkeletons > 300, "the writings must include many same-skeleton pairs");
    // A collision costs only an unnecessary InChI. The hash reads no hydrogen counts (tautomers
    // and protonation states must hash alike), so the element swaps here that leave a
    // hypervalent atom collide with their neighbours; realistic structures far less often.
    assertTrue(collisions <= hashOfSkeleton.size() / 10, "collisions: " + collisions);
  }

  private static Structure prepareAndKey(String text) {
    return StructureParser.prepare(text, InputFormat.detect(text), ParseLimits.DEFAULT).structure();
  }

  @Test
  void precheckPassesEveryWritingOfARegisteredStructureAndNotOthers() throws Exception {
    List<Structure> registered = new ArrayList<>();
    for (ReferenceStructures.Row row : ReferenceStructures.all()) {
      registered.add(StructureParser.parse(row.smiles()));
    }
    IdentityPrecheck precheck = IdentityPrecheck.of(registered);
    Set<String> skeletons = new java.util.HashSet<>();
    registered.forEach(s -> skeletons.add(s.skeletonKey()));
    int passed = 0;
    int rejected = 0;
    for (String text : writings()) {
      Structure full;
      try {
        full = StructureParser.parse(text);
      } catch (StructureParseException e) {
        continue;
      }
      PreparedStructure prepared =
          StructureParser.prepare(text, InputFormat.detect(text), ParseLimits.DEFAULT);
      boolean may = precheck.mayMatch(prepared);
      if (skeletons.contains(full.skeletonKey())) {
        assertTrue(may, "a registered skeleton screened out: " + text);
        passed++;
      } else if (!may) {
        rejected++;
      }
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "IdentityPrecheck: %d matches passed, %d non-matches rejected%n",
        passed,
        rejected);
    assertTrue(passed > 300, "passed " + passed);
    assertTrue(rejected > 1_000, "the pre-check must reject most non-matches: " + rejected);
  }

  @Test
  void metalsAlwaysGoOnToInchi() {
    IdentityPrecheck precheck = IdentityPrecheck.of(List.of(StructureParser.parse("CCO")));
    PreparedStructure organic =
        StructureParser.prepare("CCCCCCCC", InputFormat.SMILES, ParseLimits.DEFAULT);
    PreparedStructure tin =
        StructureParser.prepare(
            "CCCC[Sn](CCCC)(CCCC)CCCC", InputFormat.SMILES, ParseLimits.DEFAULT);
    assertFalse(precheck.mayMatch(organic));
    assertTrue(tin.hasUnusualElement());
    // No registered structure has tin: no InChI formula with tin can match.
    assertFalse(precheck.mayMatch(tin));
    IdentityPrecheck withTin = IdentityPrecheck.of(List.of(StructureParser.parse("C[Sn](C)(C)C")));
    assertTrue(withTin.mayMatch(tin), "a metal the registry has: always on to InChI");
    assertNotEquals(organic.skeletonHash(), tin.skeletonHash());
  }
}
