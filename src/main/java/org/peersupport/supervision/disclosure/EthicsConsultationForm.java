package org.peersupport.supervision.disclosure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peersupport.supervision.validation.TaskForm;

/** A program lead's answer to an ethics consultation (they see type, date and risk, never the text). */
@TaskForm("disclosure-reflection-ethics-consultation")
public record EthicsConsultationForm(
    @NotNull EthicsConsultationOutcome ethicsOutcome,
    @Size(max = 2000) String ethicsNote) {}
