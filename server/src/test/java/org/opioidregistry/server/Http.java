package org.opioidregistry.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the tests: real requests to the server's loopback port. */
final class Http {

  /** Scales every guard timeout, e.g. {@code -Dopioid.test.timeoutFactor=4} on a slow machine. */
  static final double TIMEOUT_FACTOR =
      Double.parseDouble(System.getProperty("opioid.test.timeoutFactor", "1"));

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(guard(Duration.ofSeconds(10))).build();
  private final URI base;

  Http(URI base) {
    this.base = base;
  }

  static Duration guard(Duration d) {
    return Duration.ofMillis((long) (d.toMillis() * TIMEOUT_FACTOR));
  }

  /** A response: status, content type, body and headers. */
  record Response(int status, String contentType, String body, HttpHeaders headers) {
    /** The first value of a header, or "" when absent. */
    String header(String name) {
      return headers.firstValue(name).orElse("");
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }
  }

  Response get(String path, Map<String, String> params) {
    StringBuilder uri = new StringBuilder(path);
    char sep = '?';
    for (Map.Entry<String, String> e : params.entrySet()) {
      uri.append(sep)
          .append(e.getKey())
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    return send(request(uri.toString()).GET().build());
  }

  Response get(String path) {
    return get(path, Map.of());
  }

  Response post(String path, String body, String... headers) {
    return send(
        request(path)
            .headers(withJson(headers))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** A POST of a body of this content type (e.g. an HTML form's). */
  Response postAs(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  Response put(String path, String body, String... headers) {
    return send(
        request(path)
            .headers(withJson(headers))
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  Response delete(String path, String... headers) {
    HttpRequest.Builder b = request(path).DELETE();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return send(b.build());
  }

  private static String[] withJson(String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Content-Type";
    all[1] = "application/json";
    System.arraycopy(headers, 0, all, 2, headers.length);
    return all;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(guard(Duration.ofSeconds(120)));
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
