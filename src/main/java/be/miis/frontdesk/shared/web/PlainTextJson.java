package be.miis.frontdesk.shared.web;

import be.miis.frontdesk.shared.PlainText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link PlainText} for JSON bodies: every string read by the application's JSON mapper (API requests and the FAQ
 * import) passes it. A refused string stops the reading with {@link RefusedText}, which Jackson gives the path of
 * the field (translations[0].question), so that the problem document can name it. See docs/bad-input.md.
 */
public final class PlainTextJson {

    private PlainTextJson() {}

    /** The field a reading error is about, as a client names it ("translations[0].question"); empty for the root. */
    public static String field(JacksonException e) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    static SimpleModule module() {
        return new SimpleModule("plain-text").addDeserializer(String.class, new Deserializer());
    }

    private static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (PlainText.isRefused(value)) {
                throw new RefusedText(parser);
            }
            return value;
        }
    }

    /** A string with a character that {@link PlainText} refuses; its message never holds the value. */
    public static final class RefusedText extends MismatchedInputException {

        RefusedText(JsonParser parser) {
            super(parser, "text with a control character", String.class);
        }
    }
}
