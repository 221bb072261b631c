package org.opioidregistry.cli;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.opioidregistry.identify.Identification;
import org.opioidregistry.identify.Verdict;

/**
 * Counts what a run found, for the exit code and the summary.
 *
 * <p>Not thread-safe: the thread that writes the reports keeps it.
 */
final class Tally {

  private int reports;
  private int found;
  private int bad;
  private long firstBadRecord = -1;
  private final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);

  void add(Identification identification) {
    reports++;
    if (identification.foundSomething()) {
      found++;
    }
    verdicts.merge(identification.verdict(), 1, Integer::sum);
  }

  void addBad(long record) {
    bad++;
    if (firstBadRecord < 0) {
      firstBadRecord = record;
    }
  }

  int reports() {
    return reports;
  }

  int bad() {
    return bad;
  }

  /** Bad input wins (the answer is incomplete), then anything found, else nothing found. */
  ExitCode exitCode() {
    if (bad > 0) {
      return ExitCode.BAD_INPUT;
    }
    return found > 0 ? ExitCode.FOUND : ExitCode.NOTHING_FOUND;
  }

  /**
   * E.g. "10000 records: 9999 read, 1 bad (first: record 5001); LISTED 3, NO_LISTED_MATCH 9996".
   */
  String summary() {
    StringBuilder text =
        new StringBuilder()
            .append(reports + bad)
            .append(" records: ")
            .append(reports)
            .append(" read, ")
            .append(bad)
            .append(" bad");
    if (firstBadRecord > 0) {
      text.append(" (first: record ").append(firstBadRecord).append(')');
    }
    if (!verdicts.isEmpty()) {
      text.append("; ")
          .append(
              verdicts.entrySet().stream()
                  .map(e -> e.getKey() + " " + e.getValue())
                  .collect(Collectors.joining(", ")));
    }
    return text.toString();
  }
}
