package be.miis.frontdesk.ticket;

import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import java.util.List;

/** Tickets as the module API shows them, for the web slices of the screens that show one. */
public final class TicketViewMother {

    private TicketViewMother() {}

    /** A new question on income support (domain RMI), logged by "agent", at version 3, without a caller. */
    public static TicketView newQuestion(String reference) {
        return newQuestion(reference, List.of());
    }

    /** The same question with this timeline. */
    public static TicketView newQuestion(String reference, List<EntryView> entries) {
        return new TicketView(
                7,
                reference,
                TicketStatus.NEW,
                Channel.PHONE,
                TicketType.QUESTION,
                "RMI",
                ContentLanguage.NL,
                null,
                null,
                "Leefloon",
                "Vraag",
                Instant.parse("2026-11-23T09:00:00Z"),
                60,
                false,
                "agent",
                Instant.parse("2026-11-23T09:00:00Z"),
                Instant.parse("2026-11-23T09:05:00Z"),
                null,
                null,
                null,
                3,
                null,
                null,
                null,
                entries);
    }

    /** The same ticket from this contact person. */
    public static TicketView from(TicketView t, ContactView contact) {
        return new TicketView(
                t.id(),
                t.reference(),
                t.status(),
                t.channel(),
                t.type(),
                t.domainCode(),
                t.language(),
                t.organisation(),
                contact,
                t.subject(),
                t.description(),
                t.receivedAt(),
                t.callDurationSeconds(),
                t.escalated(),
                t.createdBy(),
                t.createdAt(),
                t.updatedAt(),
                t.assignee(),
                t.answeredAt(),
                t.closedAt(),
                t.version(),
                t.deadline(),
                t.slaState(),
                t.workingTimeUsed(),
                t.entries());
    }

    /** An answer by mail, with where its mail stands. */
    public static EntryView answerByMail(String text, MailDeliveries.MailDelivery delivery) {
        return new EntryView(
                11,
                EntryKind.ANSWER,
                Channel.EMAIL,
                text,
                null,
                null,
                null,
                "agent",
                Instant.parse("2026-11-23T10:00:00Z"),
                null,
                delivery,
                List.of(),
                null);
    }

    /** A customer's mail with these attachments, and the id of its mail when its formatting was kept. */
    public static EntryView mailWithAttachments(
            String text, List<EntryAttachment> attachments, @org.jspecify.annotations.Nullable Long formattedMail) {
        return new EntryView(
                12,
                EntryKind.INCOMING,
                Channel.EMAIL,
                text,
                null,
                null,
                null,
                "mail",
                Instant.parse("2026-11-23T09:00:00Z"),
                null,
                null,
                attachments,
                formattedMail);
    }
}
