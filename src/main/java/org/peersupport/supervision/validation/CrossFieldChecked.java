package org.peersupport.supervision.validation;

import java.util.List;
import org.peersupport.supervision.system.FieldProblem;

/** A form record whose fields depend on each other (e.g. a reason required for one choice). */
public interface CrossFieldChecked {

  /** Problems found across fields; empty when the combination is acceptable. */
  List<FieldProblem> crossFieldProblems();
}
