package org.peersupport.supervision.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What protects people using the product in a browser: cross-site requests with Basic credentials are
 * refused on every path before anything else runs; the sign-in page gets the product's page headers;
 * the dashboard's changes need the session's CSRF token, like the roster page's (PageChangeGuard, also
 * registered for /roster in HttpSecurityConfiguration). Sign-in of the pages themselves: PageSignIn.
 */
@Configuration(proxyBeanMethods = false)
class BrowserSecurityConfiguration {

  /** Before the Basic filter (+10): a refused request never signs anyone in or reaches the engine. */
  @Bean
  FilterRegistrationBean<Filter> crossSiteRequests() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new CrossSiteRequestFilter());
    registration.setName("peer-supervision-cross-site-requests");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /** The sign-in page and its scripts: never cached or framed; only this origin's scripts, no inline script. */
  @Bean
  FilterRegistrationBean<Filter> signInPageHeaders() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
      HttpServletResponse http = (HttpServletResponse) response;
      String path = ((HttpServletRequest) request).getRequestURI();
      http.setHeader("Cache-Control", "no-store");
      http.setHeader("X-Content-Type-Options", "nosniff");
      http.setHeader("X-Frame-Options", "DENY");
      http.setHeader("Referrer-Policy", "no-referrer");
      http.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
      http.setHeader("Content-Security-Policy", path.endsWith(".json")
          ? HttpSecurityConfiguration.API_CONTENT_SECURITY_POLICY : HttpSecurityConfiguration.PAGE_CONTENT_SECURITY_POLICY);
      if (request.isSecure()) {
        http.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
      }
      chain.doFilter(request, response);
    });
    registration.setName("peer-supervision-sign-in-headers");
    registration.addUrlPatterns(SignInPageController.PATH, SignInPageController.PATH + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Changes under /dashboard (none today) need the session's CSRF token, as on /roster. */
  @Bean
  FilterRegistrationBean<Filter> dashboardPageGuard() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new PageChangeGuard());
    registration.setName("peer-supervision-dashboard-page-guard");
    registration.addUrlPatterns("/dashboard", "/dashboard/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
    return registration;
  }
}
