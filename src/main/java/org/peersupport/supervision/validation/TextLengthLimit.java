package org.peersupport.supervision.validation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/**
 * The engine stores a String variable in a column of {@value #MAX_CHARACTERS} characters. A longer value
 * used to reach the database, fail there with a 500, and the database's error (which quotes the start of
 * the value) was logged several times. This plugin refuses such a value when it is set, whatever sets it
 * (a form, {@code resolve}, a variable write, a message correlation, a Java caller), before anything is
 * written: a {@link BadUserRequestException}, which both REST mounts answer with 400, naming the variable
 * and the limit, never the value. Forms refuse earlier, with the field's label ({@link FormValidator}).
 */
@Component
public class TextLengthLimit extends AbstractProcessEnginePlugin {

  /** The length of the engine's text columns ({@code TEXT_} of the variable tables). */
  public static final int MAX_CHARACTERS = 4000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers();
    if (serializers == null) {
      serializers = new ArrayList<>();
      configuration.setCustomPreVariableSerializers(serializers);
    }
    serializers.add(new LimitedStringSerializer());
  }

  /** The engine's own String serializer (same name and storage), with the length check in front. */
  static final class LimitedStringSerializer extends StringValueSerializer {
    @Override
    public void writeValue(StringValue value, ValueFields fields) {
      String text = value.getValue();
      if (text != null && text.length() > MAX_CHARACTERS) {
        throw new BadUserRequestException("The variable '" + fields.getName() + "' is longer than the "
            + MAX_CHARACTERS + " characters a text value may have; nothing was saved.");
      }
      super.writeValue(value, fields);
    }
  }
}
