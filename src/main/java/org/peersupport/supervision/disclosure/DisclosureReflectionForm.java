package org.peersupport.supervision.disclosure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;
import org.peersupport.supervision.people.PeerCode;

/**
 * The specialist's reflection on an intentional self-disclosure or a boundary situation. The peer is
 * named by their pseudonymous code only.
 */
@TaskForm("disclosure-reflection-reflection")
public record DisclosureReflectionForm(
    @NotNull SituationType situationType,
    @NotNull @PastOrPresent LocalDate situationDate,
    @NotBlank @Size(max = PeerCode.MAX_LENGTH) @Pattern(regexp = PeerCode.PATTERN, message = PeerCode.MESSAGE)
    String peerCode,
    @NotBlank @Size(max = 4000) String whatHappened,
    DisclosurePurpose purpose,
    @Size(max = 500) String purposeOther,
    @NotNull NeedsServed needsServed,
    Boolean briefComfortingGesture,
    @NotBlank @Size(max = 2000) String peerResponse,
    @NotNull @Min(0) @Max(10) Integer ownRecoveryDistress,
    @Size(max = 2000) String recoveryEffect,
    @NotNull WouldDoAgain wouldDoAgain,
    @Size(max = 2000) String doDifferently,
    @Size(max = 2000) String wantFromSupervision,
    @Size(max = 2000) String culturalHumility) implements CrossFieldChecked {

  static final int OLDEST_SITUATION_IN_DAYS = 180;

  @Override
  public List<FieldProblem> crossFieldProblems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (situationDate.isBefore(LocalDate.now().minusDays(OLDEST_SITUATION_IN_DAYS))) {
      problems.add(new FieldProblem("situationDate", "must be within the last " + OLDEST_SITUATION_IN_DAYS + " days"));
    }
    if (situationType == SituationType.INTENTIONAL_SELF_DISCLOSURE && purpose == null) {
      problems.add(new FieldProblem("purpose", "say what the disclosure was for"));
    }
    if (purpose == DisclosurePurpose.OTHER && purposeOther == null) {
      problems.add(new FieldProblem("purposeOther", "describe the purpose"));
    }
    if (situationType == SituationType.PHYSICAL_CONTACT && briefComfortingGesture == null) {
      problems.add(new FieldProblem("briefComfortingGesture", "say whether it was a brief comforting gesture"));
    }
    return problems;
  }

  /** The inputs of the decision {@code boundary-risk}, as typed values. */
  boolean isBriefComfortingGesture() {
    return situationType == SituationType.PHYSICAL_CONTACT && Boolean.TRUE.equals(briefComfortingGesture);
  }
}
