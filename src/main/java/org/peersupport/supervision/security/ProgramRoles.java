package org.peersupport.supervision.security;

/** The Camunda groups the product's roles map to. */
public final class ProgramRoles {

  public static final String SPECIALISTS = "specialists";
  public static final String SUPERVISORS = "supervisors";
  public static final String PROGRAM_LEADS = "program-leads";
  /** Camunda's own administrators group: full access to the engine and its webapps. */
  public static final String ADMINS = "camunda-admin";

  private ProgramRoles() {}
}
