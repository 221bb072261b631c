package org.opioidregistry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceId;

class AuditLogTest {

  @TempDir Path dir;

  private static final Instant WHEN = Instant.parse("2026-03-01T09:30:00Z");

  private Path logFile() {
    return dir.resolve(AuditLog.FILE_NAME);
  }

  private List<AuditEntry> writeFourTimes() throws IOException {
    try (Registry registry = Registry.open(dir)) {
      registry.addAll(
          List.of(TestSubstances.fentanyl(), TestSubstances.carfentanil()),
          AuditNote.of("j.smith", "case 2026/117: reference set", WHEN));
      Substance renamed =
          Substance.builder(
                  TestSubstances.carfentanil().id(),
                  "Carfentanil (renamed)",
                  TestSubstances.carfentanil().structure().orElseThrow())
              .substanceClass(TestSubstances.carfentanil().substanceClass())
              .addSource("test fixture")
              .build();
      registry.update(renamed, AuditNote.of("a.jones", "name per\tINN list", WHEN.plusSeconds(60)));
      registry.remove(SubstanceId.of("fentanyl"));
      List<AuditEntry> log = registry.auditLog();
      assertEquals(registry.contentHash(), log.get(log.size() - 1).contentHashAfter());
      return log;
    }
  }

  @Test
  void everyWriteIsLoggedWithTheCallersNoteAndChainedHashes() throws IOException {
    List<AuditEntry> log = writeFourTimes();
    assertEquals(
        List.of(
            AuditEntry.Operation.CREATE,
            AuditEntry.Operation.ADD,
            AuditEntry.Operation.UPDATE,
            AuditEntry.Operation.REMOVE),
        log.stream().map(AuditEntry::operation).toList());
    assertEquals(List.of(1L, 2L, 3L, 4L), log.stream().map(AuditEntry::sequence).toList());
    assertEquals(List.of("fentanyl", "carfentanil"), log.get(1).ids());
    assertEquals("j.smith", log.get(1).note().actor());
    assertEquals("case 2026/117: reference set", log.get(1).note().description());
    assertEquals(WHEN, log.get(1).when().orElseThrow());
    assertEquals("name per\tINN list", log.get(2).note().description());
    assertTrue(log.get(3).when().isEmpty(), "an unattributed write has no caller's time");
    assertEquals(List.of("fentanyl"), log.get(3).ids());
    for (int i = 1; i < log.size(); i++) {
      assertEquals(log.get(i - 1).contentHashAfter(), log.get(i).contentHashBefore());
      assertNotEquals(log.get(i).contentHashBefore(), log.get(i).contentHashAfter());
      assertEquals(AuditLog.hash(AuditLog.encode(log.get(i - 1))), log.get(i).previousEntryHash());
    }
  }

  @Test
  void theLogIsReadBackAfterReopeningAndReadOnly() throws IOException {
    List<AuditEntry> written = writeFourTimes();
    try (Registry reopened = Registry.open(dir)) {
      assertEquals(written, reopened.auditLog());
    }
    try (Registry readOnly = Registry.open(dir, Registry.OpenMode.READ_ONLY)) {
      assertEquals(written, readOnly.auditLog());
    }
  }

  @Test
  void aRefusedBatchLeavesNoEntry() throws IOException {
    try (Registry registry = Registry.open(dir)) {
      registry.add(TestSubstances.fentanyl());
      assertThrows(
          BatchRejectedException.class,
          () -> registry.addAll(List.of(TestSubstances.carfentanil(), TestSubstances.fentanyl())));
      assertEquals(2, registry.auditLog().size());
    }
  }

  @Test
  void anEditedLineBreaksTheChainAndTheRegistryRefusesToOpen() throws IOException {
    writeFourTimes();
    List<String> lines = new ArrayList<>(Files.readAllLines(logFile(), StandardCharsets.UTF_8));
    int target = lines.size() - 2; // the UPDATE entry
    lines.set(target, lines.get(target).replace("a.jones", "someone.else"));
    Files.write(logFile(), lines, StandardCharsets.UTF_8);
    CorruptRegistryException refused =
        assertThrows(CorruptRegistryException.class, () -> Registry.open(dir));
    assertTrue(
        refused.getMessage().contains(AuditLog.FILE_NAME + ":" + (target + 2) + " "),
        refused.getMessage());
    assertTrue(refused.getMessage().contains("chain is broken"), refused.getMessage());
    assertTrue(Registry.verify(dir).problems().toString().contains("audit log"));
  }

  @Test
  void anEntryCommittedButNotAppendedIsAppendedOnTheNextOpen() throws IOException {
    List<AuditEntry> written = writeFourTimes();
    // A process that died after the Lucene commit and before the append: the last line is missing,
    // and the one before is torn half-way.
    List<String> lines = Files.readAllLines(logFile(), StandardCharsets.UTF_8);
    String kept = String.join("\n", lines.subList(0, lines.size() - 1)) + "\n";
    Files.writeString(logFile(), kept + lines.get(lines.size() - 1).substring(0, 20));
    try (Registry reopened = Registry.open(dir)) {
      assertEquals(written, reopened.auditLog());
    }
    assertEquals(lines, Files.readAllLines(logFile(), StandardCharsets.UTF_8));
  }

  @Test
  void theContentHashDependsOnContentNotOnOrderOrStorage() throws IOException {
    String inMemory;
    try (Registry a = Registry.inMemory(TestSubstances.all())) {
      inMemory = a.contentHash();
    }
    List<Substance> reversed = new ArrayList<>(TestSubstances.all());
    java.util.Collections.reverse(reversed);
    try (Registry b = Registry.open(dir)) {
      for (Substance s : reversed) {
        b.add(s);
      }
      assertEquals(inMemory, b.contentHash());
      b.remove(SubstanceId.of("fentanyl"));
      assertNotEquals(inMemory, b.contentHash());
    }
  }
}
