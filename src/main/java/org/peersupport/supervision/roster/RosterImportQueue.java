package org.peersupport.supervision.roster;

import jakarta.annotation.PreDestroy;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Roster imports run one at a time on a thread of their own (a few more may wait), so that a large file
 * does not hold an HTTP request open and its progress can be read while it runs. Not an Executor bean:
 * Spring Boot's own task executor stays as it is.
 */
@Component
class RosterImportQueue {

  static final int WAITING_IMPORTS = 10;

  private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

  RosterImportQueue() {
    executor.setCorePoolSize(1);
    executor.setMaxPoolSize(1);
    executor.setQueueCapacity(WAITING_IMPORTS);
    executor.setThreadNamePrefix("roster-import-");
    executor.initialize();
  }

  /** Queues the work; refused with {@link TaskRejectedException} when too many imports wait already. */
  void submit(Runnable work) {
    executor.execute(work);
  }

  @PreDestroy
  void stop() {
    executor.shutdown();
  }
}
