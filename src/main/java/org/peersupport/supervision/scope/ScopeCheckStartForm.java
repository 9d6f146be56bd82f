package org.peersupport.supervision.scope;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.peersupport.supervision.validation.CrossFieldChecked;
import org.peersupport.supervision.system.FieldProblem;
import org.peersupport.supervision.validation.TaskForm;
import org.peersupport.supervision.people.PeerCode;

/**
 * A specialist raises a scope check: the peer by pseudonymous code only, what the need is, any acute
 * risk noticed, and a short description (minimum necessary: no names, no identifying details). Who
 * raised it and who supervises them are never taken from the form.
 */
@TaskForm("scope-check-start")
public record ScopeCheckStartForm(
    @NotBlank @Size(max = PeerCode.MAX_LENGTH) @Pattern(regexp = PeerCode.PATTERN, message = PeerCode.MESSAGE)
    String peerCode,
    @NotNull RequestCategory requestCategory,
    Boolean needUnclear,
    @Size(max = 7) List<RiskIndicator> riskIndicators,
    @NotBlank @Size(max = 1000) String scopeDescription) implements CrossFieldChecked {


  @Override
  public List<FieldProblem> crossFieldProblems() {
    if (indicators().size() != indicators().stream().distinct().count()) {
      return List.of(new FieldProblem("riskIndicators", "must not name an indicator twice"));
    }
    return List.of();
  }

  public List<RiskIndicator> indicators() {
    return riskIndicators == null ? List.of() : riskIndicators;
  }

  public boolean isNeedUnclear() {
    return Boolean.TRUE.equals(needUnclear);
  }

  public boolean acuteRisk() {
    return !indicators().isEmpty();
  }

  public boolean abuseOrNeglectDisclosed() {
    return indicators().contains(RiskIndicator.ABUSE_OR_NEGLECT_DISCLOSED);
  }
}
