package org.peersupport.supervision.cycle;

/** The twelve categories of the national core competencies for peer workers. */
public enum CompetencyDomain {
  ENGAGING_PEERS("competencyEngaging", "Engaging peers in collaborative and caring relationships"),
  PROVIDING_SUPPORT("competencySupport", "Providing support"),
  SHARING_LIVED_EXPERIENCE("competencySharingExperience", "Sharing lived experiences of recovery"),
  PERSONALIZING_SUPPORT("competencyPersonalizing", "Personalizing peer support"),
  SUPPORTING_RECOVERY_PLANNING("competencyRecoveryPlanning", "Supporting recovery planning"),
  LINKING_TO_RESOURCES("competencyLinking", "Linking to resources, services and supports"),
  PROVIDING_INFORMATION("competencyInformation",
      "Providing information about skills related to health, wellness and recovery"),
  HELPING_MANAGE_CRISES("competencyCrises", "Helping peers to manage crises"),
  VALUING_COMMUNICATION("competencyCommunication", "Valuing communication"),
  SUPPORTING_COLLABORATION("competencyCollaboration", "Supporting collaboration and teamwork"),
  PROMOTING_LEADERSHIP("competencyLeadership", "Promoting leadership and advocacy"),
  PROMOTING_GROWTH("competencyGrowth", "Promoting growth and development");

  private final String ratingField;
  private final String label;

  CompetencyDomain(String ratingField, String label) {
    this.ratingField = ratingField;
    this.label = label;
  }

  /** The reflection form's self-assessment field for this domain (1-5). */
  public String ratingField() {
    return ratingField;
  }

  public String label() {
    return label;
  }
}
