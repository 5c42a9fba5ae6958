package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;

/** One answer that cited an article: in which ticket, with which version and language, by whom and when. */
public record ArticleUse(
        String ticketReference, int versionNumber, ContentLanguage language, String usedBy, Instant usedAt) {}
