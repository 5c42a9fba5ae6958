package be.miis.frontdesk.ticket;

import be.miis.frontdesk.knowledge.ArticleCitation;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a ticket's timeline; an answer based on the FAQ names the article version it cited, and an answer or
 * request that went to the customer by mail says where that mail stands ({@code delivery}, else null). A message
 * that came by mail lists its attachments, and names its mail ({@code formattedMail}) when the mail's formatting
 * (its sanitised HTML) can be shown.
 */
public record EntryView(
        long id,
        EntryKind kind,
        @Nullable Channel channel,
        @Nullable String body,
        @Nullable String field,
        @Nullable String oldValue,
        @Nullable String newValue,
        String author,
        Instant createdAt,
        @Nullable ArticleCitation citation,
        MailDeliveries.@Nullable MailDelivery delivery,
        List<EntryAttachment> attachments,
        @Nullable Long formattedMail) {

    public EntryView {
        attachments = List.copyOf(attachments);
    }

    static EntryView of(
            TicketEntry entry,
            MailDeliveries.@Nullable MailDelivery delivery,
            String reference,
            EntryAttachments.@Nullable EntryMail mail) {
        return new EntryView(
                entry.id() == null ? 0 : entry.id(),
                entry.kind(),
                entry.channel(),
                entry.body(),
                entry.field(),
                entry.oldValue(),
                entry.newValue(),
                entry.author(),
                entry.createdAt(),
                entry.citation(),
                delivery,
                mail == null
                        ? List.of()
                        : mail.attachments().stream()
                                .map(attachment -> EntryAttachment.of(reference, attachment))
                                .toList(),
                mail == null || !mail.formatted() ? null : mail.mailId());
    }
}
