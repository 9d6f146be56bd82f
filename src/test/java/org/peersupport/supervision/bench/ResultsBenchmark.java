package org.peersupport.supervision.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other benchmark of the run: prints the whole table through the
 * {@code peer-supervision.report} logger, writes {@code target/bench/results.json} and
 * {@code results.md}, and fails the bench profile when a figure missed its target (mvn verify never
 * runs benchmarks).
 */
@Order(Integer.MAX_VALUE - 1)
class ResultsBenchmark {

  @Test
  void everyTargetIsMet() {
    BenchResults.write();
    BenchResults.REPORT.info("benchmark results (also in target/bench/results.json and results.md):\n{}",
        BenchResults.table());
    assertThat(BenchResults.missed()).as("figures that missed their target (see target/bench/results.md)").isEmpty();
  }
}
