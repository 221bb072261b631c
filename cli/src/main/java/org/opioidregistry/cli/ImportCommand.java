package org.opioidregistry.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.opioidregistry.core.structure.ParseLimits;
import org.opioidregistry.core.structure.SdfReader;
import org.opioidregistry.core.structure.SdfRecord;
import org.opioidregistry.core.substance.Code;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.data.DataFileException;
import org.opioidregistry.data.SubstanceTableReader;
import org.opioidregistry.search.BatchRejectedException;
import org.opioidregistry.search.Registry;
import org.opioidregistry.search.RegistryWarning;
import org.opioidregistry.search.WriteResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE --registry DIR}: adds the substances of a file to a persistent registry (made
 * if absent) in one commit: all of them, or, when one record is bad, none.
 *
 * <ul>
 *   <li>{@code .tsv}: the data module's substances table; its controls come from {@code
 *       --controls}, else from a {@code controls.tsv} beside it, else there are none.
 *   <li>{@code .sdf}/{@code .sd}: one substance a record; data items {@code id}, {@code name},
 *       {@code synonyms} (|-separated), {@code cas}, {@code class}, {@code source} are used when
 *       present (the id defaults to the title in lower-case hyphenated words, the name to the
 *       title). Such substances carry no controls: they are registered for comparison.
 * </ul>
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "import",
    description =
        "Add the substances of a file (TSV tables or SDF) to a persistent registry, all or nothing.",
    mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

  @Option(
      names = "--registry",
      paramLabel = "DIR",
      required = true,
      description = "Registry directory (created if absent).")
  Path registry;

  @Option(
      names = "--controls",
      paramLabel = "FILE",
      description = "Controls table for a TSV import (default: controls.tsv beside FILE).")
  Path controls;

  @Option(names = "--debug", description = "Print stack traces with problems.")
  boolean debug;

  @Parameters(paramLabel = "FILE", arity = "1", description = "substances.tsv or an SD file.")
  Path file;

  private final Environment env;

  ImportCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Problems problems = new Problems(env.err(), debug);
    List<Substance> substances;
    try {
      substances = read();
    } catch (DataFileException | BadRecordException e) {
      problems.error(e.getMessage(), e);
      return ExitCode.BAD_INPUT.code();
    } catch (IOException e) {
      problems.error("cannot read " + file + ": " + e.getMessage(), e);
      return ExitCode.FAILURE.code();
    }
    try (Registry target = Registry.open(registry)) {
      List<WriteResult> results = target.addAll(substances);
      for (WriteResult result : results) {
        for (RegistryWarning warning : result.warnings()) {
          env.err().println("opioid-registry: warning: " + warning.message());
        }
      }
      env.out().println("imported " + results.size() + " substances into " + registry);
      env.out().flush();
      return ExitCode.FOUND.code();
    } catch (BatchRejectedException e) {
      problems.error(file.getFileName() + ": " + e.getMessage(), e);
      return ExitCode.BAD_INPUT.code();
    } catch (IOException | RuntimeException e) {
      problems.error("import into " + registry + " failed, nothing written: " + e.getMessage(), e);
      return ExitCode.FAILURE.code();
    }
  }

  private List<Substance> read() throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".tsv")) {
      Path controlsFile = controls != null ? controls : file.resolveSibling("controls.tsv");
      if (Files.exists(controlsFile)) {
        return SubstanceTableReader.read(file, controlsFile);
      }
      try (var substances = Files.newBufferedReader(file)) {
        return SubstanceTableReader.read(
            substances,
            file.getFileName().toString(),
            new StringReader(String.join("\t", SubstanceTableReader.CONTROL_COLUMNS) + "\n"),
            "(no controls)");
      }
    }
    if (name.endsWith(".sdf") || name.endsWith(".sd")) {
      return readSdf();
    }
    throw new BadRecordException(file + ": import reads .tsv (substances table) or .sdf files");
  }

  private List<Substance> readSdf() throws IOException {
    List<Substance> substances = new ArrayList<>();
    try (SdfReader sdf = SdfReader.open(file, ParseLimits.DEFAULT, SdfReader.OnError.CONTINUE)) {
      while (sdf.hasNext()) {
        SdfRecord record = sdf.next();
        if (!record.isValid()) {
          throw new BadRecordException(
              file.getFileName() + ": " + record.describeError() + " (nothing imported)");
        }
        try {
          substances.add(toSubstance(record));
        } catch (IllegalArgumentException e) {
          throw new BadRecordException(
              file.getFileName()
                  + ": record "
                  + record.number()
                  + " (line "
                  + record.firstLine()
                  + "): "
                  + e.getMessage()
                  + " (nothing imported)");
        }
      }
    }
    return substances;
  }

  private Substance toSubstance(SdfRecord record) {
    String title = record.title();
    String idText = property(record, "id");
    if (idText.isEmpty()) {
      idText = slug(title).isEmpty() ? "record-" + record.number() : slug(title);
    }
    String name = property(record, "name");
    if (name.isEmpty()) {
      name = title.isEmpty() ? idText : title;
    }
    Substance.Builder b =
        Substance.builder(SubstanceId.of(idText), name, record.structure().orElseThrow());
    for (String synonym : property(record, "synonyms").split("\\|")) {
      b.addSynonym(synonym);
    }
    String cas = property(record, "cas");
    if (!cas.isEmpty()) {
      b.addCode(Code.cas(cas));
    }
    String classId = property(record, "class");
    if (!classId.isEmpty()) {
      b.substanceClass(
          SubstanceClass.fromId(classId)
              .orElseThrow(() -> new IllegalArgumentException("unknown class '" + classId + "'")));
    }
    String source = property(record, "source");
    b.addSource(source.isEmpty() ? "imported from " + file.getFileName() : source);
    return b.build();
  }

  private static String property(SdfRecord record, String key) {
    for (var entry : record.properties().entrySet()) {
      if (entry.getKey().equalsIgnoreCase(key)) {
        return entry.getValue().strip();
      }
    }
    return "";
  }

  /** "Fentanyl (HCl)" becomes "fentanyl-hcl". */
  static String slug(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  /** A record that cannot become a substance; the whole import is refused. */
  static final class BadRecordException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadRecordException(String message) {
      super(message);
    }
  }
}
