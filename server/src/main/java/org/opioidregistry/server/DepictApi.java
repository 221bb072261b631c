package org.opioidregistry.server;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.core.substructure.SubstructureMatch;
import org.opioidregistry.core.substructure.SubstructureQuery;
import org.opioidregistry.core.substructure.SubstructureTimeoutException;
import org.opioidregistry.depict.Depicter;
import org.opioidregistry.identify.ClassDefinitionResult;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.Query;
import org.opioidregistry.search.Registry;

/**
 * {@code GET /api/depict?q=STRUCTURE} or {@code ?id=SUBSTANCE}: an SVG picture of the standardised
 * structure, drawn by the {@code depict} module's {@link Depicter}, with {@code highlight}:
 *
 * <ul>
 *   <li>{@code none} (the default): the structure alone;
 *   <li>{@code classdef}: the sites a class-wide definition found changed, each coloured and
 *       labelled with its clause, beside the listed substance it is compared with ({@link
 *       Identification#comparedWith()}: the first listed match of another structure, else the
 *       nearest similar substance of another structure), as the command line's {@code depict} draws
 *       it; {@code definition=ID} picks the definition, by default the first that covers the
 *       structure; when none covers it, the structure alone;
 *   <li>{@code substructure}: the atoms (and bonds between them) of the first match of {@code
 *       smarts}; no match, the structure alone.
 * </ul>
 *
 * <p>The {@code X-Depiction} response header says what was drawn: {@code structure}, {@code
 * classdef; definition=us-frs; compared=para-fluorobutyrfentanyl} or {@code substructure}, so a
 * client can tell a picture without highlights from one whose highlight found nothing to show.
 *
 * <p>Thread-safe: the depicter is immutable and builds its CDK objects per call.
 */
final class DepictApi {

  /** Which highlight a picture has. */
  enum Highlight {
    NONE,
    CLASSDEF,
    SUBSTRUCTURE
  }

  /** What was drawn: the SVG and the {@code X-Depiction} header. */
  record Picture(String svg, String description) {}

  private static final Depicter DEPICTER = Depicter.defaults();

  private final Identifier identifier;
  private final Registry registry;
  private final Workers workers;
  private final Params params;

  DepictApi(Identifier identifier, Workers workers, Params params) {
    this.identifier = identifier;
    this.registry = identifier.registry();
    this.workers = workers;
    this.params = params;
  }

  List<Route> routes() {
    return List.of(Route.get("/api/depict", this::depict));
  }

  void depict(Context ctx) {
    Optional<String> q = params.optional(ctx, "q");
    Optional<String> id = params.optional(ctx, "id");
    if (q.isPresent() == id.isPresent()) {
      throw ApiException.badRequest("MISSING_PARAMETER", "give one of the parameters 'q' or 'id'");
    }
    Highlight highlight =
        params.optional(ctx, "highlight").map(DepictApi::highlight).orElse(Highlight.NONE);
    Optional<String> smarts = params.optional(ctx, "smarts");
    Optional<String> definition = params.optional(ctx, "definition");
    if (highlight == Highlight.SUBSTRUCTURE && smarts.isEmpty()) {
      throw ApiException.badRequest(
          "MISSING_PARAMETER", "parameter 'smarts' is required with highlight=substructure");
    }
    Picture picture =
        workers.call(
            ctx,
            remaining -> {
              // A query is identified once; a registered substance only when its sites are drawn.
              Optional<Identification> identified =
                  q.map(text -> identifier.identify(Query.detect(text)));
              Structure structure =
                  identified.isPresent()
                      ? structureOf(identified.get(), q.get())
                      : structureOf(substance(id.get()));
              try {
                return switch (highlight) {
                  case NONE -> plain(structure);
                  case CLASSDEF ->
                      classDefinition(
                          identified.orElseGet(() -> identifier.identify(structure)),
                          structure,
                          definition);
                  case SUBSTRUCTURE -> substructure(structure, smarts.get(), remaining);
                };
              } catch (SubstructureTimeoutException e) {
                throw workers.timedOut();
              }
            });
    ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    ctx.header("X-Depiction", picture.description());
    ctx.contentType("image/svg+xml").result(picture.svg());
  }

  private static Picture plain(Structure structure) {
    return new Picture(DEPICTER.structure(structure), "structure");
  }

  /**
   * The sites of the chosen definition beside the substance compared with. The identification is
   * the identifier's (all definitions, the whole registry), so the picture shows the grounds the
   * verdict was given on.
   */
  private static Picture classDefinition(
      Identification id, Structure structure, Optional<String> definitionId) {
    Optional<ClassDefinitionResult> shown =
        id.classDefinitions().stream()
            .filter(
                r ->
                    definitionId.isPresent()
                        ? r.definitionId().equals(definitionId.get())
                        : r.covered())
            .findFirst();
    if (definitionId.isPresent() && shown.isEmpty()) {
      throw ApiException.badRequest(
          "UNKNOWN_DEFINITION",
          "no class definition '"
              + definitionId.get()
              + "'; one of "
              + id.classDefinitions().stream().map(ClassDefinitionResult::definitionId).toList());
    }
    Optional<Substance> compared = id.comparedWith();
    if (shown.isEmpty() || compared.isEmpty()) {
      return plain(structure);
    }
    ClassDefinitionResult r = shown.get();
    String svg =
        DEPICTER.classEvaluation(
            structure,
            r.evaluation(),
            compared.get().structure().orElseThrow(),
            r.definitionId() + ": " + r.evaluation().summary());
    return new Picture(
        svg,
        "classdef; definition=" + r.definitionId() + "; compared=" + compared.get().id().value());
  }

  private static Picture substructure(Structure structure, String smarts, Duration remaining) {
    Optional<SubstructureMatch> match =
        SubstructureQuery.smarts(smarts)
            .firstMatch(
                structure.atomContainer(), remaining.isNegative() ? Duration.ZERO : remaining);
    if (match.isEmpty()) {
      return new Picture(DEPICTER.structure(structure), "structure; substructure not found");
    }
    return new Picture(
        DEPICTER.substructureHit(structure, match.get().targetAtoms()), "substructure");
  }

  private static Structure structureOf(Identification id, String q) {
    return id.structure()
        .orElseThrow(
            () ->
                new ApiException(422, "NO_STRUCTURE", "the query names no single structure: " + q));
  }

  private static Structure structureOf(Substance s) {
    return s.structure()
        .orElseThrow(
            () ->
                new ApiException(
                    422,
                    "NO_STRUCTURE",
                    "substance '" + s.id().value() + "' has no structure (found by name only)"));
  }

  private Substance substance(String id) {
    SubstanceId substanceId;
    try {
      substanceId = SubstanceId.of(id);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("BAD_ID", e.getMessage());
    }
    return registry
        .get(substanceId)
        .orElseThrow(
            () -> new ApiException(404, "UNKNOWN_ID", "no substance with id '" + id + "'"));
  }

  private static Highlight highlight(String value) {
    try {
      return Highlight.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "BAD_PARAMETER",
          "parameter 'highlight' must be none, classdef or substructure (a SMARTS goes in 'smarts'): "
              + value);
    }
  }
}
