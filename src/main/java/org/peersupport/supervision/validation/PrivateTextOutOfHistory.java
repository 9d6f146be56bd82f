package org.peersupport.supervision.validation;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Private text never reaches the engine's history. The engine kept every variable and every submitted
 * form value in {@code ACT_HI_VARINST} and {@code ACT_HI_DETAIL} for the retention period, where an
 * administrator reads them in Cockpit, beside the product's own copy in its tables. This plugin puts a
 * history event handler in place of the engine's own database handler (Camunda's documented extension
 * point, {@code customHistoryEventHandlers}) that writes every event as the engine does, except the
 * events of variables and form values that hold private text ({@link PrivateText}): all of them, from
 * creation to deletion, so no row of such a variable is ever written, updated or looked for. The
 * history level stays {@code full} for everything else (activities, tasks, decisions, ids, choices).
 * While a process runs, its steps still read the text from its variables.
 */
@Component
public class PrivateTextOutOfHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers();
    if (handlers == null) {
      handlers = new java.util.ArrayList<>();
      configuration.setCustomHistoryEventHandlers(handlers);
    }
    handlers.add(new WithoutPrivateText(new DbHistoryEventHandler()));
  }

  /** The engine's database handler, given every event but those of private text. */
  static final class WithoutPrivateText implements HistoryEventHandler {

    private final HistoryEventHandler database;

    WithoutPrivateText(HistoryEventHandler database) {
      this.database = database;
    }

    static boolean isPrivate(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity variable) {
        return PrivateText.isPrivate(variable.getVariableName());
      }
      if (event instanceof HistoricFormPropertyEventEntity formValue) {
        return PrivateText.isPrivate(formValue.getPropertyId());
      }
      return false;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isPrivate(event)) {
        database.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      for (HistoryEvent event : events) {
        handleEvent(event);
      }
    }
  }
}
