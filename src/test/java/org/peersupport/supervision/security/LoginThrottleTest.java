package org.peersupport.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's rules, with a clock the tests move. */
class LoginThrottleTest {

  static final String A = "203.0.113.7";
  static final String B = "198.51.100.20";

  /** A clock that stands still until the test moves it. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-03-02T09:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final TestClock clock = new TestClock();
  final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void theFirstFailuresAreFreeThenThePairWaitsFifteenSeconds() {
    for (int i = 1; i < LoginThrottle.PAIR_FREE_FAILURES; i++) {
      throttle.failed("alex", A);
      assertThat(throttle.waitBeforeTrying("alex", A)).isEmpty();
    }
    throttle.failed("alex", A);

    assertThat(throttle.waitBeforeTrying("alex", A)).contains(Duration.ofSeconds(15));
    clock.advance(Duration.ofSeconds(14));
    assertThat(throttle.waitBeforeTrying("alex", A)).contains(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.waitBeforeTrying("alex", A)).isEmpty();
  }

  @Test
  void theWaitDoublesUpToFiveMinutesAndIsNeverPermanent() {
    Duration longest = Duration.ZERO;
    for (int i = 0; i < 200; i++) {
      throttle.failed("alex", A);
      Duration wait = throttle.waitBeforeTrying("alex", A).orElse(Duration.ZERO);
      assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(5));
      longest = wait.compareTo(longest) > 0 ? wait : longest;
      clock.advance(wait);
      assertThat(throttle.waitBeforeTrying("alex", A)).as("after waiting, the pair may try again").isEmpty();
    }
    assertThat(longest).isEqualTo(Duration.ofMinutes(5));
    assertThat(LoginThrottle.waitAfter(0)).isEqualTo(Duration.ofSeconds(15));
    assertThat(LoginThrottle.waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(LoginThrottle.waitAfter(4)).isEqualTo(Duration.ofSeconds(240));
    assertThat(LoginThrottle.waitAfter(5)).isEqualTo(Duration.ofMinutes(5));
    assertThat(LoginThrottle.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void failuresFromOneAddressNeverSlowTheSameAccountOnAnother() {
    for (int i = 0; i < 25; i++) {
      throttle.failed("alex", A);
    }

    assertThat(throttle.waitBeforeTrying("alex", A)).isPresent();
    assertThat(throttle.waitBeforeTrying("alex", B)).isEmpty();
    assertThat(throttle.waitBeforeTrying("maria", A)).isEmpty();
  }

  @Test
  void aSuccessfulSignInStartsThePairAfresh() {
    for (int i = 0; i < LoginThrottle.PAIR_FREE_FAILURES - 1; i++) {
      throttle.failed("alex", A);
    }
    throttle.succeeded("alex", A);
    throttle.failed("alex", A);

    assertThat(throttle.waitBeforeTrying("alex", A)).isEmpty();
  }

  @Test
  void failuresAreForgottenAfterAQuietHour() {
    for (int i = 0; i < LoginThrottle.PAIR_FREE_FAILURES - 1; i++) {
      throttle.failed("alex", A);
    }
    clock.advance(Duration.ofMinutes(61));
    throttle.failed("alex", A);

    assertThat(throttle.waitBeforeTrying("alex", A)).isEmpty();
  }

  @Test
  void oneAddressTryingManyAccountsWaitsExceptForPeopleKnownThere() {
    throttle.succeeded("maria", A);
    for (int i = 0; i < LoginThrottle.ADDRESS_FREE_FAILURES; i++) {
      throttle.failed("sprayed-" + i, A);
    }

    assertThat(throttle.waitBeforeTrying("robin", A)).contains(Duration.ofSeconds(15));
    assertThat(throttle.waitBeforeTrying("maria", A)).as("signed in from there before").isEmpty();
    assertThat(throttle.waitBeforeTrying("robin", B)).isEmpty();
    clock.advance(Duration.ofSeconds(15));
    assertThat(throttle.waitBeforeTrying("robin", A)).isEmpty();
  }

  @Test
  void anIpv6HostCountsAsItsWholeSlash64() {
    for (int i = 0; i < LoginThrottle.PAIR_FREE_FAILURES; i++) {
      throttle.failed("alex", "2001:db8:1:2:0:0:0:" + (i + 1));
    }

    assertThat(throttle.waitBeforeTrying("alex", "2001:db8:1:2:ffff:0:0:9")).isPresent();
    assertThat(throttle.waitBeforeTrying("alex", "2001:db8:1:3:0:0:0:1")).isEmpty();
    assertThat(LoginThrottle.addressKey("2001:db8:1:2:aa:bb:cc:dd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    assertThat(LoginThrottle.addressKey("127.0.0.1")).isEqualTo("127.0.0.1");
  }
}
