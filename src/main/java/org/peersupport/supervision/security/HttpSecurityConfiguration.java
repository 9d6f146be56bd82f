package org.peersupport.supervision.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.peersupport.supervision.validation.FormSubmissionFilter;
import org.peersupport.supervision.validation.FormValidator;
import org.peersupport.supervision.privacy.AccessTrail;
import org.peersupport.supervision.privacy.AccessTrailFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Closes Camunda's REST API and the product's /api behind HTTP Basic against the engine's identity
 * service (Camunda leaves /engine-rest open by default), and puts the form submission check in front
 * of every completion endpoint. The webapps under /camunda keep their own login; /dashboard and /roster
 * take either; health stays open, and so does /activate, where a one-time link is the credential.
 */
@Configuration(proxyBeanMethods = false)
class HttpSecurityConfiguration {

  static final String BASIC_PROVIDER =
      "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider";

  /** The product's own pages load scripts, styles and data from this origin only. */
  static final String PAGE_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
      + "frame-ancestors 'none'";

  /** JSON, CSV and PDF answers: nothing in them runs or loads anything. */
  static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Bean
  FilterRegistrationBean<Filter> basicAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("peer-supervision-basic-authentication");
    registration.addInitParameter("authentication-provider", BASIC_PROVIDER);
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The dashboard: HTTP Basic like /api, or the webapps' session (see PageSignIn). */
  @Bean
  FilterRegistrationBean<Filter> dashboardSignIn(IdentityService identityService) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new PageSignIn(identityService));
    registration.setName("peer-supervision-dashboard-sign-in");
    registration.addUrlPatterns("/dashboard", "/dashboard/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The roster import page: signed in like the dashboard; its changes need the page's own header. */
  @Bean
  FilterRegistrationBean<Filter> rosterSignIn(IdentityService identityService) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new PageSignIn(identityService,
        "The roster import is for program leads and admins.", "/roster"));
    registration.setName("peer-supervision-roster-sign-in");
    registration.addUrlPatterns("/roster", "/roster/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> rosterPageGuard() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new PageChangeGuard());
    registration.setName("peer-supervision-roster-page-guard");
    registration.addUrlPatterns("/roster", "/roster/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
    return registration;
  }


  /**
   * Responses of the APIs and the product's pages carry behavioral-health data: never cached, never
   * framed, never sniffed, no referrer; HTTPS only once a browser has seen them over HTTPS.
   */
  @Bean
  FilterRegistrationBean<Filter> apiResponseHeaders() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
      HttpServletResponse http = (HttpServletResponse) response;
      http.setHeader("Cache-Control", "no-store");
      http.setHeader("X-Content-Type-Options", "nosniff");
      http.setHeader("X-Frame-Options", "DENY");
      http.setHeader("Referrer-Policy", "no-referrer");
      http.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
      http.setHeader("Content-Security-Policy",
          isApi((HttpServletRequest) request) ? API_CONTENT_SECURITY_POLICY : PAGE_CONTENT_SECURITY_POLICY);
      if (request.isSecure()) {
        http.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
      }
      // Camunda's REST API would weaken it to no-cache; and a browser that answered its Basic challenge
      // would keep the credentials for the whole origin and send them with other sites' requests, so a
      // browser (it says where a request comes from, Sec-Fetch-*) gets the 401 without the challenge;
      // scripts still get it
      boolean browser = ((HttpServletRequest) request).getHeader("Sec-Fetch-Mode") != null
          || ((HttpServletRequest) request).getHeader("Sec-Fetch-Site") != null;
      chain.doFilter(request, new HttpServletResponseWrapper(http) {
        private boolean dropped(String name) {
          return "Cache-Control".equalsIgnoreCase(name) || (browser && "WWW-Authenticate".equalsIgnoreCase(name));
        }

        @Override
        public void setHeader(String name, String value) {
          if (!dropped(name)) {
            super.setHeader(name, value);
          }
        }

        @Override
        public void addHeader(String name, String value) {
          if (!dropped(name)) {
            super.addHeader(name, value);
          }
        }
      });
    });
    registration.setName("peer-supervision-api-headers");
    // and the open /activate page, which handles a one-time link: never cached, never sent as a referrer
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/dashboard", "/dashboard/*", "/roster", "/roster/*",
        "/activate", "/activate/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.startsWith("/engine-rest/");
  }

  /** Who viewed or changed sensitive data: inside the Basic filter, so the user is still known. */
  @Bean
  FilterRegistrationBean<Filter> accessTrailRecording(AccessTrail trail, IdentityService identityService) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new AccessTrailFilter(trail, identityService));
    registration.setName("peer-supervision-access-trail");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/engine/*", "/dashboard", "/dashboard/*", "/roster/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
    return registration;
  }

  /**
   * Default deny on Camunda's REST surface: only what the edge allow-list names for the caller's role
   * reaches the engine (inside the access trail, so refused attempts are recorded too).
   */
  @Bean
  FilterRegistrationBean<Filter> edgeAllowList(IdentityService identityService) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
        new EdgeAllowListFilter(EdgeAllowList.standard(), identityService));
    registration.setName("peer-supervision-edge-allow-list");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 16);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> formSubmissionCheck(ProcessEngine engine, FormValidator validator) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new FormSubmissionFilter(engine, validator));
    registration.setName("peer-supervision-form-submission");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
