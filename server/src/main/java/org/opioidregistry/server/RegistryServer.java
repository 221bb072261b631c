package org.opioidregistry.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.opioidregistry.core.internal.Loggers;
import org.opioidregistry.core.structure.StructureParseException;
import org.opioidregistry.core.substructure.InvalidSmartsException;
import org.opioidregistry.identify.BadQueryException;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.search.DuplicateStructureException;
import org.opioidregistry.search.Registry;
import org.slf4j.Logger;

/**
 * The HTTP server: the JSON API under {@code /api}, its OpenAPI description at {@code
 * /openapi.json}, and the reviewers' page at {@code /}.
 *
 * <pre>{@code
 * try (RegistryServer server =
 *     RegistryServer.start(Identifier.bundled(), ServerSettings.defaults())) {
 *   server.uri();   // http://127.0.0.1:8080/
 * }
 * }</pre>
 *
 * <p>The caller owns the identifier's registry and closes it after the server. Writes are served
 * only when the settings say {@code writable}; the token they need is {@link #writeToken()}, new at
 * every start, for the caller to show to whoever may write (the library never prints).
 *
 * <p>Thread-safe: every request is handled independently; {@link #close()} may be called from any
 * thread.
 */
public final class RegistryServer implements AutoCloseable {

  private static final Logger LOG = Loggers.of(RegistryServer.class);

  private static final long JETTY_DEFAULT_IDLE_MILLIS = 30_000;

  /** Time left, after the bound, to write the 503 of a request that reached it. */
  private static final long ANSWER_MARGIN_MILLIS = 10_000;

  /** Where the page and the editor's files are, on the class path. */
  static final String WEB_ROOT = "/org/opioidregistry/server/web";

  private final Javalin app;
  private final Workers workers;
  private final List<Route> routes;
  private final Optional<String> token;
  private final ServerSettings settings;

  private RegistryServer(Identifier identifier, ServerSettings settings, Workers.Hook hook) {
    Registry registry = identifier.registry();
    this.settings = settings;
    this.token = settings.writable() ? Optional.of(newToken()) : Optional.empty();
    this.workers = new Workers(settings, hook);
    ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    Params params = new Params(settings);
    Bodies bodies = new Bodies(mapper, settings, params);
    List<Route> all = new ArrayList<>();
    all.addAll(new IdentifyApi(identifier, workers, bodies, settings).routes());
    all.addAll(new ReadApi(identifier, workers, params, bodies, settings).routes());
    all.addAll(new DepictApi(identifier, workers, params).routes());
    all.addAll(new ReportApi(identifier, workers, params, bodies, settings).routes());
    all.addAll(new WriteApi(registry, workers, bodies, settings, token).routes());
    all.add(Route.get("/openapi.json", OpenApi::serve));
    this.routes = List.copyOf(all);
    this.app = Javalin.create(config -> configure(config, mapper));
  }

  /**
   * Starts a server over the identifier (and its registry) and returns once it listens.
   *
   * @param identifier identifies {@code /api/identify} queries; its registry serves the rest
   * @param settings address, port, writes and limits
   * @return the running server
   * @throws IllegalStateException when the address cannot be bound (e.g. the port is taken)
   */
  public static RegistryServer start(Identifier identifier, ServerSettings settings) {
    return start(identifier, settings, Workers.Hook.NONE);
  }

  /**
   * As {@link #start(Identifier, ServerSettings)}, telling the hook as each task starts (tests).
   */
  static RegistryServer start(Identifier identifier, ServerSettings settings, Workers.Hook hook) {
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(settings, "settings");
    RegistryServer server = new RegistryServer(identifier, settings, hook);
    try {
      server.app.start(settings.bind(), settings.port());
    } catch (RuntimeException e) {
      server.workers.close();
      throw new IllegalStateException(
          "cannot listen on " + settings.bind() + ":" + settings.port() + ": " + e.getMessage(), e);
    }
    LOG.info("listening on {}", server.uri());
    return server;
  }

  /** The port listened on (the one chosen when the settings asked for 0). */
  public int port() {
    return app.port();
  }

  /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** The bearer token writes need; empty when the server is read-only. */
  public Optional<String> writeToken() {
    return token;
  }

  /** "GET /api/similar", ...: every route served, for the OpenAPI test. */
  List<String> routeKeys() {
    return routes.stream().map(Route::key).toList();
  }

  /** The settings it was started with. */
  public ServerSettings settings() {
    return settings;
  }

  /** Stops listening, lets requests in flight end, and stops the workers. */
  @Override
  public void close() {
    app.stop();
    workers.close();
  }

  /**
   * The connection idle timeout: above the request time bound, so that a slow request's connection
   * is still open when its 503 TIMEOUT is written. Jetty's default (30 s) closed the connection of
   * a request bounded at 30 s or more for idleness first, and the client got no answer at all.
   */
  private static long idleTimeoutMillis(Duration requestTimeout) {
    return Math.max(JETTY_DEFAULT_IDLE_MILLIS, requestTimeout.toMillis() + ANSWER_MARGIN_MILLIS);
  }

  /** The idle timeout of the connector listened on (tests). */
  long connectorIdleTimeoutMillis() {
    return ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getIdleTimeout();
  }

  private void configure(io.javalin.config.JavalinConfig config, ObjectMapper mapper) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.jsonMapper(new JavalinJackson(mapper, false));
    config.http.maxRequestSize = settings.maxBodyBytes();
    // HTTP threads only wait for the workers; a bound on them bounds connections held open.
    QueuedThreadPool threads =
        new QueuedThreadPool(settings.workers() + settings.queueCapacity() + 16, 8);
    threads.setName("registry-http");
    config.jetty.threadPool = threads;
    config.jetty.addConnector(
        (server, http) -> {
          ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
          connector.setHost(settings.bind());
          connector.setPort(settings.port());
          connector.setIdleTimeout(idleTimeoutMillis(settings.requestTimeout()));
          return connector;
        });
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = WEB_ROOT;
          files.location = Location.CLASSPATH;
        });
    config.routes.before(
        ctx -> {
          ctx.header("Content-Security-Policy", Page.policyOf(ctx.path()));
          ctx.header("X-Content-Type-Options", "nosniff");
        });
    for (Route route : routes) {
      config.routes.addHttpHandler(route.method(), route.path(), route.handler());
    }
    config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e));
    config.routes.exception(
        StructureParseException.class,
        (e, ctx) ->
            error(
                ctx,
                new ApiException(
                    400,
                    e.reason().name(),
                    e.getMessage(),
                    e.position().isPresent() ? e.position().getAsInt() : null)));
    config.routes.exception(
        BadQueryException.class,
        (e, ctx) ->
            error(
                ctx,
                new ApiException(
                    400,
                    e.problem().name(),
                    e.getMessage(),
                    e.position().isPresent() ? e.position().getAsInt() : null)));
    config.routes.exception(
        InvalidSmartsException.class,
        (e, ctx) ->
            error(ctx, new ApiException(400, "INVALID_SMARTS", e.getMessage(), e.position())));
    config.routes.exception(
        DuplicateStructureException.class,
        (e, ctx) -> error(ctx, new ApiException(409, "DUPLICATE", e.getMessage())));
    config.routes.exception(
        IllegalArgumentException.class,
        (e, ctx) -> error(ctx, new ApiException(400, "BAD_INPUT", e.getMessage())));
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) ->
            error(ctx, new ApiException(e.getStatus(), httpReason(e.getStatus()), e.getMessage())));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
          error(
              ctx,
              new ApiException(
                  500, "INTERNAL", "the server failed: " + e.getClass().getSimpleName()));
        });
    config.routes.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            error(
                ctx,
                new ApiException(
                    404, "NOT_FOUND", "no such route: " + ctx.method() + " " + ctx.path()));
          }
        });
  }

  private static String httpReason(int status) {
    return switch (status) {
      case 404 -> "NOT_FOUND";
      case 405 -> "METHOD_NOT_ALLOWED";
      case 413 -> "BODY_TOO_LARGE";
      case 429 -> "TOO_MANY_REQUESTS";
      default -> "HTTP_" + status;
    };
  }

  private static void error(Context ctx, ApiException e) {
    if (e.status() == 429 || e.body().reason().equals("BUSY")) {
      // Seconds: a request's work takes well under one here; the limits free as answers go out.
      ctx.header("Retry-After", "1");
    }
    ctx.status(e.status()).json(e.body());
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
