package org.opioidregistry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link ServerSettings}' {@code with...} copies: each changes its own components and keeps every
 * other, leaves the original as it was, and is checked as a new instance is.
 */
class ServerSettingsTest {

  private static final ServerSettings BASE =
      new ServerSettings(
          "127.0.0.1", 8080, false, 2, 64, 16, 1024, 100, 10, 20, Duration.ofSeconds(10));

  @Test
  void eachCopyChangesOnlyItsOwnComponents() {
    Duration minute = Duration.ofMinutes(1);
    assertEquals(
        new ServerSettings(
            "0.0.0.0", 8080, false, 2, 64, 16, 1024, 100, 10, 20, Duration.ofSeconds(10)),
        BASE.withBind("0.0.0.0"));
    assertEquals(
        new ServerSettings(
            "127.0.0.1", 0, false, 2, 64, 16, 1024, 100, 10, 20, Duration.ofSeconds(10)),
        BASE.withPort(0));
    assertEquals(
        new ServerSettings(
            "127.0.0.1", 8080, true, 2, 64, 16, 1024, 100, 10, 20, Duration.ofSeconds(10)),
        BASE.withWritable(true));
    assertEquals(
        new ServerSettings(
            "127.0.0.1", 8080, false, 5, 7, 16, 1024, 100, 10, 20, Duration.ofSeconds(10)),
        BASE.withWorkers(5, 7));
    assertEquals(
        new ServerSettings(
            "127.0.0.1", 8080, false, 2, 64, 3, 1024, 100, 10, 20, Duration.ofSeconds(10)),
        BASE.withClientLimit(3));
    assertEquals(
        new ServerSettings(
            "127.0.0.1", 8080, false, 2, 64, 16, 99, 98, 97, 96, Duration.ofSeconds(10)),
        BASE.withSizeLimits(99, 98, 97, 96));
    assertEquals(
        new ServerSettings("127.0.0.1", 8080, false, 2, 64, 16, 1024, 100, 10, 20, minute),
        BASE.withRequestTimeout(minute));
    assertEquals(
        new ServerSettings(
            "127.0.0.1", 8080, false, 2, 64, 16, 1024, 100, 10, 20, Duration.ofSeconds(10)),
        BASE,
        "the original is unchanged");
  }

  @Test
  void copiesAreCheckedAsNewSettingsAre() {
    assertThrows(IllegalArgumentException.class, () -> BASE.withPort(65_536));
    assertThrows(IllegalArgumentException.class, () -> BASE.withWorkers(0, 1));
    assertThrows(IllegalArgumentException.class, () -> BASE.withClientLimit(0));
    assertThrows(IllegalArgumentException.class, () -> BASE.withSizeLimits(1, 1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> BASE.withRequestTimeout(Duration.ZERO));
    assertThrows(NullPointerException.class, () -> BASE.withBind(null));
  }
}
