package org.opioidregistry.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator for a running {@code opioid-registry serve}: {@code clients} threads
 * each send one request, wait for the answer, and send the next, for {@code seconds} (bounded in
 * time, and in count by {@link #MAX_REQUESTS_PER_CLIENT}). Prints throughput, p50, p90, p99 and max
 * latency, and the count of answers that were not 200 (which must be 0). Only loopback addresses
 * are accepted as targets.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.opioidregistry.benchmarks.ServerLoad \
 *     http://127.0.0.1:8080 identify 16 60
 * java -cp benchmarks/target/benchmarks.jar org.opioidregistry.benchmarks.ServerLoad \
 *     build /tmp/opioid-registry-100k 100000
 * </pre>
 *
 * <p>Not a library class; each run is single-use.
 */
public final class ServerLoad {

  /** A bound on the requests of one client, so a fast server cannot make the run unbounded. */
  static final int MAX_REQUESTS_PER_CLIENT = 2_000_000;

  /** Identify queries of every kind: SMILES of listed and unlisted analogues, names, CAS RN. */
  static final String[] IDENTIFY = {
    "CCCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1",
    "fentanyl",
    "CC(C)C(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1",
    "carfentanyl",
    "CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1.Cl",
    "437-38-7",
    "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1",
    "isotonitazine",
    "COC(=O)C1(N(C(=O)CC)c2ccccc2)CCN(CCc2ccccc2)CC1",
    "CCC(=O)N(c1ccccc1)C1CCN(CCc2cccs2)CC1"
  };

  /** Similar queries: structures only. */
  static final String[] SIMILAR = {
    "CCCCC(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1",
    "CC(C)C(=O)N(c1ccc(F)cc1)C1CCN(CCc2ccccc2)CC1",
    "CCOc1ccc(Cc2nc3cc([N+](=O)[O-])ccc3n2CCN(CC)CC)cc1",
    "CCC(=O)N(c1ccccc1)C1CCN(CCc2cccs2)CC1",
    "COCC1(N(C(=O)CC)c2ccccc2)CCN(CCc2cccs2)CC1"
  };

  private ServerLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("build")) {
      RegistryBenchmark.build(Path.of(args[1]), Integer.parseInt(args[2]));
      System.out.println("built " + args[2] + " substances in " + args[1]);
      return;
    }
    if (args.length != 4) {
      System.err.println(
          "usage: ServerLoad URL identify|similar CLIENTS SECONDS | ServerLoad build DIR N");
      System.exit(2);
    }
    URI base = URI.create(args[0]);
    if (!isLoopback(base.getHost())) {
      throw new IllegalArgumentException("load only a server on this machine: " + base);
    }
    String route = args[1];
    int clients = Integer.parseInt(args[2]);
    Duration length = Duration.ofSeconds(Long.parseLong(args[3]));
    run(base, route, clients, length);
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
  }

  private static HttpRequest request(URI base, String route, int i) {
    if (route.equals("identify")) {
      String q = IDENTIFY[i % IDENTIFY.length].replace("\\", "\\\\").replace("\"", "\\\"");
      return HttpRequest.newBuilder(base.resolve("/api/identify"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + q + "\"}"))
          .timeout(Duration.ofSeconds(60))
          .build();
    }
    if (route.equals("similar")) {
      String q = URLEncoder.encode(SIMILAR[i % SIMILAR.length], StandardCharsets.UTF_8);
      return HttpRequest.newBuilder(base.resolve("/api/similar?threshold=0.5&top=10&q=" + q))
          .GET()
          .timeout(Duration.ofSeconds(60))
          .build();
    }
    throw new IllegalArgumentException("route must be identify or similar: " + route);
  }

  static void run(URI base, String route, int clients, Duration length) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    // Warm-up: every query once, so that the first figures are not class loading.
    for (int i = 0; i < 20; i++) {
      http.send(request(base, route, i), HttpResponse.BodyHandlers.discarding());
    }
    AtomicLong failures = new AtomicLong();
    long end = System.nanoTime() + length.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> results = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int client = c;
      results.add(
          pool.submit(
              () -> {
                long[] latencies = new long[1024];
                int n = 0;
                for (int i = client; System.nanoTime() < end && n < MAX_REQUESTS_PER_CLIENT; i++) {
                  long t0 = System.nanoTime();
                  HttpResponse<String> r =
                      http.send(request(base, route, i), HttpResponse.BodyHandlers.ofString());
                  long t = System.nanoTime() - t0;
                  if (r.statusCode() != 200) {
                    failures.incrementAndGet();
                  }
                  if (n == latencies.length) {
                    latencies = Arrays.copyOf(latencies, n * 2);
                  }
                  latencies[n++] = t;
                }
                return Arrays.copyOf(latencies, n);
              }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : results) {
      all.add(f.get());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "%s %s clients=%d seconds=%.1f requests=%d non200=%d throughput=%.1f/s"
            + " p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms%n",
        base,
        route,
        clients,
        seconds,
        merged.length,
        failures.get(),
        merged.length / seconds,
        pct(merged, 0.50),
        pct(merged, 0.90),
        pct(merged, 0.99),
        merged.length == 0 ? 0.0 : merged[merged.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
