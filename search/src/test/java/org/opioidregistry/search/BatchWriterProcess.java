package org.opioidregistry.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opioidregistry.core.substance.Substance;

/**
 * Child process of {@link PersistenceTest}: commits one batch, then starts a large batch that the
 * test kills (SIGKILL) before it can commit.
 */
public final class BatchWriterProcess {

  static final String COMMITTED = "committed";
  static final String WRITING_UNCOMMITTED = "writing uncommitted";

  private BatchWriterProcess() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int committed = Integer.parseInt(args[1]);
    Registry registry = Registry.open(dir);
    registry.addAll(SyntheticSubstances.range("committed", 0, committed));
    System.out.println(COMMITTED);
    List<Substance> large =
        new ArrayList<>(SyntheticSubstances.range("uncommitted", committed, committed + 60_000));
    System.out.println(WRITING_UNCOMMITTED);
    System.out.flush();
    registry.addAll(large); // killed before this commits
    System.out.println("finished: the test should have killed this process");
  }
}
