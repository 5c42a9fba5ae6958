package be.miis.frontdesk.knowledge;

import java.util.List;

/** How often an article answered a ticket, with the latest of those answers (newest first). */
public record ArticleUsage(long total, List<ArticleUse> latest) {

    public ArticleUsage {
        latest = List.copyOf(latest);
    }
}
