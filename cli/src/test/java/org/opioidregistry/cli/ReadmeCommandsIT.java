package org.opioidregistry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./opioid-registry} command line of README.md, run on the real jar in a fresh
 * directory holding a copy of {@code examples/}: each must do its work (exit 0 or 1, no usage,
 * input or other error), and the first must print the README's sample output.
 */
class ReadmeCommandsIT {

  private static final Path ROOT = Path.of("..");
  private static final String LAUNCHER = "./opioid-registry ";

  /** The README's command lines, in order, from its code blocks. */
  static List<String> commandLines() throws IOException {
    List<String> lines = new ArrayList<>();
    boolean inCode = false;
    for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
      if (line.startsWith("```")) {
        inCode = !inCode;
      } else if (inCode && line.startsWith(LAUNCHER) && !line.startsWith(LAUNCHER + "serve")) {
        // serve runs until stopped: ReadmeServeIT starts it and runs the README's curl lines.
        lines.add(line.substring(LAUNCHER.length()).strip());
      }
    }
    return lines;
  }

  /** Splits a command line as a POSIX shell does for words and 'single-quoted' words. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (word == null) {
          word = new StringBuilder();
        }
        word.append(line, i + 1, end);
        i = end;
      } else if (c == '#' && word == null) {
        break;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        if (word == null) {
          word = new StringBuilder();
        }
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  @Test
  void everyCommandLineRuns(@TempDir Path dir) throws Exception {
    copyExamples(dir);
    List<String> lines = commandLines();
    assertTrue(lines.size() >= 10, "the README shows its commands: " + lines);
    for (String line : lines) {
      JarRunner.Result run = JarRunner.runIn(dir, "", words(line).toArray(String[]::new));
      assertTrue(
          run.status() == 0 || run.status() == 1,
          line + " exited " + run.status() + ": " + run.err());
      // A command that writes a file (--output) may print nothing; every other one must say
      // something.
      if (!line.contains("--output")) {
        assertFalse(run.out().isBlank() && run.err().isBlank(), line + " printed nothing");
      }
      for (String err : run.errLines()) {
        assertFalse(
            err.contains("bad input:") || err.contains("error:") || err.contains("usage:"),
            line + ": " + err);
      }
    }
    assertTrue(Files.isRegularFile(dir.resolve("my-tables/substances.tsv")));
    assertTrue(Files.isDirectory(dir.resolve("lab-registry")));
  }

  @Test
  void theFirstCommandPrintsTheSampleOutput() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int at = readme.indexOf("Sample output of the first:");
    int start = readme.indexOf("```\n", at) + 4;
    String sample = readme.substring(start, readme.indexOf("```", start));
    JarRunner.Result run = JarRunner.run(words(commandLines().get(0)).toArray(String[]::new));
    assertEquals(0, run.status(), run.err());
    assertEquals(sample, run.out());
  }

  private static void copyExamples(Path dir) throws IOException {
    Path examples = ROOT.resolve("examples");
    Path target = dir.resolve("examples");
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(examples)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
  }
}
