package org.opioidregistry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.search.Registry;

/**
 * Per-client fairness over real HTTP: two clients are two loopback source addresses (127.0.0.1 and
 * 127.0.0.2, both this machine). A test hook holds the first client's tasks on their workers
 * (latches, no clock), so that client has provably saturated its share when the others ask; the
 * guards only stop a hang and scale with {@code -Dopioid.test.timeoutFactor}.
 */
class FairnessTest {

  static final String FIRST = "127.0.0.1";
  static final String SECOND = "127.0.0.2";

  @Test
  void aClientAtItsLimitGets429WhileASecondClientIsServed() throws Exception {
    CountDownLatch firstHeld = new CountDownLatch(2);
    CountDownLatch letFirstGo = new CountDownLatch(1);
    Workers.Hook hold =
        client -> {
          if (client.equals(FIRST)) {
            firstHeld.countDown();
            letFirstGo.await();
          }
        };
    try (Registry registry = Registry.inMemory(ReferenceData.bundled().substances());
        RegistryServer server =
            RegistryServer.start(
                Identifier.over(registry),
                ServerSettings.defaults()
                    .withPort(0)
                    .withWorkers(3, 4)
                    .withClientLimit(2)
                    .withRequestTimeout(Http.guard(java.time.Duration.ofSeconds(120))),
                hold)) {
      Http first = new Http(server.uri());
      Map<String, String> fentanyl = Map.of("q", ApiTest.FENTANYL);
      List<CompletableFuture<Http.Response>> held = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        held.add(CompletableFuture.supplyAsync(() -> first.get("/api/similar", fentanyl)));
      }
      assertTrue(
          firstHeld.await(Http.guard(java.time.Duration.ofSeconds(60)).toMillis(), MILLIS),
          "the first client's two requests never reached the workers");

      // Its share is taken: a third request of the same client is refused at once...
      Http.Response refused = first.get("/api/similar", fentanyl);
      assertEquals(429, refused.status(), refused.body());
      assertEquals("TOO_MANY_REQUESTS", refused.json().get("reason").asText());
      assertTrue(refused.json().has("position"), refused.body());
      assertEquals("1", refused.header("Retry-After"));

      // ...while the second client is served by the worker the first may not take.
      Raw answer = Raw.get(SECOND, server.port(), "/api/similar?q=" + encode(ApiTest.FENTANYL));
      assertEquals(200, answer.status(), answer.text());
      assertTrue(answer.text().contains("\"verdict\":\"LISTED\""), answer.text());
      assertFalse(held.get(0).isDone() || held.get(1).isDone(), "the first client was let go");

      letFirstGo.countDown();
      for (CompletableFuture<Http.Response> f : held) {
        Http.Response r = f.get(Http.guard(java.time.Duration.ofSeconds(120)).toMillis(), MILLIS);
        assertEquals(200, r.status(), r.body());
      }
      // Answered, its places are free again.
      assertEquals(200, first.get("/api/similar", fentanyl).status());
    } finally {
      letFirstGo.countDown();
    }
  }

  @Test
  void waitingTasksAreServedClientByClientInTurn() throws Exception {
    FairQueue<String> queue = new FairQueue<>(10);
    for (String task : List.of("a1", "a2", "a3", "b1", "a4", "c1", "b2")) {
      assertTrue(queue.offer(task.substring(0, 1), task));
    }
    List<String> order = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      order.add(queue.take());
    }
    // a's backlog does not hold up b or c by more than one task each.
    assertEquals(List.of("a1", "b1", "c1", "a2", "b2", "a3", "a4"), order);
    assertEquals(List.of(), queue.close());
    assertNull(queue.take(), "a closed queue hands out nothing");
  }

  @Test
  void theWaitingPlacesAreTheIdleWorkersPlusTheCapacity() throws Exception {
    FairQueue<String> queue = new FairQueue<>(1);
    assertTrue(queue.offer("a", "a1"));
    assertFalse(queue.offer("b", "b1"), "no idle worker and the one place is taken");
    assertEquals(List.of("a1"), queue.close());
    assertFalse(queue.offer("a", "a2"), "closed");
  }

  private static final TimeUnit MILLIS = TimeUnit.MILLISECONDS;

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * An HTTP/1.1 exchange from a chosen loopback source address (the JDK client cannot bind one).
   */
  record Raw(int status, String text) {
    static Raw get(String from, int port, String pathAndQuery) {
      try (Socket socket = new Socket()) {
        socket.setSoTimeout((int) Http.guard(java.time.Duration.ofSeconds(120)).toMillis());
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        OutputStream out = socket.getOutputStream();
        out.write(
            ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        // "HTTP/1.1 200 OK"
        return new Raw(Integer.parseInt(text.substring(9, 12)), text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
