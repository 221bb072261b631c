package org.opioidregistry.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI 3.1 description of the API ({@code openapi.json} beside this class, written by
 * hand and checked against the served routes by a test).
 *
 * <p>Stateless and thread-safe.
 */
final class OpenApi {

  static final String RESOURCE = "openapi.json";

  private static final byte[] DESCRIPTION = load();

  private OpenApi() {}

  static void serve(Context ctx) {
    ctx.contentType("application/json").result(DESCRIPTION);
  }

  private static byte[] load() {
    try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
