package org.opioidregistry.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.IdentificationJson;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.Query;

/**
 * {@code POST /api/identify}: {@code {"query": "..."}} answers one identification record, exactly
 * the command line's {@code identify --format json} line; {@code {"queries": [...]}} answers {@code
 * {"results": [...]}}, one record per query in order, a query that cannot be read giving its error
 * record in its place (as a batch line does) while the others go on. Optional members {@code
 * threshold}, {@code top} and {@code fingerprint} adjust the similarity part; {@code class} and
 * {@code jurisdiction} (a string or an array of strings) narrow the similar and names lists, never
 * the verdict, which is decided on the whole registry (the record's settings name the filter).
 *
 * <p>Thread-safe: the identifier is immutable and shared.
 */
final class IdentifyApi {

  private final Identifier identifier;
  private final Workers workers;
  private final Bodies bodies;
  private final ServerSettings settings;

  IdentifyApi(Identifier identifier, Workers workers, Bodies bodies, ServerSettings settings) {
    this.identifier = identifier;
    this.workers = workers;
    this.bodies = bodies;
    this.settings = settings;
  }

  List<Route> routes() {
    return List.of(Route.post("/api/identify", this::identify));
  }

  void identify(Context ctx) {
    JsonNode json = bodies.object(ctx);
    Identifier tuned = Tuning.of(json, bodies).apply(identifier);
    if (json.has("query") == json.has("queries")) {
      throw ApiException.badRequest(
          "MISSING_MEMBER", "give either 'query' (a string) or 'queries' (an array of strings)");
    }
    // A blank query is the identifier's to refuse (EMPTY), like the command line's.
    Optional<String> one =
        json.has("query")
            ? Optional.of(bodies.optionalText(json, "query").orElse(""))
            : Optional.empty();
    List<String> many = bodies.texts(json, "queries", settings.maxBatch());
    String body =
        workers.call(
            ctx,
            remaining -> {
              if (one.isPresent()) {
                return IdentificationJson.toJson(tuned.identify(Query.detect(one.get())));
              }
              StringWriter out = new StringWriter().append("{\"results\":[");
              for (int i = 0; i < many.size(); i++) {
                if (Thread.currentThread().isInterrupted()) {
                  throw workers.timedOut();
                }
                if (i > 0) {
                  out.append(',');
                }
                String text = many.get(i);
                try {
                  out.append(
                      IdentificationJson.toJson(
                          tuned.identify(Query.detect(text)).withRecord(i + 1)));
                } catch (BadQueryException e) {
                  writeError(out, i + 1, text, e);
                }
              }
              return out.append("]}").toString();
            });
    ctx.contentType("application/json").result(body);
  }

  private static void writeError(StringWriter out, long record, String text, BadQueryException e) {
    try {
      IdentificationJson.writeError(out, record, Query.detect(text), e);
    } catch (IOException io) {
      throw new UncheckedIOException(io);
    }
  }
}
