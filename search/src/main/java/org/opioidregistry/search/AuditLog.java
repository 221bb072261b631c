package org.opioidregistry.search;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The append-only audit log of a registry: one tab-separated line per committed write, in a file
 * beside the Lucene index ({@value #FILE_NAME}), each line carrying the SHA-256 of the line before.
 *
 * <p>Why a file and the commit together: the entry of a write is first stored in the Lucene commit
 * that makes the write (so it exists exactly when the write does), then appended to the file. A
 * process that dies between the two leaves the entry in the commit, and the next writable open
 * appends it; a torn last line (no newline) is cut off first. A line that was edited, removed or
 * reordered breaks the chain and the registry refuses to open.
 *
 * <p>Not thread-safe by itself: the store calls it under its write lock, and reads take a copy.
 */
final class AuditLog {

  static final String FILE_NAME = "audit-log.tsv";
  private static final String HEADER =
      "# opioid-registry audit log: sequence, recorded, when, operation, actor, description, ids,"
          + " content hash before, after, previous line hash";

  /** Null for an in-memory registry: the entries live in {@link #entries} only. */
  private final Path file;

  private final List<AuditEntry> entries;
  private String lastLineHash;

  private AuditLog(Path file, List<AuditEntry> entries, String lastLineHash) {
    this.file = file;
    this.entries = entries;
    this.lastLineHash = lastLineHash;
  }

  static AuditLog inMemory() {
    return new AuditLog(null, new ArrayList<>(), "");
  }

  /**
   * Reads the log in {@code directory}, checking its chain.
   *
   * @param repair cut a torn last line (only when the caller may write)
   * @throws IOException when a line is malformed or the chain is broken
   */
  static AuditLog read(Path directory, boolean repair) throws IOException {
    Path file = directory.resolve(FILE_NAME);
    List<AuditEntry> entries = new ArrayList<>();
    String previous = "";
    if (Files.exists(file)) {
      byte[] bytes = Files.readAllBytes(file);
      int end = bytes.length;
      while (end > 0 && bytes[end - 1] != '\n') {
        end--;
      }
      if (end < bytes.length && repair) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
          channel.truncate(end);
          channel.force(true);
        }
      }
      String text = new String(Arrays.copyOf(bytes, end), StandardCharsets.UTF_8);
      int lineNumber = 0;
      for (String line : text.split("\n", -1)) {
        lineNumber++;
        if (line.isEmpty()) {
          continue;
        }
        if (line.startsWith("#")) {
          // The one comment line is the header this class writes; anything else is damage.
          if (!line.equals(HEADER) || lineNumber != 1) {
            throw new CorruptRegistryException(
                file + ":" + lineNumber, "the audit log's header line is not as written", null);
          }
          continue;
        }
        AuditEntry entry = decode(line, file, lineNumber);
        if (!entry.previousEntryHash().equals(previous) || entry.sequence() != entries.size() + 1) {
          throw new CorruptRegistryException(
              file + ":" + lineNumber,
              "the audit log's chain is broken here (a line was edited, removed or reordered)",
              null);
        }
        entries.add(entry);
        previous = hash(line);
      }
    }
    return new AuditLog(file, entries, previous);
  }

  /** The next entry, chained to the last; not yet appended. */
  AuditEntry next(
      AuditEntry.Operation operation,
      List<String> ids,
      AuditNote note,
      String before,
      String after,
      Instant recorded) {
    return new AuditEntry(
        entries.size() + 1, recorded, operation, ids, note, before, after, lastLineHash);
  }

  String lastLineHash() {
    return lastLineHash;
  }

  long lastSequence() {
    return entries.size();
  }

  /**
   * Appends an entry that has been committed: in memory, and to the file when {@code toFile} (a
   * read-only registry shows a recovered entry without writing). The file is forced to disk; when
   * that fails the entry is still kept in memory and in the commit, and the next writable open
   * appends it.
   */
  void append(AuditEntry entry, boolean toFile) throws IOException {
    String line = encode(entry);
    entries.add(entry);
    lastLineHash = hash(line);
    if (file != null && toFile) {
      boolean fresh = !Files.exists(file);
      try (FileChannel channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        String text = (fresh ? HEADER + "\n" : "") + line + "\n";
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
    }
  }

  List<AuditEntry> entries() {
    return List.copyOf(entries);
  }

  static String hash(String line) {
    return Hashing.sha256().hashString(line, StandardCharsets.UTF_8).toString();
  }

  static String encode(AuditEntry e) {
    return String.join(
        "\t",
        Long.toString(e.sequence()),
        e.recorded().toString(),
        e.note().when().map(Instant::toString).orElse(""),
        e.operation().name(),
        escape(e.note().actor()),
        escape(e.note().description()),
        String.join(" ", e.ids()),
        e.contentHashBefore(),
        e.contentHashAfter(),
        e.previousEntryHash());
  }

  static AuditEntry decode(String line, Path file, int lineNumber) throws IOException {
    String[] f = line.split("\t", -1);
    if (f.length != 10) {
      throw new CorruptRegistryException(
          file + ":" + lineNumber, "an audit line has 10 fields, this one " + f.length, null);
    }
    try {
      return new AuditEntry(
          Long.parseLong(f[0]),
          Instant.parse(f[1]),
          AuditEntry.Operation.valueOf(f[3]),
          f[6].isEmpty() ? List.of() : List.of(f[6].split(" ")),
          new AuditNote(
              unescape(f[4]),
              unescape(f[5]),
              f[2].isEmpty() ? Optional.empty() : Optional.of(Instant.parse(f[2]))),
          f[7],
          f[8],
          f[9]);
    } catch (RuntimeException e) {
      throw new IOException(
          file + ":" + lineNumber + ": malformed audit line: " + e.getMessage(), e);
    }
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        out.append(
            switch (next) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> next;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
