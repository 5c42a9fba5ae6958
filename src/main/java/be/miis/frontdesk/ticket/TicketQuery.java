package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which tickets a list shows. The view is the inbox tab; the other fields narrow it down; {@code text} searches
 * references, organisations, contacts and the words of subject and description.
 *
 * @param username whose tickets "mine" means (created by them or assigned to them)
 */
public record TicketQuery(
        View view,
        @Nullable String username,
        @Nullable TicketStatus status,
        @Nullable Channel channel,
        @Nullable TicketType type,
        @Nullable String domainCode,
        @Nullable Long organisationId,
        @Nullable Long contactId,
        @Nullable ContentLanguage language,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String text,
        Sort sort) {

    public enum View {
        MINE,
        OPEN,
        WAITING,
        ANSWERED,
        ALL
    }

    public enum Sort {
        NEWEST,
        OLDEST
    }

    public static TicketQuery all() {
        return view(View.ALL, null);
    }

    /** One inbox tab, unfiltered, newest first; {@code username} says whose "mine" is. */
    public static TicketQuery view(View view, @Nullable String username) {
        return new TicketQuery(view, username, null, null, null, null, null, null, null, null, null, null, Sort.NEWEST);
    }

    public static TicketQuery ofContact(long contactId) {
        return new TicketQuery(
                View.ALL, null, null, null, null, null, null, contactId, null, null, null, null, Sort.NEWEST);
    }

    public static TicketQuery ofOrganisation(long organisationId) {
        return new TicketQuery(
                View.ALL, null, null, null, null, null, organisationId, null, null, null, null, null, Sort.NEWEST);
    }
}
