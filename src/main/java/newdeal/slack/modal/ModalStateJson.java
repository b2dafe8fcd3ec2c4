package newdeal.slack.modal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A whole {@link ModalState} as JSON and back, for a store that keeps it outside this process (as a string beside a
 * version). Dates are written as {@code yyyy-mm-dd}; fields a newer version added are ignored on reading, so instances
 * of two versions can share a store during a rolling deploy.
 */
public final class ModalStateJson {
    private final ObjectMapper json;

    public ModalStateJson(ObjectMapper json) {
        SimpleModule dates = new SimpleModule("modal-state-dates")
                .addSerializer(LocalDate.class, ToStringSerializer.instance)
                .addDeserializer(LocalDate.class, new DateDeserializer());
        this.json = json.copy().registerModule(dates)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public String write(ModalState state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a modal's state", e);
        }
    }

    /** @throws IllegalArgumentException when the text is no modal state (the store holds something else) */
    public ModalState read(String text) {
        try {
            return json.readValue(text, ModalState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a modal state (" + text.length() + " characters)", e);
        }
    }

    private static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            try {
                return text == null || text.isEmpty() ? null : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a yyyy-mm-dd date");
            }
        }
    }
}
