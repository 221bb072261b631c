package org.opioidregistry.data;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.opioidregistry.core.fingerprint.Fingerprint;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.internal.Loggers;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.core.substance.SubstanceId;
import org.slf4j.Logger;

/**
 * The curated reference data bundled with this module: the synthetic opioids controlled under the
 * UN conventions of 1961 and 1971 and the fentanyl precursors of Table I of the 1988 Convention,
 * each with its structure, codes, class, controls and sources; the national schedules (United
 * States, United Kingdom, China) are controls tables of their own, one a jurisdiction. The files
 * are verified as they are loaded (see {@link SubstanceTableReader}); what each fact rests on is in
 * {@code DATA.md}. The slow part of that, parsing and keying every SMILES, is done once by the
 * build, whose results {@link #bundled()} reads (with the fingerprints it computed, {@link
 * #fingerprint}); {@link #load()} does it all again.
 *
 * <pre>{@code
 * ReferenceData data = ReferenceData.bundled();
 * Substance carfentanil = data.substance("carfentanil").orElseThrow();
 * carfentanil.controls().get(0).since();                    // 2018, verified
 * data.substances(SubstanceClass.NITAZENE).size();          // 16
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReferenceData {

  private static final Logger LOG = Loggers.of(ReferenceData.class);

  /** The resource naming the bundled per-jurisdiction controls tables. */
  static final String CONTROLS_INDEX = "controls-files.txt";

  // Loaded on first use only; memoize retries a failed load instead of caching the failure.
  private static final Supplier<ReferenceData> BUNDLED =
      Suppliers.memoize(ReferenceData::loadPrecomputed);

  private final List<Substance> substances;
  private final Map<SubstanceId, Substance> byId;
  private final PrecomputedStructures precomputed;
  private final Optional<String> bundledChecksum;

  private ReferenceData(List<Substance> substances, PrecomputedStructures precomputed) {
    this(substances, precomputed, Optional.empty());
  }

  private ReferenceData(
      List<Substance> substances,
      PrecomputedStructures precomputed,
      Optional<String> bundledChecksum) {
    this.precomputed = precomputed;
    this.bundledChecksum = bundledChecksum;
    this.substances = ImmutableList.copyOf(substances);
    this.byId =
        this.substances.stream()
            .collect(ImmutableMap.toImmutableMap(Substance::id, Function.identity()));
  }

  /**
   * The bundled data, loaded on the first call and shared afterwards. Every row is checked as by
   * {@link #load()}, but the structures are those the build computed and verified from the same
   * SMILES (no parsing or InChI at start-up); a SMILES the build did not see is parsed.
   *
   * @throws DataFileException if the bundled files are malformed (a packaging fault)
   */
  public static ReferenceData bundled() {
    return BUNDLED.get();
  }

  /**
   * Loads the bundled data anew, parsing and verifying every structure from its SMILES (what the
   * build does once), without sharing the result. Most callers want {@link #bundled()}; this is for
   * measuring and for tests. It has no precomputed fingerprints.
   *
   * @throws DataFileException if the bundled files are malformed (a packaging fault)
   * @throws UncheckedIOException if the resources cannot be read
   */
  public static ReferenceData load() {
    return load(StructureSource.PARSE, PrecomputedStructures.NONE);
  }

  /**
   * The bundled tables with the build's structures and fingerprints, and the checksum of every
   * resource read (the precomputed one too), in reading order.
   */
  static ReferenceData loadPrecomputed() {
    CRC32 checksum = new CRC32();
    PrecomputedStructures precomputed = readPrecomputed(checksum);
    return timed(
        precomputed,
        () ->
            new ReferenceData(
                readBundled(precomputed, List.of(), checksum),
                precomputed,
                precomputed.size() == 0
                    ? Optional.empty()
                    : Optional.of(CHECKSUM_PREFIX + Long.toHexString(checksum.getValue()))));
  }

  /** A read of the bundled tables. */
  private interface BundledRead {
    ReferenceData read() throws IOException;
  }

  /**
   * Runs the read, logging how long it took; a bundled resource that cannot be read is an unchecked
   * failure (the jar is broken, no caller can mend it).
   */
  private static ReferenceData timed(PrecomputedStructures precomputed, BundledRead read) {
    long start = System.nanoTime();
    try {
      ReferenceData data = read.read();
      LOG.debug(
          "loaded {} reference substances ({} structures precomputed by the build) in {} ms",
          data.size(),
          precomputed.size(),
          (System.nanoTime() - start) / 1_000_000);
      return data;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled reference data", e);
    }
  }

  /** How {@link #bundledChecksum()} names its algorithm. */
  private static final String CHECKSUM_PREFIX = "crc32:";

  private static PrecomputedStructures readPrecomputed() {
    return readPrecomputed(new CRC32());
  }

  private static PrecomputedStructures readPrecomputed(CRC32 checksum) {
    InputStream raw = ReferenceData.class.getResourceAsStream(PrecomputedStructures.RESOURCE);
    if (raw == null) {
      // Run from sources without the build's process-classes phase (an IDE): slow, still right.
      LOG.warn(
          "{} is missing (made by the build): verifying every bundled structure anew",
          PrecomputedStructures.RESOURCE);
      return PrecomputedStructures.NONE;
    }
    InputStream in = new CheckedInputStream(raw, checksum);
    try (Reader reader = utf8(in)) {
      return PrecomputedStructures.read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled precomputed data", e);
    }
  }

  /**
   * The bundled data with a laboratory's own controls tables read after the bundled ones (e.g. its
   * country's {@code controls-fr.tsv}, in the layout of {@code controls.tsv}), with every check of
   * {@link SubstanceTableReader} applied across all of them: a control of an unknown substance, or
   * one the bundled files already hold, is refused. The structures are the build's, as for {@link
   * #bundled()}; the result is not shared.
   *
   * @param controls the laboratory's controls tables, read in this order
   * @throws IOException when a file cannot be read or is not valid UTF-8
   * @throws DataFileException when a line is malformed or fails a check
   */
  public static ReferenceData bundledWith(List<Path> controls) throws IOException {
    Objects.requireNonNull(controls, "controls");
    PrecomputedStructures precomputed = readPrecomputed();
    return new ReferenceData(readBundled(precomputed, controls), precomputed);
  }

  /**
   * Reads the tables, taking structures from {@code structures}; every other check runs as usual.
   */
  static ReferenceData load(StructureSource structures, PrecomputedStructures precomputed) {
    return timed(
        precomputed, () -> new ReferenceData(readBundled(structures, List.of()), precomputed));
  }

  /**
   * Reads the bundled substances and every bundled controls table ({@link #bundledControlsFiles}),
   * then any further controls files, with every check.
   */
  static List<Substance> readBundled(StructureSource structures, List<Path> moreControls)
      throws IOException {
    return readBundled(structures, moreControls, new CRC32());
  }

  /** {@link #readBundled(StructureSource, List)}, the bundled resources' bytes into a checksum. */
  private static List<Substance> readBundled(
      StructureSource structures, List<Path> moreControls, CRC32 checksum) throws IOException {
    Map<String, Reader> controls = new LinkedHashMap<>();
    List<String> controlsFiles = bundledControlsFiles(checksum);
    try (Reader substances = resource(SubstanceTableReader.SUBSTANCES_FILE, checksum)) {
      for (String name : controlsFiles) {
        controls.put(name, resource(name, checksum));
      }
      for (Path file : moreControls) {
        String name = String.valueOf(file.getFileName());
        if (controls.containsKey(name)) {
          throw new IOException("a bundled controls table is already named " + name);
        }
        controls.put(name, utf8(Files.newInputStream(file)));
      }
      return SubstanceTableReader.read(
          substances, SubstanceTableReader.SUBSTANCES_FILE, controls, structures);
    } finally {
      for (Reader r : controls.values()) {
        r.close();
      }
    }
  }

  /**
   * The bundled controls tables in reading order: {@code controls.tsv} (the UN conventions), then
   * the per-jurisdiction tables that the resource {@value #CONTROLS_INDEX} names, one a line. A
   * jurisdiction is added to the bundled data by adding its file and a line there, no code.
   */
  static List<String> bundledControlsFiles() throws IOException {
    return bundledControlsFiles(new CRC32());
  }

  private static List<String> bundledControlsFiles(CRC32 checksum) throws IOException {
    List<String> names = new ArrayList<>();
    names.add(SubstanceTableReader.CONTROLS_FILE);
    try (BufferedReader index = new BufferedReader(resource(CONTROLS_INDEX, checksum))) {
      for (String line = index.readLine(); line != null; line = index.readLine()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
    }
    return ImmutableList.copyOf(names);
  }

  /**
   * Wraps substances read elsewhere (e.g. by {@link SubstanceTableReader} from a lab's own files).
   *
   * @throws IllegalArgumentException when two substances share an id
   */
  public static ReferenceData of(List<Substance> substances) {
    return new ReferenceData(
        Objects.requireNonNull(substances, "substances"), PrecomputedStructures.NONE);
  }

  static Reader resource(String name) throws IOException {
    return resource(name, new CRC32());
  }

  /** The resource, whose bytes go into the checksum as they are read. */
  private static Reader resource(String name, CRC32 checksum) throws IOException {
    InputStream in = ReferenceData.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource " + name + " is missing from the data jar");
    }
    return utf8(new CheckedInputStream(in, checksum));
  }

  private static Reader utf8(InputStream in) {
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** Every substance, in file order. */
  public List<Substance> substances() {
    return substances;
  }

  /** The substances of one class, in file order. */
  public List<Substance> substances(SubstanceClass substanceClass) {
    Objects.requireNonNull(substanceClass, "substanceClass");
    return substances.stream()
        .filter(s -> s.substanceClass() == substanceClass)
        .collect(ImmutableList.toImmutableList());
  }

  /** The substances with at least one control in the given jurisdiction, in file order. */
  public List<Substance> controlledUnder(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return substances.stream()
        .filter(s -> s.controls().stream().anyMatch(c -> c.jurisdiction().equals(jurisdiction)))
        .collect(ImmutableList.toImmutableList());
  }

  /** The substance with the given id, if any. */
  public Optional<Substance> substance(SubstanceId id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The substance with the given id text, if any; text that is not a valid id finds nothing.
   *
   * @param id e.g. {@code "fentanyl"}
   */
  public Optional<Substance> substance(String id) {
    try {
      return substance(SubstanceId.of(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The fingerprint the build computed for a bundled structure, so that a registry of the bundled
   * data need not compute it at start-up; empty for a structure the build did not see, for another
   * fingerprint type, and for data not loaded by {@link #bundled()}.
   */
  public Optional<Fingerprint> fingerprint(Structure structure, FingerprintType type) {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(type, "type");
    return precomputed.fingerprint(structure, type);
  }

  /**
   * A checksum of every bundled resource {@link #bundled()} read, the build's precomputed one
   * included (e.g. {@code "crc32:1a2b3c4d"}), so that a value the build derived from these data (a
   * registry's content hash) can be taken as it is exactly when the data are those it was derived
   * from; empty for data not loaded by {@link #bundled()}, and when the build's precomputed
   * resource is missing. It tells apart different builds' data, not data tampered with on purpose.
   *
   * @return the checksum, or empty
   */
  public Optional<String> bundledChecksum() {
    return bundledChecksum;
  }

  /** The number of substances. */
  public int size() {
    return substances.size();
  }

  /** E.g. "ReferenceData[91 substances]". */
  @Override
  public String toString() {
    return "ReferenceData[" + substances.size() + " substances]";
  }
}
