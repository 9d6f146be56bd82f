package org.peersupport.supervision.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * What the engine answered to the first password check of a request: the sign-in itself (Camunda's HTTP
 * Basic filter, the webapps' login and the dashboard's sign-in all check the password before anything
 * else). {@link LoginThrottleFilter} counts it; a request the engine checked no password for counts
 * neither way, whatever its status (Camunda's REST API, for one, answers {@code /engine-rest/engine}
 * without signing in).
 */
@Component
public class SignInOutcome extends AbstractProcessEnginePlugin {

  /** Set for the duration of a request that carries a sign-in; the first check's answer, or null. */
  private static final ThreadLocal<Boolean[]> FIRST_CHECK = new ThreadLocal<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
    if (interceptors == null) {
      interceptors = new ArrayList<>();
      configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }
    interceptors.add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        T result = next.execute(command);
        Boolean[] slot = FIRST_CHECK.get();
        if (slot != null && slot[0] == null && command instanceof CheckPassword && result instanceof Boolean matched) {
          slot[0] = matched;
        }
        return result;
      }
    });
  }

  /** Work during which the first password check is recorded. */
  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }

  /** Runs the work; answers whether its first password check matched (null: no password was checked). */
  static Boolean of(Work work) throws Exception {
    Boolean[] slot = new Boolean[1];
    Boolean[] outer = FIRST_CHECK.get();
    FIRST_CHECK.set(slot);
    try {
      work.run();
      return slot[0];
    } finally {
      if (outer == null) {
        FIRST_CHECK.remove();
      } else {
        FIRST_CHECK.set(outer);
      }
    }
  }
}
