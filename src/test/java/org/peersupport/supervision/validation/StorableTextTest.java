package org.peersupport.supervision.validation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

/** A form's text field may not allow more than the engine stores, nor have no maximum at all. */
class StorableTextTest {

  record Storable(@Size(max = 4000) String answer, Integer rating) {}

  record TooLong(@Size(max = 4001) String answer) {}

  record Unbounded(String answer) {}

  @Test
  void aTextFieldAllowingMoreThanTheEngineStoresStopsTheStart() {
    assertThatCode(() -> FormValidator.requireStorableText(Storable.class)).doesNotThrowAnyException();
    assertThatThrownBy(() -> FormValidator.requireStorableText(TooLong.class)).hasMessageContaining("TooLong.answer");
    assertThatThrownBy(() -> FormValidator.requireStorableText(Unbounded.class)).hasMessageContaining("Unbounded.answer");
  }
}
