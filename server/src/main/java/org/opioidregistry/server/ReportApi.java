package org.opioidregistry.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.identify.Query;
import org.opioidregistry.report.CaseReport;

/**
 * {@code POST /api/report}: the case report of one query or several, as the command line's {@code
 * report} writes it ({@link CaseReport}, module {@code report}): one self-contained HTML document.
 *
 * <p>The body is JSON, {@code {"query": "..."}} or {@code {"queries": [...]}}, with an optional
 * {@code title} and the members identify takes ({@code threshold}, {@code top}, {@code
 * fingerprint}, {@code class}, {@code jurisdiction}); or an HTML form ({@code
 * application/x-www-form-urlencoded}: {@code query}, repeatable, and {@code title}), so that the
 * reviewers' page can open a report in a new tab without script. {@code format} (a parameter or a
 * member) is {@code html} (the default) or {@code pdf}.
 *
 * <p>A report is all or nothing: a query that cannot be read is a 400 naming which one and where,
 * not a report with a hole. The count and the title are checked before anything is identified.
 *
 * <p>Thread-safe: holds only thread-safe collaborators.
 */
final class ReportApi {

  /** What the report's page may load: nothing (it has no script and no external resource). */
  static final String REPORT_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
          + "form-action 'none'; frame-ancestors 'self'";

  private final Identifier identifier;
  private final Workers workers;
  private final Params params;
  private final Bodies bodies;
  private final ServerSettings settings;

  ReportApi(
      Identifier identifier,
      Workers workers,
      Params params,
      Bodies bodies,
      ServerSettings settings) {
    this.identifier = identifier;
    this.workers = workers;
    this.params = params;
    this.bodies = bodies;
    this.settings = settings;
  }

  List<Route> routes() {
    return List.of(Route.post("/api/report", this::report));
  }

  void report(Context ctx) {
    JsonNode json = isForm(ctx) ? formAsJson(ctx) : bodies.object(ctx);
    String format =
        params
            .optional(ctx, "format")
            .or(() -> bodies.optionalText(json, "format"))
            .orElse("html")
            .strip()
            .toLowerCase(Locale.ROOT);
    if (!format.equals("html") && !format.equals("pdf")) {
      throw ApiException.badRequest("BAD_PARAMETER", "format must be html or pdf: " + format);
    }
    String title = bodies.optionalText(json, "title").orElse("Case report");
    if (title.length() > CaseReport.MAX_TITLE_LENGTH) {
      throw new ApiException(
          400,
          "TOO_LONG",
          "the title has " + title.length() + " characters; at most " + CaseReport.MAX_TITLE_LENGTH,
          CaseReport.MAX_TITLE_LENGTH);
    }
    int most = Math.min(settings.maxBatch(), CaseReport.MAX_IDENTIFICATIONS);
    List<String> queries =
        json.has("queries")
            ? bodies.texts(json, "queries", most)
            : bodies.optionalText(json, "query").map(List::of).orElse(List.of());
    if (queries.isEmpty() || (json.has("query") && json.has("queries"))) {
      throw ApiException.badRequest(
          "MISSING_MEMBER", "give either 'query' (a string) or 'queries' (an array of strings)");
    }
    if (format.equals("pdf")) {
      throw new ApiException(
          501, "NOT_IMPLEMENTED", "the PDF case report is not available yet; ask for html");
    }
    Identifier tuned = Tuning.of(json, bodies).apply(identifier);
    String html =
        workers.call(
            ctx,
            remaining -> {
              List<Identification> ids = new ArrayList<>();
              for (int i = 0; i < queries.size(); i++) {
                if (Thread.currentThread().isInterrupted()) {
                  throw workers.timedOut();
                }
                try {
                  ids.add(tuned.identify(Query.detect(queries.get(i))));
                } catch (BadQueryException e) {
                  throw new ApiException(
                      400,
                      e.problem().name(),
                      "query " + (i + 1) + ": " + e.getMessage(),
                      e.position().isPresent() ? e.position().getAsInt() : null);
                }
              }
              return CaseReport.of(title, ids).html();
            });
    ctx.header("Content-Security-Policy", REPORT_POLICY);
    ctx.header("Content-Disposition", "inline; filename=\"case-report.html\"");
    ctx.contentType("text/html; charset=utf-8").result(html);
  }

  private static boolean isForm(Context ctx) {
    String type = Optional.ofNullable(ctx.contentType()).orElse("");
    return type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /** A form body as the JSON body it stands for: {@code query} fields become {@code queries}. */
  private JsonNode formAsJson(Context ctx) {
    String body = new String(bodies.bytes(ctx), StandardCharsets.UTF_8);
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    ArrayNode queries = json.putArray("queries");
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      switch (name) {
        case "query" -> {
          if (!value.isBlank()) {
            queries.add(value);
          }
        }
        case "title", "format" -> json.put(name, value);
        default -> {
          // other fields (a submit button's name) are not the report's
        }
      }
    }
    return json;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "BAD_FORM", "the form body is not URL-encoded: " + e.getMessage());
    }
  }
}
