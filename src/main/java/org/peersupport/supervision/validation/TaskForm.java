package org.peersupport.supervision.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record that a Camunda Form's submission is bound to and validated against. The value is
 * the form's id, which is also its file name in {@code forms/} without {@code .form}. The record's
 * components are exactly the form's field keys.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface TaskForm {
  String value();
}
