package org.opioidregistry.identify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The version and git commit of this build, read from the resources the build writes ({@code
 * build.properties} by resource filtering, {@code git-commit.txt} by {@code git rev-parse HEAD});
 * "unknown" when a build had no git checkout. Read once per call site; stateless.
 */
final class BuildInfo {

  static final String UNKNOWN = "unknown";

  private BuildInfo() {}

  static String version() {
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", UNKNOWN);
      return v.startsWith("${") ? UNKNOWN : v;
    } catch (IOException e) {
      throw new UncheckedIOException("build.properties unreadable", e);
    }
  }

  static String gitCommit() {
    try (InputStream in = BuildInfo.class.getResourceAsStream("git-commit.txt")) {
      if (in == null) {
        return UNKNOWN;
      }
      String commit = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
      return commit.matches("[0-9a-f]{40}") ? commit : UNKNOWN;
    } catch (IOException e) {
      throw new UncheckedIOException("git-commit.txt unreadable", e);
    }
  }
}
