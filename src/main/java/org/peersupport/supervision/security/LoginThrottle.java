package org.peersupport.supervision.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing without ever locking the real person out for good. It counts failed
 * sign-ins per account <em>and client address</em>, so that an attacker on one address cannot lock out
 * the person on another; and per address across accounts, so that one address cannot try a few
 * passwords on every account.
 *
 * <ul>
 *   <li>An account from one address has {@value #PAIR_FREE_FAILURES} failures free; each further one makes
 *       that pair wait before the next try: 15 seconds, doubling up to 5 minutes.</li>
 *   <li>One address has {@value #ADDRESS_FREE_FAILURES} failures free across all accounts, then waits the
 *       same way, except for accounts that signed in from it successfully within the last 30 days (the
 *       people who work there keep signing in while someone there guesses).</li>
 *   <li>A successful sign-in clears its pair's failures. Failures are forgotten after an hour without
 *       one. Nothing is ever permanent: the longest wait is 5 minutes.</li>
 *   <li>IPv6 addresses count per /64 network (one host usually holds a whole /64).</li>
 * </ul>
 *
 * <p>State is in memory, per node: with several nodes behind a load balancer an attacker gets at most
 * that many times the budget, and a restart forgets it. At most {@value #MAX_ENTRIES} pairs and as many
 * addresses are kept (the least recently used go first).
 */
public class LoginThrottle {

  static final int PAIR_FREE_FAILURES = 5;
  static final int ADDRESS_FREE_FAILURES = 100;
  static final Duration FIRST_WAIT = Duration.ofSeconds(15);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
  static final Duration FORGET_FAILURES_AFTER = Duration.ofHours(1);
  static final Duration KNOWN_FOR = Duration.ofDays(30);
  static final int MAX_ENTRIES = 100_000;
  private static final int MAX_ACCOUNT_LENGTH = 128;

  private static final class Failures {
    int count;
    Instant last;
    Instant waitUntil;
    Instant lastSuccess;

    void fail(Instant now, int free) {
      if (last != null && now.isAfter(last.plus(FORGET_FAILURES_AFTER))) {
        count = 0;
      }
      count++;
      last = now;
      if (count >= free) {
        waitUntil = now.plus(waitAfter(count - free));
      }
    }

    boolean waiting(Instant now) {
      return waitUntil != null && now.isBefore(waitUntil);
    }

    boolean known(Instant now) {
      return lastSuccess != null && now.isBefore(lastSuccess.plus(KNOWN_FOR));
    }
  }

  private final Clock clock;
  private final Map<String, Failures> pairs = lru();
  private final Map<String, Failures> addresses = lru();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long this account must wait before trying again from this address, if it must. */
  public synchronized Optional<Duration> waitBeforeTrying(String account, String address) {
    Instant now = clock.instant();
    Failures pair = pairs.get(pairKey(account, address));
    if (pair != null && pair.waiting(now)) {
      return Optional.of(Duration.between(now, pair.waitUntil));
    }
    Failures fromAddress = addresses.get(addressKey(address));
    if (fromAddress != null && fromAddress.waiting(now) && (pair == null || !pair.known(now))) {
      return Optional.of(Duration.between(now, fromAddress.waitUntil));
    }
    return Optional.empty();
  }

  /** A wrong password (or an unknown account) from this address. */
  public synchronized void failed(String account, String address) {
    Instant now = clock.instant();
    pairs.computeIfAbsent(pairKey(account, address), key -> new Failures()).fail(now, PAIR_FREE_FAILURES);
    addresses.computeIfAbsent(addressKey(address), key -> new Failures()).fail(now, ADDRESS_FREE_FAILURES);
  }

  /** The right password: the pair starts afresh (the address's count stays: it counts other accounts too). */
  public synchronized void succeeded(String account, String address) {
    Failures pair = pairs.computeIfAbsent(pairKey(account, address), key -> new Failures());
    pair.count = 0;
    pair.waitUntil = null;
    pair.lastSuccess = clock.instant();
  }

  /** The wait after the free failures: 15 s for the first failure past them, doubling, at most 5 minutes. */
  static Duration waitAfter(int failuresPastFree) {
    if (failuresPastFree >= 16) {
      return LONGEST_WAIT;
    }
    Duration wait = FIRST_WAIT.multipliedBy(1L << failuresPastFree);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  /** The address as counted: IPv4 as it is, IPv6 as its /64 network. */
  static String addressKey(String address) {
    if (address == null || address.indexOf(':') < 0) {
      return String.valueOf(address);
    }
    try {
      // a literal from the servlet container: parsed, never looked up
      byte[] bytes = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1)
          : address).getAddress();
      if (bytes.length == 16) {
        Arrays.fill(bytes, 8, 16, (byte) 0);
        return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
      }
      return InetAddress.getByAddress(bytes).getHostAddress();
    } catch (UnknownHostException e) {
      return address;
    }
  }

  private static String pairKey(String account, String address) {
    String name = account.length() > MAX_ACCOUNT_LENGTH ? account.substring(0, MAX_ACCOUNT_LENGTH) : account;
    return addressKey(address) + " " + name;
  }

  private static Map<String, Failures> lru() {
    return new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
        return size() > MAX_ENTRIES;
      }
    };
  }
}
