package org.opioidregistry.cli.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Assembles one JSON object, member by member, in the order given (so that output is stable and
 * diff-friendly).
 *
 * <p>Not thread-safe: a local helper of one write.
 */
final class JsonObject {

  private final StringBuilder out = new StringBuilder("{");
  private boolean empty = true;

  JsonObject string(String name, String value) {
    return raw(name, value == null ? "null" : Json.quote(value));
  }

  JsonObject number(String name, double value, int decimals) {
    return raw(name, Json.number(value, decimals));
  }

  JsonObject integer(String name, long value) {
    return raw(name, Long.toString(value));
  }

  JsonObject bool(String name, boolean value) {
    return raw(name, Boolean.toString(value));
  }

  JsonObject strings(String name, List<String> values) {
    return raw(name, values.stream().map(Json::quote).collect(Collectors.joining(",", "[", "]")));
  }

  JsonObject objects(String name, List<JsonObject> values) {
    return raw(
        name, values.stream().map(JsonObject::toString).collect(Collectors.joining(",", "[", "]")));
  }

  JsonObject object(String name, JsonObject value) {
    return raw(name, value == null ? "null" : value.toString());
  }

  JsonObject raw(String name, String json) {
    if (!empty) {
      out.append(',');
    }
    empty = false;
    out.append(Json.quote(name)).append(':').append(json);
    return this;
  }

  @Override
  public String toString() {
    return out + "}";
  }
}
