package org.opioidregistry.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opioidregistry.core.fingerprint.FingerprintType;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.core.substructure.SubstructureQuery;
import org.opioidregistry.search.Registry;
import org.opioidregistry.search.SearchFilter;
import org.opioidregistry.search.SubstructureResult;
import org.opioidregistry.server.JsonViews.NameJson;
import org.opioidregistry.server.JsonViews.SimilarJson;
import org.opioidregistry.server.JsonViews.SubstanceJson;
import org.opioidregistry.server.JsonViews.SubstructureHitJson;

/**
 * The read routes over the registry: similar, substructure, names, one substance, health. The
 * chemistry of each runs on the {@link Workers}; health does not, so it answers while the workers
 * are busy.
 *
 * <p>Thread-safe: holds only thread-safe collaborators.
 */
final class ReadApi {

  /** The command line's defaults ({@code --threshold 0.5 --top 5}). */
  static final double DEFAULT_THRESHOLD = 0.5;

  static final int DEFAULT_TOP = 5;

  private final Registry registry;
  private final Workers workers;
  private final Params params;
  private final Bodies bodies;
  private final ServerSettings settings;

  ReadApi(
      Registry registry, Workers workers, Params params, Bodies bodies, ServerSettings settings) {
    this.registry = registry;
    this.settings = settings;
    this.workers = workers;
    this.params = params;
    this.bodies = bodies;
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
   * {@code GET /api/similar?q=SMILES&threshold=0.5&top=5&fingerprint=ECFP4&class=&jurisdiction=}.
   */
  void similar(Context ctx) {
    String q = params.required(ctx, "q");
    double threshold = params.fraction(ctx, "threshold", DEFAULT_THRESHOLD);
    int top = params.count(ctx, "top", DEFAULT_TOP);
    FingerprintType type = params.fingerprint(ctx, registry.fingerprintType());
    SearchFilter filter = params.filter(ctx);
    List<SimilarJson> similar =
        workers.call(
            remaining -> {
              Structure structure = StructureParser.parse(q);
              return registry.findSimilar(structure, type, threshold, top, filter).stream()
                  .map(SimilarJson::of)
                  .toList();
            });
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", q);
    body.put("threshold", threshold);
    body.put("top", top);
    body.put("fingerprint", type.name());
    body.put("metric", "TANIMOTO");
    body.put("similar", similar);
    ctx.json(body);
  }

  /** {@code POST /api/substructure {"smarts": "...", "limit": 100}}: hits with matched atoms. */
  void substructure(Context ctx) {
    JsonNode json = bodies.object(ctx);
    String smarts = bodies.text(json, "smarts");
    int limit = bodies.count(json, "limit", Math.min(100, settings.maxResults()));
    SearchFilter filter = params.filter(ctx);
    SubstructureResult result =
        workers.call(
            remaining ->
                registry.findSubstructure(
                    SubstructureQuery.smarts(smarts),
                    limit,
                    remaining.isNegative() ? Duration.ZERO : remaining,
                    filter));
    if (result.timedOut()) {
      throw workers.timedOut();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("smarts", smarts);
    body.put("examined", result.examined());
    body.put("screenedOut", result.screenedOut());
    body.put("hits", result.hits().stream().map(SubstructureHitJson::of).toList());
    ctx.json(body);
  }

  /** {@code GET /api/names?q=fentan&limit=10}: search and autocomplete (prefixes match). */
  void names(Context ctx) {
    String q = params.required(ctx, "q");
    int limit = params.count(ctx, "limit", 10);
    SearchFilter filter = params.filter(ctx);
    List<NameJson> matches =
        workers.call(
            remaining -> registry.findByName(q, limit, filter).stream().map(NameJson::of).toList());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", q);
    body.put("matches", matches);
    ctx.json(body);
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
    SubstanceJson substance =
        registry
            .get(substanceId)
            .map(SubstanceJson::of)
            .orElseThrow(
                () -> new ApiException(404, "UNKNOWN_ID", "no substance with id '" + id + "'"));
    ctx.json(substance);
  }
}
