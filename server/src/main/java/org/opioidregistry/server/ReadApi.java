package org.opioidregistry.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.core.substructure.SubstructureQuery;
import org.opioidregistry.identify.IdentificationJson;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.Query;
import org.opioidregistry.identify.SubstanceJson;
import org.opioidregistry.identify.SubstructureJson;
import org.opioidregistry.search.Registry;
import org.opioidregistry.search.SearchFilter;
import org.opioidregistry.search.SubstructureResult;

/**
 * The read routes besides identify: similar, substructure, names, one substance, health. Each
 * answers with the records the command line writes (identify's JSON writers); the chemistry runs on
 * the {@link Workers}, health does not, so it answers while the workers are busy.
 *
 * <p>Thread-safe: holds only thread-safe collaborators.
 */
final class ReadApi {

  private final Identifier identifier;
  private final Registry registry;
  private final Workers workers;
  private final Params params;
  private final Bodies bodies;
  private final ServerSettings settings;

  ReadApi(
      Identifier identifier,
      Workers workers,
      Params params,
      Bodies bodies,
      ServerSettings settings) {
    this.identifier = identifier;
    this.registry = identifier.registry();
    this.workers = workers;
    this.params = params;
    this.bodies = bodies;
    this.settings = settings;
  }

  List<Route> routes() {
    return List.of(
        Route.get("/api/health", this::health),
        Route.get("/api/similar", this::similar),
        Route.post("/api/substructure", this::substructure),
        Route.get("/api/names", this::names),
        Route.get("/api/substances/{id}", this::substance));
  }

  void health(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("substances", registry.size());
    body.put("fingerprint", registry.fingerprintType().name());
    ctx.json(body);
  }

  /**
   * {@code GET
   * /api/similar?q=...&threshold=0.5&top=5&fingerprint=ECFP4&class=...&jurisdiction=...}: the
   * identification record of the query (anything identify takes), whose {@code similar} list is the
   * answer, narrowed by the filter (the verdict is the whole registry's).
   */
  void similar(Context ctx) {
    String q = params.required(ctx, "q");
    Identifier tuned = Tuning.of(ctx, params).apply(identifier);
    String json =
        workers.call(ctx, remaining -> IdentificationJson.toJson(tuned.identify(Query.detect(q))));
    ctx.contentType("application/json").result(json);
  }

  /**
   * {@code POST /api/substructure {"smarts": "...", "limit": 100, "class": [...], "jurisdiction":
   * [...]}} (the filter also as {@code class} and {@code jurisdiction} parameters, used when the
   * body has none): hits with matched atoms; a search that reaches the time bound is a 503 TIMEOUT,
   * not a partial answer. A substructure search decides no verdict, so the filter narrows the
   * search itself.
   */
  void substructure(Context ctx) {
    JsonNode json = bodies.object(ctx);
    String smarts = bodies.text(json, "smarts");
    int limit = bodies.count(json, "limit", Math.min(100, settings.maxResults()));
    SearchFilter inBody = bodies.filter(json);
    SearchFilter filter = inBody.isEmpty() ? params.filter(ctx) : inBody;
    SubstructureResult result =
        workers.call(
            ctx,
            remaining ->
                registry.findSubstructure(
                    SubstructureQuery.smarts(smarts),
                    limit,
                    remaining.isNegative() ? Duration.ZERO : remaining,
                    filter));
    if (result.timedOut()) {
      throw workers.timedOut();
    }
    ctx.contentType("application/json").result(SubstructureJson.toJson(smarts, result));
  }

  /**
   * {@code GET /api/names?q=fentan&class=...&jurisdiction=...}: search and autocomplete; the
   * identification record of the text read as a name, whose {@code names} list holds the matches
   * best first (only those the filter lets through; the verdict is the whole registry's).
   */
  void names(Context ctx) {
    String q = params.required(ctx, "q");
    SearchFilter filter = params.filter(ctx);
    Identifier filtered = filter.isEmpty() ? identifier : identifier.withFilter(filter);
    String json =
        workers.call(
            ctx,
            remaining -> IdentificationJson.toJson(filtered.identify(Query.of(QueryKind.NAME, q))));
    ctx.contentType("application/json").result(json);
  }

  /** {@code GET /api/substances/{id}}: one substance in full, 404 when unknown. */
  void substance(Context ctx) {
    String id = params.checkLength("id", ctx.pathParam("id"));
    SubstanceId substanceId;
    try {
      substanceId = SubstanceId.of(id);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("BAD_ID", e.getMessage());
    }
    String json =
        registry
            .get(substanceId)
            .map(SubstanceJson::toJson)
            .orElseThrow(
                () -> new ApiException(404, "UNKNOWN_ID", "no substance with id '" + id + "'"));
    ctx.contentType("application/json").result(json);
  }
}
