package org.opioidregistry.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.opioidregistry.cli.report.Identification;
import org.opioidregistry.cli.report.ListedMatch;
import org.opioidregistry.cli.report.Metric;
import org.opioidregistry.cli.report.NameMatch;
import org.opioidregistry.cli.report.Relation;
import org.opioidregistry.cli.report.SimilarMatch;
import org.opioidregistry.cli.report.Verdict;
import org.opioidregistry.core.mass.MassWindow;
import org.opioidregistry.core.mass.MolecularFormula;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.search.IdentityMatch;
import org.opioidregistry.search.IdentityResult;
import org.opioidregistry.search.Registry;
import org.opioidregistry.search.SimilarityMatch;

/**
 * The {@link Identifier} over the search module's {@link Registry}: decides the verdict from what
 * the registry finds.
 *
 * <p>The verdict, strongest first: {@code LISTED} when the query is, or is a salt of, a registered
 * substance under control; {@code LISTED_ISOMER} when it is a stereoisomer or isotope variant of
 * one; {@code COVERED_BY_CLASS_DEFINITION} when a generic definition covers it (the
 * class-definition module is not wired yet, so this verdict is not given and {@code
 * classDefinitions} is empty); {@code SIMILAR_TO_LISTED} when a controlled substance scores at
 * least the threshold; else {@code NO_LISTED_MATCH}. Registered substances without controls are
 * reported, but never make a verdict.
 *
 * <p>Thread-safe: {@link Registry} is for reads.
 */
final class RegistryIdentifier implements Identifier {

  /** Name matches reported per query. */
  private static final int NAME_LIMIT = 10;

  private final Registry registry;
  private final RegistrySettings settings;

  RegistryIdentifier(Registry registry, RegistrySettings settings) {
    this.registry = Objects.requireNonNull(registry);
    this.settings = Objects.requireNonNull(settings);
  }

  /**
   * Opens the registry the settings name: a directory must already hold one (a typo in {@code
   * --registry} must not silently create an empty registry that finds nothing). The bundled
   * reference data is not wired yet: without a directory, there is no registry.
   */
  static IdentifierFactory factory() {
    return settings -> {
      if (settings.directory().isEmpty()) {
        return Optional.empty();
      }
      Path directory = settings.directory().get();
      if (!Files.isDirectory(directory)) {
        throw new NoSuchFileException(directory.toString(), null, "no registry directory");
      }
      return Optional.of(new RegistryIdentifier(Registry.open(directory), settings));
    };
  }

  @Override
  public Identification identify(Structure structure) {
    IdentityResult identity = registry.findByStructure(structure);
    List<ListedMatch> listed = new ArrayList<>();
    Set<SubstanceId> seen = new HashSet<>();
    boolean listedExact = false;
    boolean listedIsomer = false;
    for (IdentityMatch m : identity.exact()) {
      listed.add(listedMatch(m.substance(), relation(m.relation())));
      seen.add(m.substance().id());
      listedExact |= m.substance().isControlled();
    }
    for (IdentityMatch m : identity.related()) {
      listed.add(listedMatch(m.substance(), relation(m.relation())));
      seen.add(m.substance().id());
      listedIsomer |= m.substance().isControlled();
    }
    List<SimilarMatch> similar = new ArrayList<>();
    boolean similarListed = false;
    // One more than shown, since the query itself (when registered) is among the hits.
    for (SimilarityMatch m :
        registry.similar(structure, settings.threshold(), settings.top() + seen.size())) {
      if (seen.contains(m.substance().id()) || similar.size() == settings.top()) {
        continue;
      }
      similar.add(similarMatch(m));
      similarListed |= m.substance().isControlled();
    }
    Verdict verdict =
        listedExact
            ? Verdict.LISTED
            : listedIsomer
                ? Verdict.LISTED_ISOMER
                : similarListed ? Verdict.SIMILAR_TO_LISTED : Verdict.NO_LISTED_MATCH;
    return new Identification(verdict, listed, similar, List.of());
  }

  @Override
  public List<NameMatch> findByName(String text) {
    return registry.searchNames(text, NAME_LIMIT).stream()
        .map(
            m ->
                new NameMatch(
                    m.substance().id(),
                    m.substance().name(),
                    m.matchedName(),
                    m.score(),
                    m.substance().structure()))
        .toList();
  }

  @Override
  public List<ListedMatch> findByFormula(MolecularFormula formula) {
    return registry.byFormula(formula.hill()).stream()
        .map(s -> listedMatch(s, Relation.SAME_FORMULA))
        .toList();
  }

  @Override
  public List<ListedMatch> findByMass(MassWindow window) {
    double ppm = window.halfWidth() / window.centre() * 1e6;
    return registry.byMonoisotopicMass(window.centre(), ppm).stream()
        .map(
            s ->
                new ListedMatch(
                    s.id(),
                    s.name(),
                    s.structure().inchiKey(),
                    Relation.MASS_MATCH,
                    s.controls(),
                    OptionalDouble.of(
                        MassWindow.ppmError(window.centre(), s.structure().monoisotopicMass()))))
        .toList();
  }

  @Override
  public void close() {
    try {
      registry.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ListedMatch listedMatch(Substance s, Relation relation) {
    return ListedMatch.of(s.id(), s.name(), s.structure().inchiKey(), relation, s.controls());
  }

  private static SimilarMatch similarMatch(SimilarityMatch m) {
    Substance s = m.substance();
    return new SimilarMatch(
        s.id(),
        s.name(),
        s.structure().inchiKey(),
        m.score(),
        Metric.valueOf(m.metric().name()),
        m.fingerprint(),
        s.controls());
  }

  private static Relation relation(org.opioidregistry.search.Relation relation) {
    return switch (relation) {
      case IDENTICAL -> Relation.IDENTICAL;
      case SALT -> Relation.SALT;
      case STEREOISOMER -> Relation.STEREOISOMER;
      case ISOTOPE_VARIANT -> Relation.ISOTOPE_VARIANT;
    };
  }
}
