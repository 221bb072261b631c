package org.opioidregistry.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.io.SDFWriter;
import org.openscience.cdk.layout.StructureDiagramGenerator;
import org.opioidregistry.cli.report.Cells;
import org.opioidregistry.cli.report.OutputFormat;
import org.opioidregistry.cli.report.SubstanceWriter;
import org.opioidregistry.core.substance.Code;
import org.opioidregistry.core.substance.Control;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.data.SubstanceTableWriter;
import org.opioidregistry.search.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export}: writes every substance of a registry (the bundled one by default) as the data
 * module's TSV tables (which {@code import} reads back), as an SD file with 2D coordinates and data
 * items, or as JSON Lines.
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "export",
    description = "Write a registry's substances as TSV tables, SDF or JSON Lines.",
    mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

  /** Export formats. */
  enum Format {
    TSV,
    SDF,
    JSON
  }

  @Option(names = "--registry", paramLabel = "DIR", description = "Registry (default: bundled).")
  Path registry;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "TSV")
  Format format;

  @Option(
      names = "--output",
      paramLabel = "PATH",
      description =
          "For TSV a directory that receives substances.tsv and controls.tsv (required); for SDF"
              + " and JSON a file (default: standard output).")
  Path output;

  @Option(names = "--debug", description = "Print stack traces with problems.")
  boolean debug;

  private final Environment env;

  ExportCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Problems problems = new Problems(env.err(), debug);
    if (format == Format.TSV && output == null) {
      problems.error("--format tsv writes two tables: give a directory with --output DIR", null);
      return ExitCode.USAGE.code();
    }
    List<Substance> substances;
    try {
      substances = substances();
    } catch (IOException e) {
      problems.error("cannot open registry " + registry + ": " + e.getMessage(), e);
      return ExitCode.FAILURE.code();
    }
    try {
      switch (format) {
        case TSV -> writeTables(substances);
        case SDF -> write(substances, true);
        case JSON -> write(substances, false);
      }
      return ExitCode.FOUND.code();
    } catch (IOException | CDKException e) {
      problems.error("export failed: " + e.getMessage(), e);
      return ExitCode.FAILURE.code();
    }
  }

  private List<Substance> substances() throws IOException {
    if (registry == null) {
      return ReferenceData.bundled().substances();
    }
    // Read-only: a directory without a registry is refused, and nothing is created.
    try (Registry r = Registry.open(registry, Registry.OpenMode.READ_ONLY)) {
      return r.substances();
    }
  }

  private void writeTables(List<Substance> substances) throws IOException {
    Files.createDirectories(output);
    // Both tables are written whole before either replaces an earlier export: never a new
    // substances table beside an old controls table.
    try (AtomicFile s = AtomicFile.create(output.resolve("substances.tsv"));
        AtomicFile c = AtomicFile.create(output.resolve("controls.tsv"))) {
      SubstanceTableWriter.writeSubstances(substances, s.writer());
      SubstanceTableWriter.writeControls(substances, c.writer());
      s.commit();
      c.commit();
    }
    new Problems(env.err(), debug)
        .note("wrote " + substances.size() + " substances to " + Cells.safe(output.toString()));
  }

  private void write(List<Substance> substances, boolean sdf) throws IOException, CDKException {
    if (output == null) {
      // Standard output: a failed write is seen by checkError in Main, which exits 4.
      writeTo(substances, sdf, env.out());
      env.out().flush();
      return;
    }
    try (AtomicFile file = AtomicFile.create(output)) {
      PrintWriter out = new PrintWriter(file.writer());
      writeTo(substances, sdf, out);
      out.flush();
      if (out.checkError()) {
        throw new IOException("cannot write " + output + " (is the disk full?)");
      }
      file.commit();
    }
  }

  private static void writeTo(List<Substance> substances, boolean sdf, PrintWriter out)
      throws IOException, CDKException {
    if (sdf) {
      writeSdf(substances, out);
    } else {
      SubstanceWriter.write(OutputFormat.JSON, substances, out);
    }
  }

  private static void writeSdf(List<Substance> substances, Writer out)
      throws CDKException, IOException {
    StructureDiagramGenerator layout = new StructureDiagramGenerator();
    for (Substance s : substances) {
      if (!s.hasStructure()) {
        // An SDF record is a structure; a substance without one is in the TSV and JSON exports.
        continue;
      }
      IAtomContainer mol = s.structure().get().atomContainer();
      layout.generateCoordinates(mol);
      mol.setTitle(s.name());
      mol.setProperty("id", s.id().value());
      mol.setProperty("name", s.name());
      mol.setProperty("synonyms", String.join("|", s.synonyms()));
      s.code(org.opioidregistry.core.substance.CodeType.CAS_RN)
          .map(Code::value)
          .ifPresent(cas -> mol.setProperty("cas", cas));
      mol.setProperty("class", s.substanceClass().id());
      mol.setProperty("inchikey", s.structure().get().inchiKey());
      mol.setProperty(
          "controls", String.join("; ", s.controls().stream().map(Control::toString).toList()));
      mol.setProperty("source", String.join("; ", s.sources()));
      // SDFWriter buffers internally and only a close flushes it; the output (perhaps standard
      // output) is the caller's to close, so each record goes through a writer of its own.
      StringWriter record = new StringWriter();
      try (SDFWriter writer = new SDFWriter(record)) {
        writer.write(mol);
      }
      out.write(record.toString());
    }
  }
}
