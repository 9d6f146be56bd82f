package org.peersupport.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The own-origin rule of CrossSiteRequestFilter as a TLS proxy presents requests: with the tls profile
 * (forwarded headers) the server sees the public scheme, host and port, and a page of that origin
 * passes while the same host over plain HTTP, another port or another host does not.
 */
class CrossSiteRequestFilterTest {

  private static int answer(String method, String origin, String fetchSite, boolean basic) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, "/engine-rest/deployment/create");
    request.setScheme("https");
    request.setServerName("peer-supervision.example.org");
    request.setServerPort(443);
    request.setSecure(true);
    if (basic) {
      request.addHeader("Authorization", "Basic YWRtaW46YWRtaW4=");
    }
    if (origin != null) {
      request.addHeader("Origin", origin);
    }
    if (fetchSite != null) {
      request.addHeader("Sec-Fetch-Site", fetchSite);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();
    new CrossSiteRequestFilter().doFilter(request, response, chain);
    return chain.getRequest() == null ? response.getStatus() : 200;
  }

  @Test
  void behindTheTlsProxyThePublicOriginIsThisServers() throws Exception {
    assertThat(answer("POST", "https://peer-supervision.example.org", "same-origin", true)).isEqualTo(200);
    assertThat(answer("POST", "https://PEER-SUPERVISION.example.org:443", null, true)).isEqualTo(200);
  }

  @Test
  void anotherSchemePortOrHostBehindTheProxyIsAnotherOrigin() throws Exception {
    assertThat(answer("POST", "http://peer-supervision.example.org", null, true)).isEqualTo(403);
    assertThat(answer("POST", "https://peer-supervision.example.org:8443", null, true)).isEqualTo(403);
    assertThat(answer("POST", "https://peer-supervision.example.org.evil.example", null, true)).isEqualTo(403);
    assertThat(answer("PUT", "https://evil.example", null, true)).isEqualTo(403);
    assertThat(answer("DELETE", null, "cross-site", true)).isEqualTo(403);
    assertThat(answer("PATCH", null, "same-site", true)).isEqualTo(403);
    assertThat(answer("POST", "https://peer-supervision.example.org", "cross-site", true))
        .as("either signal is enough").isEqualTo(403);
  }

  @Test
  void readsAndRequestsWithoutBasicAreLeftToTheUsualRules() throws Exception {
    assertThat(answer("GET", "https://evil.example", "cross-site", true)).as("another site cannot read the answer")
        .isEqualTo(200);
    assertThat(answer("POST", "https://evil.example", "cross-site", false)).isEqualTo(200);
    assertThat(answer("POST", null, null, true)).as("a script").isEqualTo(200);
  }
}
