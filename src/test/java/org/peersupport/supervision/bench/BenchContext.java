package org.peersupport.supervision.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.peersupport.supervision.cluster.ClusterDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application in the benchmark's JVM, shared by the in-process benchmarks: the test profile
 * (job executor off, demo program) on the in-memory H2, or with {@code -Dbench.db.url} on a throwaway
 * PostgreSQL database with the test program of {@code TestProgramOnPostgres} (demo mode is refused
 * there).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchContext.Database.class)
public @interface BenchContext {

  /** Points the application at the run's PostgreSQL database when there is one. */
  class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      if (!BenchDatabase.postgres()) {
        return;
      }
      ClusterDatabase database = BenchDatabase.throwaway("app").orElseThrow();
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("bench-database", Map.of(
          "spring.datasource.url", database.url(),
          "spring.datasource.username", database.user(),
          "spring.datasource.password", database.password(),
          "peer-supervision.demo.enabled", "false")));
      context.getEnvironment().addActiveProfile("test-postgres");
    }
  }
}
