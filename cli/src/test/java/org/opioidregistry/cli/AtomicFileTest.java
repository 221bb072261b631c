package org.opioidregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output file appears whole at commit, and a failed write leaves the old one untouched. */
class AtomicFileTest {

  @TempDir Path dir;

  private List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.sorted().toList();
    }
  }

  @Test
  void theFileAppearsOnlyAtCommit() throws IOException {
    Path target = dir.resolve("out.json");
    try (AtomicFile file = AtomicFile.create(target)) {
      file.writer().write("{\"a\":1}\n");
      file.writer().flush();
      assertFalse(Files.exists(target));
      file.commit();
    }
    assertEquals("{\"a\":1}\n", Files.readString(target));
    assertEquals(List.of(target), files(), "no temporary file left");
  }

  @Test
  void aWriteThatFailsLeavesTheEarlierFileAndNoTemporary() throws IOException {
    Path target = dir.resolve("out.json");
    Files.writeString(target, "earlier");
    try (AtomicFile file = AtomicFile.create(target)) {
      file.writer().write("half a rec");
      throw new IOException("disk full (simulated)");
    } catch (IOException expected) {
      assertEquals("disk full (simulated)", expected.getMessage());
    }
    assertEquals("earlier", Files.readString(target));
    assertEquals(List.of(target), files());
  }
}
