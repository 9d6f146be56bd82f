package org.peersupport.supervision.disclosure;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.peersupport.supervision.validation.TaskForm;

/** Wellness supports offered to the specialist right away; every answer is optional. */
@TaskForm("disclosure-reflection-wellness-support")
public record WellnessSupportForm(
    @Size(max = 6) List<WellnessSupport> wellnessSupports,
    @Size(max = 2000) String wellnessNote) {

  public WellnessSupportForm {
    wellnessSupports = wellnessSupports == null ? List.of() : wellnessSupports;
  }
}
