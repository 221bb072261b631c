package org.opioidregistry.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.opioidregistry.core.structure.StructureParseException;
import org.opioidregistry.core.structure.StructureParser;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.search.Registry;
import org.opioidregistry.search.RegistryWarning;
import org.opioidregistry.search.WriteResult;

/**
 * The write routes: add ({@code POST /api/substances}), update ({@code PUT /api/substances/{id}}),
 * remove ({@code DELETE /api/substances/{id}}) and import ({@code POST /api/import}, all or
 * nothing). Served only when the server was started writable, and each request must carry the
 * start-up token as {@code Authorization: Bearer TOKEN}.
 *
 * <p>A substance is written as {@code {"id", "name", "structure", "synonyms", "class", "notes",
 * "sources"}}; {@code structure} takes what the structure parser takes (SMILES, InChI, MOL).
 * Controls are not written over HTTP: they are facts with sources, curated in the data files.
 *
 * <p>Thread-safe: the registry serialises writes.
 */
final class WriteApi {

  private final Registry registry;
  private final Workers workers;
  private final Bodies bodies;
  private final ServerSettings settings;
  private final Optional<String> token;

  WriteApi(
      Registry registry,
      Workers workers,
      Bodies bodies,
      ServerSettings settings,
      Optional<String> token) {
    this.registry = registry;
    this.workers = workers;
    this.bodies = bodies;
    this.settings = settings;
    this.token = token;
  }

  List<Route> routes() {
    return List.of(
        Route.post("/api/substances", this::add),
        Route.put("/api/substances/{id}", this::update),
        Route.delete("/api/substances/{id}", this::remove),
        Route.post("/api/import", this::importAll));
  }

  void add(Context ctx) {
    authorise(ctx);
    JsonNode json = bodies.object(ctx);
    WriteResult result = workers.call(ctx, remaining -> write(() -> registry.add(substance(json))));
    ctx.status(201).json(written(result));
  }

  void update(Context ctx) {
    authorise(ctx);
    JsonNode json = bodies.object(ctx);
    String id = ctx.pathParam("id");
    Optional<String> inBody = bodies.optionalText(json, "id");
    if (inBody.isPresent() && !inBody.get().equals(id)) {
      throw ApiException.badRequest(
          "ID_MISMATCH", "the body's id '" + inBody.get() + "' is not the path's '" + id + "'");
    }
    WriteResult result =
        workers.call(
            ctx,
            remaining -> {
              try {
                return write(() -> registry.update(substance(json, id)));
              } catch (NoSuchElementException e) {
                throw new ApiException(404, "UNKNOWN_ID", "no substance with id '" + id + "'");
              }
            });
    ctx.json(written(result));
  }

  void remove(Context ctx) {
    authorise(ctx);
    String id = ctx.pathParam("id");
    boolean removed =
        workers.call(ctx, remaining -> write(() -> registry.remove(SubstanceId.of(id))));
    if (!removed) {
      throw new ApiException(404, "UNKNOWN_ID", "no substance with id '" + id + "'");
    }
    ctx.status(204);
  }

  /** {@code {"substances": [...]}}: one commit, all of them or none. */
  void importAll(Context ctx) {
    authorise(ctx);
    JsonNode json = bodies.object(ctx);
    JsonNode items = json.get("substances");
    if (items == null || !items.isArray()) {
      throw ApiException.badRequest("MISSING_MEMBER", "member 'substances' must be an array");
    }
    if (items.size() > settings.maxBatch()) {
      throw new ApiException(
          413,
          "TOO_MANY",
          items.size() + " substances in one import; the limit is " + settings.maxBatch());
    }
    List<WriteResult> results =
        workers.call(
            ctx,
            remaining -> {
              List<Substance> batch = new ArrayList<>();
              for (int i = 0; i < items.size(); i++) {
                try {
                  batch.add(substance(items.get(i)));
                } catch (ApiException e) {
                  throw new ApiException(
                      e.status(), e.body().reason(), "substance " + i + ": " + e.getMessage());
                }
              }
              return write(() -> registry.addAll(batch));
            });
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("imported", results.size());
    body.put("results", results.stream().map(WriteApi::written).toList());
    ctx.status(201).json(body);
  }

  private void authorise(Context ctx) {
    if (token.isEmpty()) {
      throw new ApiException(
          403, "READ_ONLY", "this server is read-only; start it with --writable to allow writes");
    }
    String header = ctx.header("Authorization");
    String expected = "Bearer " + token.get();
    if (header == null
        || !MessageDigest.isEqual(
            header.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(
          401, "UNAUTHORIZED", "a write needs the header 'Authorization: Bearer TOKEN'");
    }
  }

  private Substance substance(JsonNode json) {
    return substance(json, bodies.text(json, "id"));
  }

  private Substance substance(JsonNode json, String id) {
    if (!json.isObject()) {
      throw ApiException.badRequest("BAD_MEMBER", "a substance must be a JSON object");
    }
    Substance.Builder b;
    try {
      b =
          Substance.builder(
              SubstanceId.of(id),
              bodies.text(json, "name"),
              StructureParser.parse(bodies.text(json, "structure")));
    } catch (StructureParseException e) {
      throw e; // reported with its reason and position
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("BAD_SUBSTANCE", e.getMessage());
    }
    b.addSynonyms(bodies.texts(json, "synonyms", 1_000));
    bodies.optionalText(json, "class").ifPresent(c -> b.substanceClass(Params.substanceClass(c)));
    bodies.optionalText(json, "notes").ifPresent(b::notes);
    bodies.texts(json, "sources", 100).forEach(b::addSource);
    return b.build();
  }

  private static Map<String, Object> written(WriteResult result) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", result.id().value());
    body.put("warnings", result.warnings().stream().map(RegistryWarning::message).toList());
    return body;
  }

  private interface Write<T> {
    T run() throws IOException;
  }

  private static <T> T write(Write<T> write) {
    try {
      return write.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
