package org.peersupport.supervision.cycle;

/**
 * The prompt bank a supervisor chooses from for the pre-supervision reflection. Each prompt has one
 * answer field on the reflection form.
 */
public enum ReflectionPrompt {
  SELF_DISCLOSURE("selfDisclosureAnswer",
      "When did you share your own story since our last session? Why then, whose needs did it serve, and how did it land?"),
  BOUNDARIES("boundariesAnswer",
      "Where were your boundaries tested (gifts, contact outside hours, social media, a dual relationship)? What did you do?"),
  OWN_RECOVERY("ownRecoveryAnswer",
      "How is your own recovery and wellness? Has the work stirred anything up for you?"),
  ROLE_DRIFT("roleDriftAnswer",
      "Were you asked or tempted to act like a clinician (advise on medication, diagnose, do therapy)? What happened?"),
  CULTURAL_HUMILITY("culturalHumilityAnswer",
      "Where did a peer's experience differ from yours (culture, identity, history)? How did you honour that?"),
  DOCUMENTATION("documentationAnswer",
      "Is your documentation current, and does it use only what is needed and peers' codes, never names?"),
  ETHICS("ethicsAnswer",
      "Did anything feel ethically unclear? What would you like to think through together?");

  private final String answerField;
  private final String question;

  ReflectionPrompt(String answerField, String question) {
    this.answerField = answerField;
    this.question = question;
  }

  /** The reflection form's field for the answer to this prompt. */
  public String answerField() {
    return answerField;
  }

  public String question() {
    return question;
  }
}
