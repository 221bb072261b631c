package org.opioidregistry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.core.substance.SubstanceId;
import org.opioidregistry.data.ReferenceData;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.search.Registry;

/**
 * A pathological query gets a 503 with a JSON error within the server's time bound, and the other
 * clients are answered meanwhile; a full worker pool refuses at once with 503 BUSY. No assertion is
 * on wall-clock time: the bound is the server's, the guards only stop a hang.
 */
class LimitsTest {

  /**
   * Forty carbons in a chain ending in an acyclic carbon, against a 10x10 carbon grid whose every
   * atom is in a ring: the path screen cannot reject it and VF2 walks the astronomically many
   * self-avoiding paths before it can say no (core's SubstructureQueryTest shows the same).
   */
  static final String PATHOLOGICAL = "[#6]~".repeat(40) + "[#6;!R]";

  private Registry registry;
  private RegistryServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (registry != null) {
      registry.close();
    }
  }

  private Http start(int workers, int queue, Duration timeout) {
    List<Substance> substances = new ArrayList<>(ReferenceData.bundled().substances());
    substances.add(
        Substance.builder(SubstanceId.of("grid-10x10"), "carbon grid", Structure.of(grid(10)))
            .build());
    registry = Registry.inMemory(substances);
    server =
        RegistryServer.start(
            Identifier.over(registry),
            ServerSettings.defaults()
                .withPort(0)
                .withWorkers(workers, queue)
                .withRequestTimeout(timeout));
    return new Http(server.uri());
  }

  @Test
  void aPathologicalSubstructureQueryTimesOutAndOthersAreServedMeanwhile() throws Exception {
    Http http = start(2, 4, Duration.ofSeconds(3));
    CompletableFuture<Http.Response> slow =
        CompletableFuture.supplyAsync(
            () -> http.post("/api/substructure", "{\"smarts\": \"" + PATHOLOGICAL + "\"}"));
    // While it runs (or after; either way), other clients get their answers.
    for (int i = 0; i < 5; i++) {
      Http.Response similar = http.get("/api/similar", Map.of("q", ApiTest.FENTANYL));
      assertEquals(200, similar.status(), similar.body());
      assertEquals(200, http.get("/api/health").status());
    }
    Http.Response r = slow.get();
    assertEquals(503, r.status(), r.body());
    assertEquals("TIMEOUT", r.json().get("reason").asText());
    assertTrue(r.json().has("position"));
  }

  @Test
  void aConnectionStaysOpenLongerThanTheRequestBound() throws Exception {
    // With Jetty's default idle timeout (30 s) a request bounded at 30 s or more lost its
    // connection before its 503 TIMEOUT was written: the client got no answer at all.
    start(1, 0, Duration.ofSeconds(90));
    assertTrue(
        server.connectorIdleTimeoutMillis() > 90_000, "" + server.connectorIdleTimeoutMillis());
    server.close();
    registry.close();
    start(1, 0, Duration.ofSeconds(1));
    assertEquals(30_000, server.connectorIdleTimeoutMillis(), "a short bound keeps Jetty's 30 s");
  }

  @Test
  void aFullPoolRefusesAtOnceWithBusyAndHealthStillAnswers() throws Exception {
    // 20 s: long enough for a loaded machine to send the second request while the first runs.
    Http http = start(1, 0, Duration.ofSeconds(20));
    String body = "{\"smarts\": \"" + PATHOLOGICAL + "\"}";
    CompletableFuture<Http.Response> slow =
        CompletableFuture.supplyAsync(() -> http.post("/api/substructure", body));
    // Once the slow request holds the one worker, the next one is refused. Either may reach the
    // worker first: a slow request refused in the race is sent again (a bounded number of tries).
    Http.Response refused = null;
    for (int i = 0; i < 400 && refused == null; i++) {
      if (slow.isDone()) {
        assertEquals("BUSY", slow.get().json().get("reason").asText(), slow.get().body());
        slow = CompletableFuture.supplyAsync(() -> http.post("/api/substructure", body));
      }
      Http.Response r = http.get("/api/similar", Map.of("q", ApiTest.FENTANYL));
      if (r.status() == 503 && !slow.isDone()) {
        refused = r;
      } else if (r.status() != 503) {
        assertEquals(200, r.status(), r.body());
        Thread.sleep(25);
      }
    }
    assertTrue(refused != null, "no request was refused while the only worker was busy");
    assertEquals("BUSY", refused.json().get("reason").asText(), refused.body());
    assertEquals(200, http.get("/api/health").status(), "health needs no worker");
    Http.Response r = slow.get();
    assertEquals(503, r.status());
    assertEquals("TIMEOUT", r.json().get("reason").asText());
    // The worker frees itself: the search stops at the same deadline (polled, a bounded number).
    int status = 0;
    for (int i = 0; i < 400 && status != 200; i++) {
      status = http.get("/api/similar", Map.of("q", ApiTest.FENTANYL)).status();
      if (status != 200) {
        Thread.sleep(25);
      }
    }
    assertEquals(200, status, "the worker was not freed after the time bound");
  }

  static IAtomContainer grid(int n) {
    IAtomContainer mol = SilentChemObjectBuilder.getInstance().newAtomContainer();
    for (int i = 0; i < n * n; i++) {
      IAtom a = mol.newAtom(6);
      a.setImplicitHydrogenCount(0);
    }
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        int i = r * n + c;
        if (c + 1 < n) {
          mol.addBond(i, i + 1, IBond.Order.SINGLE);
        }
        if (r + 1 < n) {
          mol.addBond(i, i + n, IBond.Order.SINGLE);
        }
      }
    }
    // Hydrogens fill the valences, so the grid is an ordinary saturated hydrocarbon.
    for (IAtom a : mol.atoms()) {
      a.setImplicitHydrogenCount(4 - mol.getConnectedBondsCount(a));
    }
    return mol;
  }
}
