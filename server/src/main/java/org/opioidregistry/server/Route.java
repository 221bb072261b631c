package org.opioidregistry.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One route of the API: method, path (Javalin syntax, {@code {id}} for a path parameter) and
 * handler. The routes are declared once, as a list, so that the server registers them and the
 * OpenAPI test compares the description with the same list.
 *
 * <p>Immutable; thread-safe when the handler is.
 */
record Route(HandlerType method, String path, Handler handler) {

  Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(handler, "handler");
  }

  static Route get(String path, Handler handler) {
    return new Route(HandlerType.GET, path, handler);
  }

  static Route post(String path, Handler handler) {
    return new Route(HandlerType.POST, path, handler);
  }

  static Route put(String path, Handler handler) {
    return new Route(HandlerType.PUT, path, handler);
  }

  static Route delete(String path, Handler handler) {
    return new Route(HandlerType.DELETE, path, handler);
  }

  /** "GET /api/similar", the key the OpenAPI test compares. */
  String key() {
    return method.name() + " " + path;
  }
}
