package org.opioidregistry.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.openscience.cdk.tools.LoggingToolFactory;
import org.opioidregistry.core.mass.Adduct;
import org.opioidregistry.identify.BadQueryException;
import picocli.CommandLine;

/**
 * Entry point of {@code opioid-registry}.
 *
 * <pre>
 * java -jar opioid-registry.jar identify 'CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1'
 * </pre>
 *
 * <p>Reports go to standard output, everything else (problems, notes, progress, summaries) to
 * standard error. Thread-safe: {@link #run} keeps its state in the objects it makes.
 */
public final class Main {

  private final Environment env;

  Main(Environment env) {
    this.env = env;
  }

  /**
   * Runs the command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    configureLogging(args);
    // Before any CDK class is loaded: they make their loggers in static initialisers.
    LoggingToolFactory.setLoggingToolClass(CdkSlf4jLogger.class);
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
            false);
    PrintStream stderr =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    // Whatever a library prints to System.out would corrupt JSON output: send it to stderr.
    System.setOut(stderr);
    InputStream in = System.in;
    Environment env = new Environment(in, out, err, System.console() != null);
    int status = new Main(env).run(args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs the command line and returns the exit status. */
  int run(String... args) {
    CommandLine commandLine = new CommandLine(new RootCommand());
    Map<String, Supplier<Object>> subcommands = subcommands();
    Supplier<Object> named = args.length == 0 ? null : subcommands.get(args[0]);
    if (named != null) {
      // picocli reads a command's annotations and fields when it is made (about 60 ms of a cold
      // start for all twelve, in JFR samples): a run of one subcommand makes that one only.
      commandLine.addSubcommand(new CommandLine(named.get()));
    } else {
      // The root's help, version and "unknown command" suggestions need every subcommand.
      subcommands.values().forEach(each -> commandLine.addSubcommand(new CommandLine(each.get())));
    }
    commandLine
        .setOut(env.out())
        .setErr(env.err())
        .setCaseInsensitiveEnumValuesAllowed(true)
        // @FILE is identify's own way of naming a batch file, not picocli's argument file.
        .setExpandAtFiles(false)
        .registerConverter(Adduct.class, Adduct::parse)
        .setParameterExceptionHandler(this::usageError)
        .setExecutionExceptionHandler(this::failure);
    int status = commandLine.execute(args);
    // PrintWriter keeps a failed write to itself (a full disk, a closed pipe): ask it, so that a
    // cut report never exits as a success.
    env.out().flush();
    if (env.out().checkError()) {
      new Problems(env.err(), false)
          .error("cannot write the output (is the disk full, or the reader gone?)", null);
      return ExitCode.FAILURE.code();
    }
    return status;
  }

  /**
   * Every subcommand by its {@code @Command} name, in the order the root's help lists them, each
   * made only when asked (MainTest checks that each key is its command's name).
   */
  Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("identify", () -> new IdentifyCommand(env));
    all.put("search", () -> new SearchCommand(env));
    all.put("similar", () -> new SimilarCommand(env));
    all.put("info", () -> new InfoCommand(env));
    all.put("import", () -> new ImportCommand(env));
    all.put("export", () -> new ExportCommand(env));
    all.put("screen", () -> new ScreenCommand(env));
    all.put("substructure", () -> new SubstructureCommand(env));
    all.put("serve", () -> new ServeCommand(env));
    all.put("depict", () -> new DepictCommand(env));
    all.put("log", () -> new LogCommand(env));
    all.put("report", () -> new ReportCommand(env));
    return all;
  }

  /** One line naming the problem, one pointing to the help: no page of usage text. */
  private int usageError(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = env.err();
    err.println(Problems.PREFIX + "usage: " + Problems.line(Messages.firstLine(e)));
    err.println(
        Problems.PREFIX
            + "see: "
            + e.getCommandLine().getCommandSpec().qualifiedName()
            + " --help");
    err.flush();
    return ExitCode.USAGE.code();
  }

  private int failure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    boolean debug =
        Arrays.asList(parseResult.originalArgs().toArray(new String[0])).contains("--debug");
    Problems problems = new Problems(env.err(), debug);
    if (e instanceof BadInputException bad) {
      problems.badInput(bad);
      return ExitCode.BAD_INPUT.code();
    }
    if (e instanceof BadQueryException bad) {
      problems.badInput(Messages.badQuery(bad.query(), bad));
      return ExitCode.BAD_INPUT.code();
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      problems.error(Messages.firstLine(e), e);
      return ExitCode.FAILURE.code();
    }
    problems.error("internal error: " + e + (debug ? "" : " (run with --debug for details)"), e);
    return ExitCode.FAILURE.code();
  }

  /**
   * SLF4J Simple reads its levels when the first logger is made: set them before anything logs.
   * System properties win over simplelogger.properties.
   */
  private static void configureLogging(String[] args) {
    if (Arrays.asList(args).contains("--debug")) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
      System.setProperty("org.slf4j.simpleLogger.log.org.openscience.cdk", "debug");
      System.setProperty("org.slf4j.simpleLogger.log.uk.ac.cam.ch.wwmm.opsin", "debug");
    }
  }
}
