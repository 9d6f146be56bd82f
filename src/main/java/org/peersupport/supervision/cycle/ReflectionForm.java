package org.peersupport.supervision.cycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.Map;
import org.peersupport.supervision.validation.TaskForm;

/**
 * The specialist's pre-supervision reflection: an answer to each assigned prompt, what happened with
 * disclosures and boundaries (peers by code, never by name), a confidential wellness check-in,
 * questions for supervision, and a self-assessment on the twelve competency domains (1-5).
 */
@TaskForm("supervision-cycle-reflection")
public record ReflectionForm(
    @Size(max = 4000) String selfDisclosureAnswer,
    @Size(max = 4000) String boundariesAnswer,
    @Size(max = 4000) String ownRecoveryAnswer,
    @Size(max = 4000) String roleDriftAnswer,
    @Size(max = 4000) String culturalHumilityAnswer,
    @Size(max = 4000) String documentationAnswer,
    @Size(max = 4000) String ethicsAnswer,
    @Size(max = 4000) String additionalPromptAnswer,
    @NotBlank @Size(max = 4000) String disclosureSummary,
    @NotNull @Min(1) @Max(5) Integer wellnessSelfRating,
    @Size(max = 2000) String wellnessNote,
    @Size(max = 2000) String questionsForSupervision,
    @NotNull @Min(1) @Max(5) Integer competencyEngaging,
    @NotNull @Min(1) @Max(5) Integer competencySupport,
    @NotNull @Min(1) @Max(5) Integer competencySharingExperience,
    @NotNull @Min(1) @Max(5) Integer competencyPersonalizing,
    @NotNull @Min(1) @Max(5) Integer competencyRecoveryPlanning,
    @NotNull @Min(1) @Max(5) Integer competencyLinking,
    @NotNull @Min(1) @Max(5) Integer competencyInformation,
    @NotNull @Min(1) @Max(5) Integer competencyCrises,
    @NotNull @Min(1) @Max(5) Integer competencyCommunication,
    @NotNull @Min(1) @Max(5) Integer competencyCollaboration,
    @NotNull @Min(1) @Max(5) Integer competencyLeadership,
    @NotNull @Min(1) @Max(5) Integer competencyGrowth) {

  /** The answer given to a prompt, or null. */
  public String answerTo(ReflectionPrompt prompt) {
    return switch (prompt) {
      case SELF_DISCLOSURE -> selfDisclosureAnswer;
      case BOUNDARIES -> boundariesAnswer;
      case OWN_RECOVERY -> ownRecoveryAnswer;
      case ROLE_DRIFT -> roleDriftAnswer;
      case CULTURAL_HUMILITY -> culturalHumilityAnswer;
      case DOCUMENTATION -> documentationAnswer;
      case ETHICS -> ethicsAnswer;
    };
  }

  public Map<CompetencyDomain, Integer> competencyRatings() {
    Map<CompetencyDomain, Integer> ratings = new EnumMap<>(CompetencyDomain.class);
    ratings.put(CompetencyDomain.ENGAGING_PEERS, competencyEngaging);
    ratings.put(CompetencyDomain.PROVIDING_SUPPORT, competencySupport);
    ratings.put(CompetencyDomain.SHARING_LIVED_EXPERIENCE, competencySharingExperience);
    ratings.put(CompetencyDomain.PERSONALIZING_SUPPORT, competencyPersonalizing);
    ratings.put(CompetencyDomain.SUPPORTING_RECOVERY_PLANNING, competencyRecoveryPlanning);
    ratings.put(CompetencyDomain.LINKING_TO_RESOURCES, competencyLinking);
    ratings.put(CompetencyDomain.PROVIDING_INFORMATION, competencyInformation);
    ratings.put(CompetencyDomain.HELPING_MANAGE_CRISES, competencyCrises);
    ratings.put(CompetencyDomain.VALUING_COMMUNICATION, competencyCommunication);
    ratings.put(CompetencyDomain.SUPPORTING_COLLABORATION, competencyCollaboration);
    ratings.put(CompetencyDomain.PROMOTING_LEADERSHIP, competencyLeadership);
    ratings.put(CompetencyDomain.PROMOTING_GROWTH, competencyGrowth);
    return ratings;
  }
}
