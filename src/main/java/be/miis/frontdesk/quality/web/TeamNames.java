package be.miis.frontdesk.quality.web;

import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.escalation.QueueSummary;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.quality.ReviewView;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names for the review pages: a team is a queue by its name in the reader's language, or the frontdesk (no queue);
 * people by their display name.
 */
@Component
class TeamNames {

    private final QueueAdministration queues;
    private final IdentityService identity;
    private final MessageSource messages;

    TeamNames(QueueAdministration queues, IdentityService identity, MessageSource messages) {
        this.queues = queues;
        this.identity = identity;
        this.messages = messages;
    }

    /** Team names by queue id; the frontdesk under the key -1. */
    Map<Long, String> teams(Locale locale) {
        Map<Long, String> names =
                queues.findQueues().stream().collect(Collectors.toMap(QueueSummary::id, q -> q.name(locale)));
        names.put(-1L, messages.getMessage("quality.team.frontdesk", null, locale));
        return names;
    }

    static long key(@Nullable Long queueId) {
        return queueId == null ? -1L : queueId;
    }

    /** The team of each review, by review id, for a list. */
    Map<Long, String> ofReviews(Collection<ReviewView> reviews, Locale locale) {
        Map<Long, String> teams = teams(locale);
        return reviews.stream()
                .collect(Collectors.toMap(ReviewView::id, r -> teams.getOrDefault(key(r.queueId()), ""), (a, b) -> a));
    }

    Map<String, String> people(Collection<String> usernames) {
        return identity.displayNames(usernames);
    }
}
