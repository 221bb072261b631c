package org.opioidregistry.data;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.opioidregistry.core.internal.Loggers;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceClass;
import org.opioidregistry.core.substance.SubstanceId;
import org.slf4j.Logger;

/**
 * The curated reference data bundled with this module: the synthetic opioids controlled under the
 * UN conventions of 1961 and 1971 and the fentanyl precursors of Table I of the 1988 Convention,
 * each with its structure, codes, class, controls and sources. The files are verified as they are
 * loaded (see {@link SubstanceTableReader}); what each fact rests on is in {@code DATA.md}.
 *
 * <pre>{@code
 * ReferenceData data = ReferenceData.bundled();
 * Substance carfentanil = data.substance("carfentanil").orElseThrow();
 * carfentanil.controls().get(0).since();                    // 2018, verified
 * data.substances(SubstanceClass.NITAZENE).size();          // 12
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReferenceData {

  private static final Logger LOG = Loggers.of(ReferenceData.class);

  // Loaded on first use only; memoize retries a failed load instead of caching the failure.
  private static final Supplier<ReferenceData> BUNDLED = Suppliers.memoize(ReferenceData::load);

  private final List<Substance> substances;
  private final Map<SubstanceId, Substance> byId;

  private ReferenceData(List<Substance> substances) {
    this.substances = ImmutableList.copyOf(substances);
    this.byId =
        this.substances.stream()
            .collect(ImmutableMap.toImmutableMap(Substance::id, Function.identity()));
  }

  /**
   * The bundled data, loaded and verified on the first call and shared afterwards.
   *
   * @throws DataFileException if the bundled files are malformed (a packaging fault)
   */
  public static ReferenceData bundled() {
    return BUNDLED.get();
  }

  /**
   * Loads and verifies the bundled data anew, without sharing the result. Most callers want {@link
   * #bundled()}; this is for measuring and for tests.
   *
   * @throws DataFileException if the bundled files are malformed (a packaging fault)
   * @throws UncheckedIOException if the resources cannot be read
   */
  public static ReferenceData load() {
    long start = System.nanoTime();
    try (Reader substances = resource(SubstanceTableReader.SUBSTANCES_FILE);
        Reader controls = resource(SubstanceTableReader.CONTROLS_FILE)) {
      ReferenceData data =
          new ReferenceData(
              SubstanceTableReader.read(
                  substances,
                  SubstanceTableReader.SUBSTANCES_FILE,
                  controls,
                  SubstanceTableReader.CONTROLS_FILE));
      LOG.debug(
          "loaded {} reference substances in {} ms",
          data.size(),
          (System.nanoTime() - start) / 1_000_000);
      return data;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled reference data", e);
    }
  }

  /**
   * Wraps substances read elsewhere (e.g. by {@link SubstanceTableReader} from a lab's own files).
   *
   * @throws IllegalArgumentException when two substances share an id
   */
  public static ReferenceData of(List<Substance> substances) {
    return new ReferenceData(Objects.requireNonNull(substances, "substances"));
  }

  private static Reader resource(String name) throws IOException {
    InputStream in = ReferenceData.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource " + name + " is missing from the data jar");
    }
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
