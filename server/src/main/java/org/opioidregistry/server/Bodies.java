package org.opioidregistry.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opioidregistry.search.SearchFilter;

/**
 * Reads JSON request bodies within the body size limit, and their members with the query length
 * limit: an oversized body is a 413 before it is parsed, a malformed one a 400 with the position of
 * the error.
 *
 * <p>Thread-safe (the mapper is).
 */
final class Bodies {

  private final ObjectMapper mapper;
  private final ServerSettings settings;
  private final Params params;

  Bodies(ObjectMapper mapper, ServerSettings settings, Params params) {
    this.mapper = mapper;
    this.settings = settings;
    this.params = params;
  }

  /** The body as a JSON object. */
  JsonNode object(Context ctx) {
    byte[] bytes = bytes(ctx);
    JsonNode node;
    try {
      // As text, so that the error's location is a character offset, like every other position.
      node = mapper.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      Integer at =
          e.getLocation() == null || e.getLocation().getCharOffset() < 0
              ? null
              : (int) e.getLocation().getCharOffset();
      throw new ApiException(
          400, "BAD_JSON", "the body is not JSON: " + e.getOriginalMessage(), at);
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest("BAD_JSON", "the body must be a JSON object");
    }
    return node;
  }

  /**
   * The body's bytes; refuses a declared or actual length over the limit without reading more than
   * the limit.
   */
  byte[] bytes(Context ctx) {
    long limit = settings.maxBodyBytes();
    if (ctx.contentLength() > limit) {
      throw tooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw new ApiException(400, "BAD_BODY", "the body could not be read: " + e.getMessage());
    }
  }

  private ApiException tooLarge() {
    return new ApiException(
        413, "BODY_TOO_LARGE", "the body is larger than " + settings.maxBodyBytes() + " bytes");
  }

  /** A required string member. */
  String text(JsonNode body, String name) {
    return optionalText(body, name)
        .orElseThrow(
            () -> ApiException.badRequest("MISSING_MEMBER", "member '" + name + "' is required"));
  }

  /** An optional string member within the query length limit. */
  Optional<String> optionalText(JsonNode body, String name) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw ApiException.badRequest("BAD_MEMBER", "member '" + name + "' must be a string");
    }
    return v.asText().isBlank()
        ? Optional.empty()
        : Optional.of(params.checkLength("member '" + name + "'", v.asText()));
  }

  /** An optional array of strings, at most {@code max} of them. */
  List<String> texts(JsonNode body, String name, int max) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw ApiException.badRequest("BAD_MEMBER", "member '" + name + "' must be an array");
    }
    if (v.size() > max) {
      throw new ApiException(
          413, "TOO_MANY", "member '" + name + "' has " + v.size() + " items; the limit is " + max);
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : v) {
      if (!item.isTextual()) {
        throw ApiException.badRequest("BAD_MEMBER", "member '" + name + "' must hold strings");
      }
      out.add(params.checkLength("an item of '" + name + "'", item.asText()));
    }
    return out;
  }

  /**
   * The filter of the optional members {@code class} and {@code jurisdiction}, each a string
   * (comma-separated values allowed) or an array of strings, read as the parameters of the same
   * names are.
   */
  SearchFilter filter(JsonNode body) {
    return Params.filter(values(body, "class"), values(body, "jurisdiction"), "member");
  }

  private List<String> values(JsonNode body, String name) {
    JsonNode v = body.get(name);
    List<String> texts;
    if (v == null || v.isNull()) {
      return List.of();
    } else if (v.isTextual()) {
      texts = List.of(params.checkLength("member '" + name + "'", v.asText()));
    } else {
      texts = texts(body, name, settings.maxResults());
    }
    return texts.stream()
        .flatMap(t -> java.util.Arrays.stream(t.split(",")))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** An optional whole number from 1 to the result limit. */
  int count(JsonNode body, String name, int fallback) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.canConvertToInt() || v.asInt() < 1 || v.asInt() > settings.maxResults()) {
      throw ApiException.badRequest(
          "BAD_MEMBER",
          "member '" + name + "' must be a whole number from 1 to " + settings.maxResults());
    }
    return v.asInt();
  }
}
