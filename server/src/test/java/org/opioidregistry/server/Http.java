package org.opioidregistry.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

  /**
   * A JSON POST whose head declares {@code declaredLength} bytes and asks the server first ({@code
   * Expect: 100-continue}), over a plain socket, with the body never sent: the answer shows that
   * the declared length alone decided. (A client that sends the whole body races a server that
   * refuses and closes: the TCP reset on the unread bytes can destroy the answer; and the JDK 17
   * client waits for ever on a non-100 answer to {@code Expect}.)
   */
  Response postHeadOnly(String path, long declaredLength) {
    Duration guard = guard(Duration.ofSeconds(120));
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, guard.toMillis()));
      String head =
          "POST "
              + base.resolve(path).getRawPath()
              + " HTTP/1.1\r\nHost: "
              + base.getHost()
              + ":"
              + base.getPort()
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + declaredLength
              + "\r\nExpect: 100-continue\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return readResponse(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One HTTP/1.1 response with a Content-Length body (what the server sends for an error). */
  private static Response readResponse(InputStream in) throws IOException {
    String statusLine = line(in);
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String h = line(in); !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      headers
          .computeIfAbsent(h.substring(0, colon).trim(), k -> new ArrayList<>())
          .add(h.substring(colon + 1).trim());
    }
    int length = Integer.parseInt(headers.getOrDefault("Content-Length", List.of("0")).get(0));
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    HttpHeaders all = HttpHeaders.of(headers, (k, v) -> true);
    return new Response(
        Integer.parseInt(statusLine.split(" ")[1]),
        all.firstValue("Content-Type").orElse(""),
        body,
        all);
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("the connection closed inside a response head: " + b);
      }
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  /** A POST of a body of this content type (e.g. an HTML form's). */
  Response postAs(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** A JSON POST whose answer is binary (a PDF): the status and the bytes. */
  byte[] postForBytes(String path, String body) {
    try {
      HttpResponse<byte[]> r =
          client.send(
              request(path)
                  .headers(withJson())
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new AssertionError(
            r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
      }
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
