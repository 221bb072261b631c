package org.opioidregistry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.fingerprint.Fingerprinter;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.ControlDate;
import org.opioidregistry.core.substance.Instrument;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.ListedForm;
import org.opioidregistry.core.substance.ListingScope;
import org.opioidregistry.core.substance.StructureCheck;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceId;

class PersistenceTest {

  @TempDir Path dir;

  private Set<String> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString())
          .filter(name -> !name.equals("write.lock"))
          .collect(Collectors.toCollection(HashSet::new));
    }
  }

  @Test
  void aSubstanceWithoutStructureAndAControlWithEndAndScopeSurviveReopening() throws IOException {
    Substance opium =
        Substance.builder(SubstanceId.of("opium"), "Opium")
            .addSynonym("opium poppy latex")
            .addControl(
                new Control(
                        Jurisdiction.UN_1961,
                        "I",
                        ControlDate.parse("1964-12-13"),
                        Instrument.parse("Single Convention on Narcotic Drugs, 1961"),
                        Optional.empty(),
                        Instrument.NONE,
                        ListingScope.of(EnumSet.of(ListedForm.SALTS), List.of()),
                        "test")
                    .withEnd(
                        ControlDate.parse("2030 (unverified)"),
                        Instrument.parse("imaginary (unverified)")))
            .addSource("test")
            .build();
    Substance fentanyl =
        TestSubstances.fentanyl().toBuilder()
            .structureCheck(
                new StructureCheck(
                    StructureCheck.Method.OPSIN_LEGAL_NAME,
                    StructureCheck.Agreement.FULL_KEY,
                    "N-phenyl-N-[1-(2-phenylethyl)piperidin-4-yl]propanamide"))
            .build();
    try (Registry registry = Registry.open(dir)) {
      registry.addAll(List.of(opium, fentanyl));
    }
    try (Registry reopened = Registry.open(dir)) {
      assertEquals(opium, reopened.get(opium.id()).orElseThrow());
      assertEquals(fentanyl, reopened.get(fentanyl.id()).orElseThrow());
      assertEquals("opium", reopened.findByName("opium", 1).get(0).substance().id().value());
      assertEquals(1, reopened.findSimilar(fentanyl.structure().orElseThrow(), 0.1, 10).size());
    }
  }

  @Test
  void everythingIsThereAfterReopening() throws IOException {
    try (Registry registry = Registry.open(dir)) {
      registry.addAll(TestSubstances.all());
    }
    try (Registry reopened = Registry.open(dir)) {
      assertEquals(5, reopened.size());
      for (var expected : TestSubstances.all()) {
        assertEquals(expected, reopened.get(expected.id()).orElseThrow());
      }
      assertEquals(
          "fentanyl",
          reopened
              .findByStructure(StructureParser.parse("CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl"))
              .exact()
              .get(0)
              .substance()
              .id()
              .value());
      assertEquals(
          "carfentanil", reopened.findByName("carfentanyl", 1).get(0).substance().id().value());
      assertEquals(
          "fentanyl",
          reopened
              .findSimilar(StructureParser.parse("CC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"), 0.3, 1)
              .get(0)
              .substance()
              .id()
              .value());
    }
  }

  @Test
  void openingReadOnlyWhereNothingIsCreatesNothing() {
    // A mistyped directory must stay absent: Lucene's FSDirectory creates its path when opened.
    Path typo = dir.resolve("no-such-registry");
    java.nio.file.NoSuchFileException e =
        assertThrows(
            java.nio.file.NoSuchFileException.class,
            () -> Registry.open(typo, Registry.OpenMode.READ_ONLY));
    assertTrue(e.getMessage().contains("no registry here to open read-only"), e.getMessage());
    assertFalse(Files.exists(typo), "the read-only open created " + typo);
  }

  @Test
  void readOnlyRegistriesShareADirectoryWithAWriter() throws IOException {
    assertThrows(
        java.nio.file.NoSuchFileException.class,
        () -> Registry.open(dir, Registry.OpenMode.READ_ONLY));
    try (Registry writer = Registry.open(dir)) {
      writer.addAll(TestSubstances.all());
      // Two readers at once, beside the open writer: none takes the write lock.
      try (Registry first = Registry.open(dir, Registry.OpenMode.READ_ONLY);
          Registry second = Registry.open(dir, Registry.OpenMode.READ_ONLY)) {
        assertEquals(5, first.size());
        assertEquals(
            "carfentanil", second.findByName("carfentanyl", 1).get(0).substance().id().value());
        IllegalStateException e =
            assertThrows(IllegalStateException.class, () -> first.add(TestSubstances.fentanyl()));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
      }
    }
  }

  @Test
  void aFailedBatchLeavesTheStoreAsItWas() throws IOException {
    try (Registry registry = Registry.open(dir)) {
      registry.add(TestSubstances.fentanyl());
      assertThrows(
          BatchRejectedException.class,
          () -> registry.addAll(List.of(TestSubstances.carfentanil(), TestSubstances.fentanyl())));
    }
    try (Registry reopened = Registry.open(dir)) {
      assertEquals(List.of(TestSubstances.fentanyl()), reopened.substances());
    }
  }

  @Test
  void anIndexWithAnotherFingerprintSpecIsRefusedOrRebuilt() throws IOException {
    try (Registry registry = Registry.open(dir)) {
      registry.addAll(TestSubstances.all());
    }
    // Pretend the index was written by a build whose fingerprints differ.
    try (FSDirectory fs = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(fs, new IndexWriterConfig())) {
      writer.setLiveCommitData(
          Map.of(
                  RegistryStore.SCHEMA_KEY,
                  SubstanceDocuments.SCHEMA_VERSION,
                  RegistryStore.FINGERPRINT_KEY,
                  "ecfp4/1024/cdk-2.9")
              .entrySet());
      writer.commit();
    }
    IncompatibleRegistryException refused =
        assertThrows(IncompatibleRegistryException.class, () -> Registry.open(dir));
    assertTrue(refused.getMessage().contains("'ecfp4/1024/cdk-2.9'"), refused.getMessage());

    try (Registry rebuilt = Registry.open(dir, Registry.OpenMode.REBUILD_FINGERPRINTS)) {
      assertEquals(5, rebuilt.size());
      assertEquals(
          1.0,
          rebuilt
              .findSimilar(TestSubstances.fentanyl().structure().orElseThrow(), 0.9, 1)
              .get(0)
              .score(),
          1e-12);
    }
    try (Registry reopened = Registry.open(dir)) {
      assertEquals(5, reopened.size());
    }
  }

  @Test
  void aSchema3RegistryIsRefusedWithAClearMessageOrRebuilt() throws IOException {
    try (Registry registry = Registry.open(dir)) {
      registry.addAll(TestSubstances.all());
    }
    // Rewrite it as schema 3 wrote it: the same documents without the stored identity keys.
    Fingerprinter fingerprinter = Fingerprinter.of(FingerprintType.DEFAULT);
    try (FSDirectory fs = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(fs, new IndexWriterConfig(RegistryStore.analyzer()))) {
      for (Substance s : TestSubstances.all()) {
        Document doc =
            SubstanceDocuments.toDocument(
                s, fingerprinter.fingerprint(s.structure().orElseThrow().atomContainer()));
        Document old = new Document();
        for (IndexableField f : doc.getFields()) {
          if (!f.name().startsWith("s_key_")) {
            old.add(f);
          }
        }
        writer.updateDocument(new Term(SubstanceDocuments.ID, s.id().value()), old);
      }
      writer.setLiveCommitData(
          Map.of(
                  RegistryStore.SCHEMA_KEY,
                  "3",
                  RegistryStore.FINGERPRINT_KEY,
                  FingerprintType.DEFAULT.spec())
              .entrySet());
      writer.commit();
    }
    IncompatibleRegistryException refused =
        assertThrows(IncompatibleRegistryException.class, () -> Registry.open(dir));
    assertTrue(refused.getMessage().contains("schema 3"), refused.getMessage());
    assertTrue(refused.getMessage().contains("OpenMode.REBUILD"), refused.getMessage());
    assertThrows(
        IncompatibleRegistryException.class,
        () -> Registry.open(dir, Registry.OpenMode.REBUILD_FINGERPRINTS));

    try (Registry rebuilt = Registry.open(dir, Registry.OpenMode.REBUILD)) {
      assertEquals(TestSubstances.all().size(), rebuilt.size());
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      assertEquals(
          SubstanceDocuments.SCHEMA_VERSION,
          reader.getIndexCommit().getUserData().get(RegistryStore.SCHEMA_KEY));
      Document first = reader.storedFields().document(0);
      assertTrue(first.get("s_key_tautomer").matches("[A-Z]{14}"), first.toString());
    }
    try (Registry reopened = Registry.open(dir)) {
      IdentityResult enol =
          reopened.findByStructure(StructureParser.parse("CC=C(O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1"));
      assertEquals(Relation.TAUTOMER, enol.related().get(0).relation());
    }
  }

  @Test
  void aRegistryOfAnUnknownSchemaIsRefusedEvenByRebuild() throws IOException {
    try (Registry registry = Registry.open(dir)) {
      registry.add(TestSubstances.fentanyl());
    }
    try (FSDirectory fs = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(fs, new IndexWriterConfig())) {
      writer.setLiveCommitData(
          Map.of(
                  RegistryStore.SCHEMA_KEY,
                  "99",
                  RegistryStore.FINGERPRINT_KEY,
                  FingerprintType.DEFAULT.spec())
              .entrySet());
      writer.commit();
    }
    IncompatibleRegistryException refused =
        assertThrows(
            IncompatibleRegistryException.class,
            () -> Registry.open(dir, Registry.OpenMode.REBUILD));
    assertTrue(refused.getMessage().contains("cannot upgrade"), refused.getMessage());
  }

  @Test
  void aProcessKilledInTheMiddleOfABatchReopensWithOnlyWhatWasCommitted() throws Exception {
    int committed = 40;
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                BatchWriterProcess.class.getName(),
                dir.toString(),
                String.valueOf(committed))
            .redirectErrorStream(true)
            .start();
    List<String> output = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        output.add(line);
        if (line.startsWith(BatchWriterProcess.WRITING_UNCOMMITTED)) {
          break;
        }
      }
      // Wait until Lucene has flushed part of the uncommitted batch to disk, so that the kill
      // lands in the middle of writing, not before it.
      Set<String> committedFiles = files();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (committedFiles.containsAll(files()) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Set<String> partial = files();
      partial.removeAll(committedFiles);
      assertFalse(partial.isEmpty(), "the child never started writing; output: " + output);
      // SIGKILL: no shutdown hooks, no finally blocks, no Lucene close.
      child.destroyForcibly();
      assertTrue(
          child.waitFor(
              (long)
                  (600 * Double.parseDouble(System.getProperty("opioid.test.timeoutFactor", "1"))),
              TimeUnit.SECONDS));
    }
    assertTrue(output.contains(BatchWriterProcess.COMMITTED), "child output: " + output);

    try (Registry reopened = Registry.open(dir)) {
      assertEquals(committed, reopened.size(), "child output: " + output);
      for (int i = 0; i < committed; i++) {
        assertTrue(reopened.get(SubstanceId.of("committed-" + i)).isPresent());
      }
      assertTrue(
          reopened.substances().stream().noneMatch(s -> s.id().value().startsWith("uncommitted")));
    }
  }
}
