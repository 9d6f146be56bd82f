package org.peersupport.supervision.roster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.peersupport.supervision.validation.FormRejectedException;
import org.peersupport.supervision.security.Privileged;
import org.peersupport.supervision.security.ProgramRoles;
import org.peersupport.supervision.system.ConflictException;
import org.peersupport.supervision.system.GoneException;
import org.peersupport.supervision.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * First sign-in of a person a roster import created. The import gives them an unusable random password
 * and a one-time activation link; with it they choose their own password. A link is
 * {@code <selector>.<secret>}: the selector finds it, and only the SHA-256 hash of the secret is stored
 * and compared in constant time. A link works once, until it expires
 * ({@code peer-supervision.roster.activation-valid-for}); issuing a new one voids the old. Links are
 * never logged.
 */
@Service
class Activations {

  /** A link just issued: the only moment its token exists outside the person's hands. */
  record Issued(String userId, String token, Instant expiresAt) {

    String link() {
      return ActivationController.PATH + "#token=" + token;
    }
  }

  /** A link that works now: whose it is and until when. */
  record Usable(String userId, Instant expiresAt) {}

  static final String FORM = "activation";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
  private static final byte[] NO_MATCH = new byte[32];

  private final RosterActivationRepository activations;
  private final IdentityService identityService;
  private final RosterProperties properties;

  Activations(RosterActivationRepository activations, IdentityService identityService, RosterProperties properties) {
    this.activations = activations;
    this.identityService = identityService;
    this.properties = properties;
  }

  /** A password nobody knows, for a person who has not chosen theirs yet. */
  static String unusablePassword() {
    return random(48);
  }

  /** Issues a new link for the person (the previous unused ones stop working). */
  @Transactional
  Issued issue(String userId, String issuedBy) {
    for (RosterActivation old : activations.findByUserId(userId)) {
      if (!old.isUsed()) {
        activations.delete(old);
      }
    }
    activations.flush();
    String selector = random(12);
    String secret = random(32);
    Instant now = Instant.now();
    Instant expiresAt = now.plus(properties.activationValidFor());
    activations.save(new RosterActivation(userId, selector, HexFormat.of().formatHex(sha256(secret)), issuedBy, now,
        expiresAt));
    return new Issued(userId, selector + "." + secret, expiresAt);
  }

  /** A new link for someone an import created who has not chosen a password yet. */
  @Transactional
  Issued reissue(String userId, String issuedBy) {
    List<RosterActivation> issued = activations.findByUserId(userId);
    if (issued.isEmpty()) {
      throw new NotFoundException("No person awaiting activation with that user id (links are issued for people a "
          + "roster import created).");
    }
    if (issued.stream().anyMatch(RosterActivation::isUsed)) {
      throw new ConflictException("This person has already chosen a password: they sign in with it, or an "
          + "administrator resets it in Camunda Admin.");
    }
    if (isAdministrator(userId)) {
      throw new ConflictException("Administrators' passwords are set in Camunda Admin, not with activation links.");
    }
    return issue(userId, issuedBy);
  }

  /** Whether the person was created by an import and has not chosen a password yet. */
  @Transactional(readOnly = true)
  boolean awaitsActivation(String userId) {
    List<RosterActivation> issued = activations.findByUserId(userId);
    return !issued.isEmpty() && issued.stream().noneMatch(RosterActivation::isUsed);
  }

  /** Of these people, those an import created who have not chosen a password yet. */
  @Transactional(readOnly = true)
  java.util.Set<String> awaitingActivation(java.util.Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return java.util.Set.of();
    }
    java.util.Map<String, Boolean> used = new java.util.HashMap<>();
    for (RosterActivation activation : activations.findByUserIdIn(userIds)) {
      used.merge(activation.getUserId(), activation.isUsed(), Boolean::logicalOr);
    }
    return used.entrySet().stream().filter(e -> !e.getValue()).map(java.util.Map.Entry::getKey)
        .collect(java.util.stream.Collectors.toSet());
  }

  /** The user id a token belongs to, if it is a well-formed token of a link that exists (used or not). */
  @Transactional(readOnly = true)
  Optional<String> ownerOf(String token) {
    return find(token).map(RosterActivation::getUserId);
  }

  /**
   * Whose a link is, for the page to greet them before they choose a password: answers the user id of a
   * link that works now. Refused exactly as {@link #activate} refuses it (unknown: 400 on {@code token},
   * used or expired: 410), so a wrong link shows no one's name.
   */
  @Transactional(readOnly = true)
  Usable usable(String token) {
    RosterActivation activation = working(token);
    return new Usable(activation.getUserId(), activation.getExpiresAt());
  }

  /**
   * Sets the person's chosen password and burns the link. An unknown link is a 400 on {@code token}; a
   * used or expired one 410; a password equal to the user id a 400 on {@code password}.
   */
  @Transactional
  String activate(String token, String password) {
    RosterActivation activation = working(token);
    String userId = activation.getUserId();
    if (password.strip().equalsIgnoreCase(userId)) {
      throw FormRejectedException.of(FORM, "password", "must not be your user id");
    }
    Privileged.run(identityService, () -> {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      if (user == null) {
        throw new GoneException("This activation link no longer applies: the user was removed.");
      }
      user.setPassword(password);
      identityService.saveUser(user);
    });
    activation.use(Instant.now());
    return userId;
  }

  /** The link of the token if it works now: known, unused, unexpired, not an administrator's. */
  private RosterActivation working(String token) {
    RosterActivation activation = find(token).orElseThrow(() -> FormRejectedException.of(FORM, "token",
        "is not a valid activation link: ask your program lead for a new one"));
    if (activation.isUsed()) {
      throw new GoneException("This activation link has been used already. Sign in with the password you chose, "
          + "or ask your program lead for help.");
    }
    if (!Instant.now().isBefore(activation.getExpiresAt())) {
      throw new GoneException("This activation link has expired. Ask your program lead for a new one.");
    }
    if (isAdministrator(activation.getUserId())) {
      throw new GoneException("This activation link no longer applies: administrators' passwords are set in Camunda Admin.");
    }
    return activation;
  }

  private Optional<RosterActivation> find(String token) {
    int dot = token == null ? -1 : token.indexOf('.');
    if (dot <= 0 || dot > 32 || dot == token.length() - 1) {
      return Optional.empty();
    }
    Optional<RosterActivation> activation = activations.findBySelector(token.substring(0, dot));
    byte[] stored = activation.map(a -> HexFormat.of().parseHex(a.getVerifierHash())).orElse(NO_MATCH);
    // compared in constant time (and compared at all when the selector is unknown)
    boolean matches = MessageDigest.isEqual(stored, sha256(token.substring(dot + 1)));
    return matches ? activation : Optional.empty();
  }

  private boolean isAdministrator(String userId) {
    return Privileged.call(identityService, () -> identityService.createUserQuery().userId(userId)
        .memberOfGroup(ProgramRoles.ADMINS).count()) > 0;
  }

  private static String random(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return BASE64.encodeToString(value);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
