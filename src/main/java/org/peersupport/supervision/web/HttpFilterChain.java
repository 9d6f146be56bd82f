package org.peersupport.supervision.web;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.peersupport.supervision.privacy.AccessTrail;
import org.peersupport.supervision.privacy.AccessTrailFilter;
import org.peersupport.supervision.security.ApiSignInProblem;
import org.peersupport.supervision.security.CrossSiteRequestFilter;
import org.peersupport.supervision.security.EdgeAllowList;
import org.peersupport.supervision.security.EdgeAllowListFilter;
import org.peersupport.supervision.security.LoginThrottle;
import org.peersupport.supervision.security.LoginThrottleFilter;
import org.peersupport.supervision.security.PageChangeGuard;
import org.peersupport.supervision.security.PageSignIn;
import org.peersupport.supervision.security.ResponseHeaders;
import org.peersupport.supervision.validation.FormSubmissionFilter;
import org.peersupport.supervision.validation.FormValidator;
import org.peersupport.supervision.people.PeopleChoices;
import org.peersupport.supervision.people.Relationships;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The product's servlet filter chain, in one place and in its order, outermost first. Each filter is
 * written in the package it belongs to (security, privacy, validation); this class only says where it
 * stands and which paths it guards. Camunda's webapps (under {@code /camunda}) keep their own login and
 * CSRF filters, which run after these.
 *
 * <ol>
 *   <li>{@link #RESPONSE_HEADERS}: no caching, framing, sniffing or referrer; content security policy;
 *   <li>{@link #CROSS_SITE_REQUESTS}: a cross-site request with Basic credentials is refused before anyone is
 *       signed in;
 *   <li>{@link #SIGN_IN_THROTTLE}: too many wrong passwords for one account from one address wait;
 *   <li>{@link #API_SIGN_IN_PROBLEM}: a refused sign-in on /api gets a problem body;
 *   <li>{@link #SIGN_IN}: HTTP Basic against the engine's identity service on /engine-rest and /api (Camunda
 *       leaves /engine-rest open by default); the webapps' session or Basic on the product's pages;
 *   <li>{@link #PAGE_CHANGE_GUARD}: changes on the pages need the session's CSRF token;
 *   <li>{@link #ACCESS_TRAIL}: who viewed or changed what (inside sign-in, so the user is known);
 *   <li>{@link #EDGE_ALLOW_LIST}: default deny on Camunda's REST surface (inside the trail, so refused attempts
 *       are recorded too);
 *   <li>{@link #FORM_SUBMISSION}: a form's values are checked before the engine is called.
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class HttpFilterChain {

  static final int RESPONSE_HEADERS = Ordered.HIGHEST_PRECEDENCE;
  static final int CROSS_SITE_REQUESTS = Ordered.HIGHEST_PRECEDENCE + 5;
  static final int SIGN_IN_THROTTLE = Ordered.HIGHEST_PRECEDENCE + 6;
  static final int API_SIGN_IN_PROBLEM = Ordered.HIGHEST_PRECEDENCE + 9;
  static final int SIGN_IN = Ordered.HIGHEST_PRECEDENCE + 10;
  static final int PAGE_CHANGE_GUARD = Ordered.HIGHEST_PRECEDENCE + 12;
  static final int ACCESS_TRAIL = Ordered.HIGHEST_PRECEDENCE + 15;
  static final int EDGE_ALLOW_LIST = Ordered.HIGHEST_PRECEDENCE + 16;
  static final int PEOPLE_CHOICES = Ordered.HIGHEST_PRECEDENCE + 18;
  static final int FORM_SUBMISSION = Ordered.HIGHEST_PRECEDENCE + 20;

  static final String BASIC_PROVIDER =
      "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider";

  private static final String[] DASHBOARD = {"/dashboard", "/dashboard/*"};
  private static final String[] ROSTER = {"/roster", "/roster/*"};
  private static final String[] ME = {"/me", "/me/*"};

  // -- response headers -------------------------------------------------------------------------------

  /** And the open /activate page, which handles a one-time link: never cached, never sent as a referrer. */
  @Bean
  FilterRegistrationBean<Filter> apiResponseHeaders() {
    return registration("peer-supervision-api-headers", ResponseHeaders.ofProductPaths(), RESPONSE_HEADERS,
        "/engine-rest/*", "/api/*", "/dashboard", "/dashboard/*", "/roster", "/roster/*", "/me", "/me/*", "/activate",
        "/activate/*");
  }

  @Bean
  FilterRegistrationBean<Filter> signInPageHeaders() {
    return registration("peer-supervision-sign-in-headers", ResponseHeaders.ofSignInPage(), RESPONSE_HEADERS,
        PageSignIn.SIGN_IN, PageSignIn.SIGN_IN + "/*");
  }

  // -- before anyone is signed in ---------------------------------------------------------------------

  @Bean
  FilterRegistrationBean<Filter> crossSiteRequests() {
    return registration("peer-supervision-cross-site-requests", new CrossSiteRequestFilter(), CROSS_SITE_REQUESTS,
        "/*");
  }

  @Bean
  FilterRegistrationBean<Filter> loginThrottling(LoginThrottle throttle) {
    return registration("peer-supervision-login-throttle", new LoginThrottleFilter(throttle), SIGN_IN_THROTTLE,
        "/engine-rest/*", "/api/*", "/dashboard", "/dashboard/*", "/roster", "/roster/*", "/me", "/me/*",
        "/camunda/api/admin/auth/user/*");
  }

  @Bean
  FilterRegistrationBean<Filter> signInProblem() {
    return registration("peer-supervision-api-sign-in-problem", new ApiSignInProblem(), API_SIGN_IN_PROBLEM,
        "/api/*");
  }

  // -- sign-in ----------------------------------------------------------------------------------------

  @Bean
  FilterRegistrationBean<Filter> basicAuthentication() {
    FilterRegistrationBean<Filter> registration = registration("peer-supervision-basic-authentication",
        new ProcessEngineAuthenticationFilter(), SIGN_IN, "/engine-rest/*", "/api/*");
    registration.addInitParameter("authentication-provider", BASIC_PROVIDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> dashboardSignIn(IdentityService identityService) {
    return registration("peer-supervision-dashboard-sign-in", new PageSignIn(identityService,
        "The scope-compliance dashboard is for program leads, and for supervisors about their own team.",
        "/dashboard"), SIGN_IN, DASHBOARD);
  }

  @Bean
  FilterRegistrationBean<Filter> rosterSignIn(IdentityService identityService) {
    return registration("peer-supervision-roster-sign-in", new PageSignIn(identityService,
        "The roster import is for program leads and admins.", "/roster"), SIGN_IN, ROSTER);
  }

  @Bean
  FilterRegistrationBean<Filter> meSignIn(IdentityService identityService) {
    return registration("peer-supervision-me-sign-in", new PageSignIn(identityService,
        "Your record is for the people of the program: specialists, supervisors and program leads.", "/me"),
        SIGN_IN, ME);
  }

  // -- signed in --------------------------------------------------------------------------------------

  @Bean
  FilterRegistrationBean<Filter> rosterPageGuard() {
    return registration("peer-supervision-roster-page-guard", new PageChangeGuard(), PAGE_CHANGE_GUARD, ROSTER);
  }

  /** Adding to one's record on /me needs the session's CSRF token, as on /roster. */
  @Bean
  FilterRegistrationBean<Filter> mePageGuard() {
    return registration("peer-supervision-me-page-guard", new PageChangeGuard(), PAGE_CHANGE_GUARD, ME);
  }

  /** Changes under /dashboard (none today) need the session's CSRF token, as on /roster. */
  @Bean
  FilterRegistrationBean<Filter> dashboardPageGuard() {
    return registration("peer-supervision-dashboard-page-guard", new PageChangeGuard(), PAGE_CHANGE_GUARD,
        DASHBOARD);
  }

  /**
   * The trail of the APIs, the dashboard and the roster page; and of the webapps' APIs beyond Tasklist's
   * engine mount (a request under both registrations is recorded once: the filter marks the request).
   */
  @Bean
  FilterRegistrationBean<Filter> accessTrailRecording(AccessTrail trail, IdentityService identityService) {
    return registration("peer-supervision-access-trail", new AccessTrailFilter(trail, identityService), ACCESS_TRAIL,
        "/engine-rest/*", "/api/*", "/camunda/api/engine/*", "/dashboard", "/dashboard/*", "/roster/*", "/me/*");
  }

  @Bean
  FilterRegistrationBean<Filter> accessTrailOfTheWebappApis(AccessTrail trail, IdentityService identityService) {
    return registration("peer-supervision-access-trail-webapp-apis", new AccessTrailFilter(trail, identityService),
        ACCESS_TRAIL, "/camunda/api/*");
  }

  @Bean
  FilterRegistrationBean<Filter> edgeAllowList(IdentityService identityService) {
    return registration("peer-supervision-edge-allow-list",
        new EdgeAllowListFilter(EdgeAllowList.standard(), identityService), EDGE_ALLOW_LIST,
        "/engine-rest/*", "/camunda/api/*");
  }

  /** A form's choice of a person lists the people the signed-in person may choose (people/PeopleChoices). */
  @Bean
  FilterRegistrationBean<Filter> peopleChoices(Relationships relationships, IdentityService identityService) {
    return registration("peer-supervision-people-choices", new PeopleChoices(relationships, identityService),
        PEOPLE_CHOICES, "/engine-rest/*", "/camunda/api/engine/*");
  }

  @Bean
  FilterRegistrationBean<Filter> formSubmissionCheck(ProcessEngine engine, FormValidator validator) {
    return registration("peer-supervision-form-submission", new FormSubmissionFilter(engine, validator),
        FORM_SUBMISSION, "/engine-rest/*", "/camunda/api/engine/*");
  }

  private static FilterRegistrationBean<Filter> registration(String name, Filter filter, int order, String... paths) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(paths);
    registration.setOrder(order);
    return registration;
  }
}
