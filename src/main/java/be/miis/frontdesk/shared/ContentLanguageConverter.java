package be.miis.frontdesk.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores a content language as its lower-case code, which is what the tables' check constraints expect. */
@Converter
public class ContentLanguageConverter implements AttributeConverter<ContentLanguage, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable ContentLanguage language) {
        // Optional columns (the language of a FAQ citation) are null, and JPA hands that null to the converter.
        return language == null ? null : language.code();
    }

    @Override
    public @Nullable ContentLanguage convertToEntityAttribute(@Nullable String code) {
        if (code == null) {
            return null;
        }
        return ContentLanguage.fromCode(code).orElseThrow(() -> new IllegalStateException("Unknown language " + code));
    }
}
