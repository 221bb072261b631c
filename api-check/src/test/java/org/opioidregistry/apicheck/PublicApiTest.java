package org.opioidregistry.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The library modules' public surface is what their {@code api.txt} says, names no Guava type, and
 * every library module is checked here and managed by the BOM.
 *
 * <p>After an intended API change, rewrite the lists with {@code mvn -B -o -pl api-check -am test
 * -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false -Dapi.update=true} and commit the
 * diff with the change, so that review sees it (and CHANGES.md names it).
 */
class PublicApiTest {

  private static final Path ROOT =
      Path.of(System.getProperty("opioidregistry.root", "..")).toAbsolutePath().normalize();

  private static final boolean UPDATE = Boolean.getBoolean("api.update");

  /** Surface lines naming a type of Guava's, which the library must not expose. */
  private static final Pattern GUAVA = Pattern.compile("\\bcom\\.google\\.common\\.");

  @TestFactory
  Stream<DynamicTest> eachLibraryModuleHasTheSurfaceItsListSays() {
    return checkedModules().entrySet().stream()
        .map(
            module ->
                DynamicTest.dynamicTest(
                    module.getKey(), () -> compare(module.getKey(), module.getValue())));
  }

  @TestFactory
  Stream<DynamicTest> noPublicSignatureNamesAGuavaType() {
    return checkedModules().entrySet().stream()
        .map(
            module ->
                DynamicTest.dynamicTest(
                    module.getKey(),
                    () -> {
                      List<String> exposed = new ArrayList<>();
                      String type = "";
                      for (String line : surface(module.getValue())) {
                        type = line.startsWith("  ") ? type : line;
                        if (GUAVA.matcher(line).find()) {
                          exposed.add(line.startsWith("  ") ? type + " :: " + line.strip() : line);
                        }
                      }
                      assertTrue(
                          exposed.isEmpty(),
                          module.getKey()
                              + " exposes Guava types (use int[], List, or a type of ours):\n"
                              + String.join("\n", exposed));
                    }));
  }

  @Test
  void everyLibraryModuleIsCheckedHereAndEveryPublishedModuleIsInTheBom() throws IOException {
    Map<String, Path> checked = checkedModules();
    String bom = Files.readString(ROOT.resolve("bom/pom.xml"), StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();
    for (String module : reactorModules()) {
      Path dir = ROOT.resolve(module);
      String pom = Files.readString(dir.resolve("pom.xml"), StandardCharsets.UTF_8);
      boolean library =
          Files.isDirectory(dir.resolve("src/main/java"))
              && !pom.contains("<maven.javadoc.skip>true</maven.javadoc.skip>");
      if (library && !checked.containsKey(module)) {
        problems.add(module + " is a library module but not a dependency of api-check/pom.xml");
      }
      boolean published =
          !pom.contains("<packaging>pom</packaging>")
              && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>");
      String artifact = artifactId(pom);
      if (published && !bom.contains("<artifactId>" + artifact + "</artifactId>")) {
        problems.add(artifact + " (" + module + ") is missing from bom/pom.xml");
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertFalse(checked.isEmpty(), "no library module found on the class path");
  }

  private static void compare(String module, Path classes) throws IOException {
    List<String> actual = surface(classes);
    Path list = ROOT.resolve(module).resolve("api.txt");
    if (UPDATE) {
      Files.write(list, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(list)) {
      fail(module + "/api.txt is missing: run with -Dapi.update=true to write it");
    }
    List<String> expected = Files.readAllLines(list, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      Set<String> removed = new LinkedHashSet<>(expected);
      actual.forEach(removed::remove);
      Set<String> added = new LinkedHashSet<>(actual);
      expected.forEach(added::remove);
      StringBuilder diff = new StringBuilder();
      removed.forEach(l -> diff.append("\n- ").append(l));
      added.forEach(l -> diff.append("\n+ ").append(l));
      fail(
          module
              + "'s public surface differs from "
              + module
              + "/api.txt; if intended, rerun with -Dapi.update=true, commit the list and note the"
              + " change in CHANGES.md:"
              + (diff.length() == 0 ? " (order only)" : diff));
    }
    assertEquals(expected, actual);
  }

  private static List<String> surface(Path classes) {
    return PublicSurface.of(classes, PublicApiTest.class.getClassLoader());
  }

  /**
   * The reactor's own modules on this test's class path, by directory name: {@code
   * <root>/<module>/target/classes} or the module's jar in its {@code target}. An entry for one of
   * our artifacts from outside the reactor (the local repository) is refused: it would check an
   * older build.
   */
  private static Map<String, Path> checkedModules() {
    Map<String, Path> modules = new LinkedHashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath().normalize();
      String file = path.getFileName().toString();
      if (path.startsWith(ROOT)) {
        Path relative = ROOT.relativize(path);
        boolean mainClasses = relative.getNameCount() == 3 && file.equals("classes");
        boolean jar = relative.getNameCount() == 3 && file.endsWith(".jar");
        String module = relative.getName(0).toString();
        if ((mainClasses || jar) && !module.equals("api-check")) {
          modules.put(module, path);
        }
      } else if (file.startsWith("opioid-registry-")) {
        throw new IllegalStateException(
            file + " comes from outside the reactor: build api-check with -am");
      }
    }
    return modules;
  }

  private static List<String> reactorModules() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    List<String> modules = new ArrayList<>();
    Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
    while (m.find()) {
      modules.add(m.group(1).strip());
    }
    return modules;
  }

  /** The module's own artifactId: the first one after its parent block. */
  private static String artifactId(String pom) {
    int after = pom.indexOf("</parent>");
    Matcher m =
        Pattern.compile("<artifactId>([^<]+)</artifactId>")
            .matcher(pom)
            .region(Math.max(after, 0), pom.length());
    if (!m.find()) {
      throw new IllegalStateException("no artifactId in a module's pom.xml");
    }
    return m.group(1);
  }
}
