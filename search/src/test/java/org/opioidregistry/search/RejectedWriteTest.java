package org.opioidregistry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;

/**
 * Issue 11, item 9: a write the store cannot index is refused before anything is written, and the
 * registry stays usable, in memory and on disk. Before, a name over 32 KB reached Lucene, whose
 * "immense term" refusal closed the registry: every later read threw, and an in-memory registry's
 * data was gone.
 */
class RejectedWriteTest {

  @TempDir Path dir;

  private static Substance withLongName(int characters) {
    return TestSubstances.substance(
            "long-name", "x".repeat(characters), "CCN(CC)C(=O)c1ccccc1", SubstanceClass.OTHER)
        .build();
  }

  private static void assertStillUsable(Registry registry, int expectedSize) throws IOException {
    assertEquals(expectedSize, registry.size());
    assertEquals("fentanyl", registry.findByName("fentanil", 1).get(0).substance().id().value());
    registry.add(TestSubstances.anpp());
    assertEquals(expectedSize + 1, registry.size());
  }

  @Test
  void aNameTooLongToIndexIsRefusedAndTheInMemoryRegistryGoesOn() throws IOException {
    try (Registry registry =
        Registry.inMemory(List.of(TestSubstances.fentanyl(), TestSubstances.carfentanil()))) {
      InvalidSubstanceException e =
          assertThrows(
              InvalidSubstanceException.class, () -> registry.add(withLongName(9_000 * 4)));
      assertTrue(e.getMessage().contains("name or synonym"), e.getMessage());
      assertEquals("long-name", e.id().value());
      assertStillUsable(registry, 2);
    }
  }

  @Test
  void aFiftyMegabyteNameIsRefusedBeforeLucene() throws IOException {
    try (Registry registry = Registry.inMemory(List.of(TestSubstances.fentanyl()))) {
      InvalidSubstanceException e =
          assertThrows(InvalidSubstanceException.class, () -> registry.add(withLongName(50 << 20)));
      assertTrue(e.getMessage().contains("the limit is 10000"), e.getMessage());
      assertStillUsable(registry, 1);
    }
  }

  @Test
  void aBatchWithOneUnindexableRecordNamesItAndWritesNothingOnDisk() throws IOException {
    try (Registry registry = Registry.open(dir)) {
      registry.add(TestSubstances.fentanyl());
      BatchRejectedException e =
          assertThrows(
              BatchRejectedException.class,
              () -> registry.addAll(List.of(TestSubstances.carfentanil(), withLongName(100_000))));
      assertEquals(1, e.index());
      assertInstanceOf(InvalidSubstanceException.class, e.getCause());
      assertStillUsable(registry, 1);
    }
    try (Registry reopened = Registry.open(dir)) {
      assertEquals(2, reopened.size(), "fentanyl and ANPP; neither batch record");
    }
  }

  @Test
  void anUpdateTooLongToIndexLeavesTheOldRecord() throws IOException {
    try (Registry registry = Registry.open(dir)) {
      registry.add(TestSubstances.fentanyl());
      Substance renamed =
          TestSubstances.fentanyl().toBuilder().addSynonym("y".repeat(33_000)).build();
      assertThrows(InvalidSubstanceException.class, () -> registry.update(renamed));
      assertEquals(TestSubstances.fentanyl(), registry.get(renamed.id()).orElseThrow());
      assertStillUsable(registry, 1);
    }
  }
}
