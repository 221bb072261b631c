package org.opioidregistry.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opioidregistry.cli.report.Cells;
import org.opioidregistry.cli.report.OutputFormat;
import org.opioidregistry.search.AuditEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code log --registry DIR}: the registry's audit log, oldest write first: sequence, time, who,
 * what for, operation, ids, content hash before and after.
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "log",
    description = "The audit log of a registry's writes (who, what, when, content hashes).",
    mixinStandardHelpOptions = true)
final class LogCommand implements Callable<Integer> {

  @Option(
      names = "--registry",
      required = true,
      paramLabel = "DIR",
      description = "A registry directory (import makes one).")
  Path registry;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.TABLE;

  @Option(names = "--debug", description = "Print stack traces of failures.")
  boolean debug;

  private final Environment env;

  LogCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    List<AuditEntry> log;
    try (OpenRegistry opened = OpenRegistry.open(Optional.of(registry))) {
      log = opened.registry().auditLog();
    }
    PrintWriter out = env.out();
    switch (format) {
      case JSON -> writeJson(out, log);
      case TSV -> {
        out.println("sequence\trecorded\twhen\toperation\tactor\tdescription\tids\tbefore\tafter");
        for (AuditEntry e : log) {
          out.println(
              String.join(
                  "\t",
                  Long.toString(e.sequence()),
                  e.recorded().toString(),
                  e.when().map(Instant::toString).orElse(""),
                  e.operation().name(),
                  Cells.safe(e.note().actor()),
                  Cells.safe(e.note().description()),
                  String.join(" ", e.ids()),
                  e.contentHashBefore(),
                  e.contentHashAfter()));
        }
      }
      default -> {
        for (AuditEntry e : log) {
          out.printf(
              java.util.Locale.ROOT,
              "%4d  %s  %-7s %s%s%s  %s -> %s%n",
              e.sequence(),
              e.recorded(),
              e.operation(),
              e.ids().isEmpty() ? "" : e.ids().size() + " id(s) ",
              e.note().actor().isEmpty() ? "(unattributed)" : Cells.safe(e.note().actor()),
              e.note().description().isEmpty() ? "" : ": " + Cells.safe(e.note().description()),
              e.contentHashBefore().substring(0, 12),
              e.contentHashAfter().substring(0, 12));
        }
      }
    }
    out.flush();
    return log.isEmpty() ? ExitCode.NOTHING_FOUND.code() : ExitCode.FOUND.code();
  }

  private static void writeJson(PrintWriter out, List<AuditEntry> log) throws IOException {
    JsonFactory factory = new JsonFactory();
    for (AuditEntry e : log) {
      java.io.StringWriter line = new java.io.StringWriter();
      try (JsonGenerator json = factory.createGenerator(line)) {
        json.writeStartObject();
        json.writeNumberField("sequence", e.sequence());
        json.writeStringField("recorded", e.recorded().toString());
        if (e.when().isPresent()) {
          json.writeStringField("when", e.when().get().toString());
        }
        json.writeStringField("operation", e.operation().name());
        json.writeStringField("actor", e.note().actor());
        json.writeStringField("description", e.note().description());
        json.writeArrayFieldStart("ids");
        for (String id : e.ids()) {
          json.writeString(id);
        }
        json.writeEndArray();
        json.writeStringField("contentHashBefore", e.contentHashBefore());
        json.writeStringField("contentHashAfter", e.contentHashAfter());
        json.writeStringField("previousEntryHash", e.previousEntryHash());
        json.writeEndObject();
      }
      out.println(line);
    }
  }
}
