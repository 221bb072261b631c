package org.opioidregistry.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.opioidregistry.cli.report.ClassDefinitionResult;
import org.opioidregistry.cli.report.Identification;
import org.opioidregistry.cli.report.ListedMatch;
import org.opioidregistry.cli.report.Metric;
import org.opioidregistry.cli.report.NameMatch;
import org.opioidregistry.cli.report.Relation;
import org.opioidregistry.cli.report.SimilarMatch;
import org.opioidregistry.cli.report.Verdict;
import org.opioidregistry.core.classdef.ClassDefinitions;
import org.opioidregistry.core.classdef.Clause;
import org.opioidregistry.core.mass.MassWindow;
import org.opioidregistry.core.mass.MolecularFormula;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Jurisdiction;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.search.IdentityMatch;
import org.opioidregistry.search.IdentityResult;
import org.opioidregistry.search.NameMatchKind;
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
   * Opens the registry the settings name: the bundled reference data in memory, or a directory that
   * must already hold a registry (a typo in {@code --registry} must not silently create an empty
   * registry that finds nothing).
   */
  static IdentifierFactory factory() {
    return settings -> {
      if (settings.directory().isEmpty()) {
        return Optional.of(
            new RegistryIdentifier(
                Registry.inMemory(ReferenceData.bundled().substances()), settings));
      }
      Path directory = settings.directory().get();
      if (!Files.isDirectory(directory)) {
        throw new NoSuchFileException(directory.toString(), null, "no registry directory");
      }
      // Read-only: several identify or screen runs may read one registry at once.
      return Optional.of(
          new RegistryIdentifier(Registry.open(directory, Registry.OpenMode.READ_ONLY), settings));
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
    List<ClassDefinitionResult> definitions = classDefinitions(structure);
    boolean covered = definitions.stream().anyMatch(ClassDefinitionResult::covered);
    Verdict verdict;
    if (listedExact) {
      verdict = Verdict.LISTED;
    } else if (listedIsomer) {
      verdict = Verdict.LISTED_ISOMER;
    } else if (covered) {
      verdict = Verdict.COVERED_BY_CLASS_DEFINITION;
    } else if (similarListed) {
      verdict = Verdict.SIMILAR_TO_LISTED;
    } else {
      verdict = Verdict.NO_LISTED_MATCH;
    }
    return new Identification(verdict, listed, similar, definitions);
  }

  /** Every generic definition's evaluation of the structure, covered ones first. */
  private static List<ClassDefinitionResult> classDefinitions(Structure structure) {
    List<ClassDefinitionResult> results = new ArrayList<>();
    ClassDefinitions.evaluateAll(structure.atomContainer())
        .forEach(
            (definition, evaluation) ->
                results.add(
                    new ClassDefinitionResult(
                        definition.id(),
                        Jurisdiction.ofCode(definition.jurisdiction()),
                        evaluation.coverage(),
                        evaluation.clauses().stream().map(Clause::label).toList(),
                        evaluation.summary())));
    results.sort(Comparator.comparing(r -> !r.covered()));
    return List.copyOf(results);
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
                    strength(m.kind()),
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
  public Optional<Substance> substance(SubstanceId id) {
    return registry.get(id);
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

  private static NameMatch.Strength strength(NameMatchKind kind) {
    return switch (kind) {
      case CODE, EXACT_NAME -> NameMatch.Strength.EXACT;
      case TYPO -> NameMatch.Strength.TYPO;
      case PREFIX, PARTIAL, QUERY -> NameMatch.Strength.PARTIAL;
    };
  }

  private static Relation relation(org.opioidregistry.search.Relation relation) {
    return switch (relation) {
      case IDENTICAL -> Relation.IDENTICAL;
      case SALT -> Relation.SALT;
      case STEREOISOMER -> Relation.STEREOISOMER;
      case ISOTOPE_VARIANT -> Relation.ISOTOPE_VARIANT;
      case TAUTOMER -> Relation.TAUTOMER;
    };
  }
}
