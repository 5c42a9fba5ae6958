package be.miis.frontdesk.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a content language as its lower-case code, which is what the tables' check constraints expect. */
@Converter
public class ContentLanguageConverter implements AttributeConverter<ContentLanguage, String> {

    @Override
    public String convertToDatabaseColumn(ContentLanguage language) {
        return language.code();
    }

    @Override
    public ContentLanguage convertToEntityAttribute(String code) {
        return ContentLanguage.fromCode(code).orElseThrow(() -> new IllegalStateException("Unknown language " + code));
    }
}
