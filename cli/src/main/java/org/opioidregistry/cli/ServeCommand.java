package org.opioidregistry.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.opioidregistry.identify.Identifier;
import org.opioidregistry.search.Registry;
import org.opioidregistry.server.RegistryServer;
import org.opioidregistry.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: the HTTP API and the reviewers' page over a registry, until stopped (Ctrl-C). It
 * listens on loopback unless told otherwise, read-only unless {@code --writable}, when it prints
 * the token that writes must carry.
 *
 * <p>Not thread-safe: picocli makes one per run.
 */
@Command(
    name = "serve",
    description = "Serve the HTTP API (/api/...) and the reviewers' page until stopped (Ctrl-C).",
    mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--registry",
      paramLabel = "DIR",
      description = "A persistent registry directory (default: the bundled reference data).")
  Path registry;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).",
      defaultValue = "8080")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).",
      defaultValue = "127.0.0.1")
  String bind;

  @Option(
      names = "--writable",
      description =
          "Serve add, update, remove and import, each with the token printed at start-up"
              + " (on the bundled registry, writes last until the server stops).")
  boolean writable;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Time bound per request (default: ${DEFAULT-VALUE}).",
      defaultValue = "10")
  int timeoutSeconds;

  @Option(
      names = "--client-limit",
      paramLabel = "N",
      description =
          "Requests one client (remote address) may have waiting or running at once; beyond it"
              + " that client gets 429 while others are served (default: ${DEFAULT-VALUE}).",
      defaultValue = "16")
  int clientLimit;

  @Option(names = "--debug", description = "Print stack traces with problems, and debug logs.")
  boolean debug;

  private final Environment env;

  ServeCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65_535 || timeoutSeconds < 1 || clientLimit < 1) {
      new Problems(env.err(), debug)
          .error("--port must be 0..65535, --timeout and --client-limit at least 1", null);
      return ExitCode.USAGE.code();
    }
    ServerSettings settings =
        ServerSettings.defaults()
            .withBind(bind)
            .withPort(port)
            .withWritable(writable)
            .withClientLimit(clientLimit)
            .withRequestTimeout(Duration.ofSeconds(timeoutSeconds));
    Identifier identifier = open();
    Registry opened = identifier.registry();
    RegistryServer server;
    try {
      server = RegistryServer.start(identifier, settings);
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  try {
                    opened.close();
                  } catch (IOException e) {
                    env.err().println(Problems.PREFIX + "error: closing the registry: " + e);
                  }
                  stopped.countDown();
                },
                "serve-shutdown"));
    env.out()
        .println(
            "serving "
                + server.uri()
                + " ("
                + (registry == null ? "bundled registry" : registry.toString())
                + ", "
                + opened.size()
                + " substances; API description at "
                + server.uri().resolve("openapi.json")
                + ")");
    server
        .writeToken()
        .ifPresent(
            t ->
                env.out().println("write token: " + t + "  (header: Authorization: Bearer TOKEN)"));
    env.out().println("stop with Ctrl-C");
    env.out().flush();
    stopped.await();
    return ExitCode.FOUND.code();
  }

  /**
   * The identifier served: over the bundled data (in memory; writes last until the server stops),
   * or over a directory that must already exist (a typo must not create an empty registry), opened
   * read-only unless writes are served, so that other processes may read it too. Either way the
   * provenance names the data as {@code identify} does.
   */
  private Identifier open() throws IOException {
    if (registry == null) {
      return Identifier.bundled();
    }
    if (!Files.isDirectory(registry)) {
      throw new NoSuchFileException(registry.toString(), null, "no registry directory");
    }
    return Identifier.overDirectory(
        registry, writable ? Registry.OpenMode.REFUSE_INCOMPATIBLE : Registry.OpenMode.READ_ONLY);
  }
}
