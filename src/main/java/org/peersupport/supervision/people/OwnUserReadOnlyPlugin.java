package org.peersupport.supervision.people;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.util.EnsureUtil;
import org.springframework.stereotype.Component;

/**
 * Camunda's default authorization provider gives every new user ALL on their own user: they could
 * rename themselves (names flow into task names, reports, CSV and PDF) or delete themselves. Here a
 * new user may only READ their own user; names and e-mail come from the roster or an administrator,
 * and the password changes through {@code POST /api/me/password}. Users created before are cut down to
 * the same at every start ({@link ProgramAuthorizations#ensure()}).
 */
@Component
class OwnUserReadOnlyPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new OwnUserReadOnly());
  }

  /** The default provider (groups, tasks, processes, filters), except for a new user's own grant. */
  static class OwnUserReadOnly extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newUser(User user) {
      String userId = user.getId();
      EnsureUtil.ensureValidIndividualResourceId("Cannot create default authorization for user " + userId, userId);
      return new AuthorizationEntity[] {
          createGrantAuthorization(userId, null, Resources.USER, userId, Permissions.READ)};
    }
  }
}
