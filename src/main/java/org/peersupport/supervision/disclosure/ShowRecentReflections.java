package org.peersupport.supervision.disclosure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On the supervision cycle's reflection task: puts the specialist's disclosure and boundary
 * reflections since their previous cycle on the form, as the display variable
 * {@code recentReflections} (type, date, risk; no text).
 */
@Component("showRecentReflections")
class ShowRecentReflections implements TaskListener {

  static final String VARIABLE = "recentReflections";

  private final RecentReflections recent;

  ShowRecentReflections(RecentReflections recent) {
    this.recent = recent;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(VARIABLE, recent.summaryFor((String) task.getVariable("specialistId")));
  }
}
