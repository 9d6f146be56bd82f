package org.peersupport.supervision.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs a piece of product code with the engine's authorization checks off for the current thread,
 * then restores the caller's authentication. Used where the product itself, not the user, needs to
 * look something up (a task's form, a process's supervisor) or grant a relationship-based
 * permission. The result must never be handed to the user unfiltered.
 */
public final class Privileged {

  private Privileged() {}

  public static <T> T call(IdentityService identityService, Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  public static void run(IdentityService identityService, Runnable work) {
    call(identityService, () -> {
      work.run();
      return null;
    });
  }
}
