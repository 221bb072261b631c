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
import org.opioidregistry.search.CorruptRegistryException;
import org.opioidregistry.search.IncompatibleRegistryException;
import org.opioidregistry.search.Registry;
import org.opioidregistry.search.RegistryInUseException;
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
    String unreadable = unreadable(file);
    if (unreadable != null) {
      problems.badInputLine("cannot read " + file + ": " + unreadable);
      return ExitCode.BAD_INPUT.code();
    }
    boolean created = !Files.exists(registry);
    int status = ExitCode.FAILURE.code();
    // The registry is opened (and its write lock taken) before the input is parsed, so that a
    // second writer is turned away at once, not after reading its whole file.
    try (Registry target = Registry.open(registry)) {
      status = importInto(target, problems);
    } catch (RegistryInUseException | CorruptRegistryException | IncompatibleRegistryException e) {
      problems.error(e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      problems.error("import into " + registry + " failed, nothing written: " + e.getMessage(), e);
    }
    if (created && status != ExitCode.FOUND.code()) {
      removeNewRegistry(problems);
    }
    return status;
  }

  private int importInto(Registry target, Problems problems) throws IOException {
    List<Substance> substances;
    try {
      substances = read();
    } catch (DataFileException | BadRecordException e) {
      problems.badInputLine(e.getMessage());
      return ExitCode.BAD_INPUT.code();
    } catch (java.nio.charset.CharacterCodingException e) {
      problems.badInputLine(file + ": not UTF-8 text (save it as UTF-8 and import again)");
      return ExitCode.BAD_INPUT.code();
    } catch (java.io.UncheckedIOException e) {
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
        problems.badInputLine(file + ": not UTF-8 text (save it as UTF-8 and import again)");
        return ExitCode.BAD_INPUT.code();
      }
      throw e.getCause();
    }
    try {
      List<WriteResult> results = target.addAll(substances);
      for (WriteResult result : results) {
        for (RegistryWarning warning : result.warnings()) {
          problems.warning(warning.message());
        }
      }
      env.out().println("imported " + results.size() + " substances into " + registry);
      env.out().flush();
      return ExitCode.FOUND.code();
    } catch (BatchRejectedException e) {
      problems.badInputLine(file.getFileName() + ": " + e.getMessage());
      return ExitCode.BAD_INPUT.code();
    }
  }

  /** Why the input file cannot be read, in the words a user expects, or null when it can. */
  private static String unreadable(Path file) {
    if (!Files.exists(file)) {
      return "no such file";
    }
    if (Files.isDirectory(file)) {
      return "it is a directory, not a file";
    }
    if (!Files.isReadable(file)) {
      return "permission denied";
    }
    return null;
  }

  /** An import that failed leaves no empty registry behind where there was none. */
  private void removeNewRegistry(Problems problems) {
    try (var files = Files.walk(registry)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      problems.note("could not remove the empty registry " + registry + ": " + e.getMessage());
    }
  }

  private List<Substance> read() throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".tsv")) {
      Path controlsFile = controls != null ? controls : file.resolveSibling("controls.tsv");
      if (Files.exists(controlsFile)) {
        return SubstanceTableReader.read(file, controlsFile);
      }
      try (var substances =
          Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
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
