package org.opioidregistry.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opioidregistry.core.mass.Adduct;
import org.opioidregistry.core.query.QueryKind;
import org.opioidregistry.core.structure.Structure;
import org.opioidregistry.core.substance.Code;
import org.opioidregistry.core.substance.Substance;
import org.opioidregistry.search.BundledRegistry;

/**
 * The same queries on the same build and registry give byte-identical JSON: 1,000 queries made from
 * the bundled data (each substance's SMILES, its hydrochloride, its stereo-stripped form, its name,
 * a synonym, a misspelt name, its codes, formula and protonated mass) are identified in two
 * separate JVMs, which differ in what should not matter: the worker thread count, the JVM's
 * identity-hash algorithm (so that any order taken from a HashMap of objects without their own
 * hashCode, or from an IdentityHashMap, differs), and the default locale.
 */
class DeterminismTest {

  static final int QUERIES = 1000;

  /** The proton's mass in Da (CODATA 2018: 1.007 276 466 621 u), for [M+H]+ queries. */
  private static final double PROTON = 1.007276466621;

  /** Guards a hang only; raise it with {@code -Dopioid.test.timeoutFactor=N} on a slow machine. */
  private static final long TIMEOUT_SECONDS =
      (long) (900 * Double.parseDouble(System.getProperty("opioid.test.timeoutFactor", "1")));

  private static final java.util.regex.Pattern VERDICT =
      java.util.regex.Pattern.compile("\"verdict\":\"([A-Z_]+)\"");

  @TempDir Path dir;

  @Test
  void twoProcessesWriteTheSameBytes() throws Exception {
    Path first = dir.resolve("first.jsonl");
    Path second = dir.resolve("second.jsonl");
    run(first, 1, List.of());
    run(
        second,
        3,
        List.of(
            "-XX:+UnlockExperimentalVMOptions",
            "-XX:hashCode=2",
            "-Duser.language=tr",
            "-Duser.country=TR"));
    List<String> a = Files.readAllLines(first, StandardCharsets.UTF_8);
    List<String> b = Files.readAllLines(second, StandardCharsets.UTF_8);
    assertEquals(QUERIES, a.size(), "one line per query");
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equals(b.get(i))) {
        fail("line " + (i + 1) + " differs:\n" + a.get(i) + "\n" + b.get(i));
      }
    }
    assertTrue(Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second)));
    // The queries found things of every kind, not 1,000 errors.
    java.util.Map<String, Long> verdicts = new java.util.TreeMap<>();
    for (String l : a) {
      java.util.regex.Matcher m = VERDICT.matcher(l);
      verdicts.merge(m.find() ? m.group(1) : "error", 1L, Long::sum);
    }
    System.err.println("DeterminismTest verdicts: " + verdicts);
    assertTrue(verdicts.getOrDefault("LISTED", 0L) > 300, verdicts.toString());
    assertTrue(verdicts.getOrDefault("error", 0L) < 100, verdicts.toString());
    assertTrue(a.stream().filter(l -> l.contains("\"detectedAs\":\"MASS\"")).count() > 100);
  }

  private void run(Path output, int threads, List<String> jvmOptions)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            Child.class.getName(),
            output.toString(),
            Integer.toString(threads)));
    Path log = dir.resolve(output.getFileName() + ".log");
    Process child =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      child.destroyForcibly();
      fail("the child hung: " + command);
    }
    assertEquals(0, child.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /**
   * The queries, in a fixed order: per substance (sorted by id) each form it has, until there are
   * {@link #QUERIES}.
   */
  static List<Query> queries() {
    List<Substance> substances = new ArrayList<>(BundledRegistry.open().substances());
    substances.sort(Comparator.comparing(s -> s.id().value()));
    List<List<Query>> forms = new ArrayList<>();
    for (Substance s : substances) {
      List<Query> q = new ArrayList<>();
      // The forms most likely to tie (formula, mass) come early, so that every substance has them.
      if (s.structure().isPresent()) {
        Structure st = s.structure().get();
        String smiles = st.canonicalSmiles();
        q.add(Query.detect(smiles));
        q.add(Query.mass(MassQuery.of(st.monoisotopicMass() + PROTON, Adduct.PROTONATED, 5)));
        q.add(Query.detect(st.formula()));
        q.add(Query.detect(smiles + ".Cl"));
        q.add(Query.detect(smiles.replace("@", "").replace("/", "").replace("\\", "")));
      }
      q.add(Query.of(QueryKind.NAME, s.name()));
      s.synonyms().stream().findFirst().ifPresent(n -> q.add(Query.of(QueryKind.NAME, n)));
      if (s.name().length() > 6) {
        // One letter dropped: a typo the name search may or may not resolve.
        int at = s.name().length() / 2;
        q.add(Query.detect(s.name().substring(0, at) + s.name().substring(at + 1)));
      }
      s.structure().ifPresent(st -> q.add(Query.detect(st.inchiKey())));
      for (Code c : s.codes()) {
        q.add(Query.detect(c.value()));
      }
      forms.add(q);
    }
    // Round-robin over the substances' forms, so that every kind appears before the cap.
    List<Query> out = new ArrayList<>();
    for (int round = 0; out.size() < QUERIES; round++) {
      boolean any = false;
      for (List<Query> q : forms) {
        if (round < q.size() && out.size() < QUERIES) {
          out.add(q.get(round));
          any = true;
        }
      }
      if (!any) {
        // Fewer distinct forms than queries: go round again with the same ones.
        round = -1;
      }
    }
    return out;
  }

  /** The child JVM: identifies {@link #queries()} and writes JSON Lines. */
  static final class Child {
    public static void main(String[] args) throws IOException {
      Path output = Path.of(args[0]);
      int threads = Integer.parseInt(args[1]);
      if (threads > 1 && !"tr".equals(Locale.getDefault().getLanguage())) {
        throw new AssertionError("the second child runs in another locale");
      }
      Identifier identifier = Identifier.bundled();
      try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
          BufferedWriter lines = new BufferedWriter(out)) {
        identifier.identifyAll(
            queries().iterator(),
            threads,
            outcome -> {
              try {
                if (outcome.identification().isPresent()) {
                  IdentificationJson.write(lines, outcome.identification().get());
                } else {
                  IdentificationJson.writeError(
                      lines, outcome.record(), outcome.query(), outcome.error().orElseThrow());
                }
                lines.write('\n');
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      }
    }
  }
}
