package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;

/**
 * One language of an article the public may read: its current publication is PUBLIC. Never a draft (only a
 * publication is ever public), an internal article or an archived one (its publications are retired).
 */
public record PublicTranslation(
        long articleId, ContentLanguage language, String question, String domainCode, Instant publishedAt) {}
