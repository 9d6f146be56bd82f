package org.peersupport.supervision.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.security.CurrentUser;
import org.peersupport.supervision.security.Privileged;
import org.peersupport.supervision.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one part of their identity people change themselves: their password, giving the current one.
 * Names and e-mail come from the roster or an administrator (the engine refuses everyone's edits of
 * their own user: {@link OwnUserReadOnlyPlugin}). The new password follows the rule of the roster's
 * activation (12 to 128 characters, not the user id). Neither password is logged or answered; the access
 * trail records the change without its body.
 */
@RestController
class OwnPasswordController {

  static final String PATH = "/api/me/password";
  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 128;
  private static final Map<String, String> LABELS = Map.of(
      "currentPassword", "Current password",
      "newPassword", "New password");

  record PasswordChange(String currentPassword, String newPassword) {}

  /** A change refused for what was submitted; names the fields, never their values. */
  static class PasswordChangeRefused extends RuntimeException {
    private final transient List<FieldProblem> problems;

    PasswordChangeRefused(List<FieldProblem> problems) {
      super("Please correct: " + problems.stream()
          .map(p -> LABELS.get(p.field()) + " (" + p.field() + "): " + p.message()).collect(Collectors.joining("; ")));
      this.problems = List.copyOf(problems);
    }
  }

  private final IdentityService identityService;
  private final CurrentUser currentUser;

  OwnPasswordController(IdentityService identityService, CurrentUser currentUser) {
    this.identityService = identityService;
    this.currentUser = currentUser;
  }

  @Operation(summary = "Change my password",
      description = "Sets a new password for the signed-in person, who gives the current one. Names and e-mail "
          + "come from the roster or an administrator, never from here. Open to everyone signed in.")
  @ApiResponse(responseCode = "204", description = "The new password is set; the old one no longer signs in.")
  @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  void change(@RequestBody PasswordChange change) {
    String me = currentUser.id();
    List<FieldProblem> problems = new ArrayList<>();
    String current = change.currentPassword();
    String next = change.newPassword();
    if (current == null || current.isEmpty()) {
      problems.add(new FieldProblem("currentPassword", "is required"));
    } else if (current.length() > MAX_LENGTH) {
      problems.add(new FieldProblem("currentPassword", "is not your current password"));
    }
    if (next == null || next.isEmpty()) {
      problems.add(new FieldProblem("newPassword", "is required"));
    } else if (next.length() < MIN_LENGTH || next.length() > MAX_LENGTH) {
      problems.add(new FieldProblem("newPassword", "must have at least " + MIN_LENGTH + " characters (and at most "
          + MAX_LENGTH + ")"));
    } else if (next.strip().equalsIgnoreCase(me)) {
      problems.add(new FieldProblem("newPassword", "must not be your user id"));
    } else if (next.equals(current)) {
      problems.add(new FieldProblem("newPassword", "must differ from your current password"));
    }
    if (!problems.isEmpty()) {
      throw new PasswordChangeRefused(problems);
    }
    if (!identityService.checkPassword(me, current)) {
      throw new PasswordChangeRefused(List.of(new FieldProblem("currentPassword", "is not your current password")));
    }
    Privileged.run(identityService, () -> {
      User user = identityService.createUserQuery().userId(me).singleResult();
      if (identityService.getPasswordPolicy() != null
          && !identityService.checkPasswordAgainstPolicy(next, user).isValid()) {
        throw new PasswordChangeRefused(List.of(new FieldProblem("newPassword",
            "does not meet the program's password policy")));
      }
      user.setPassword(next);
      identityService.saveUser(user);
    });
  }

  @ExceptionHandler(PasswordChangeRefused.class)
  ResponseEntity<Map<String, Object>> refused(PasswordChangeRefused e) {
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.of(400, "The request has errors", e.getMessage(), e.problems));
  }
}
