package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import org.jspecify.annotations.Nullable;

/** A FAQ search: the words typed, the language searched in, optional domain and audience filters. */
public record SearchQuery(
        String text,
        ContentLanguage language,
        @Nullable String domainCode,
        @Nullable Audience audience,
        int limit) {}
