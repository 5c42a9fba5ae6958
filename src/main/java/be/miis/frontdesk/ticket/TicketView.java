package be.miis.frontdesk.ticket;

import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One ticket with its whole timeline, as the ticket page and the API show it. */
public record TicketView(
        long id,
        String reference,
        TicketStatus status,
        Channel channel,
        TicketType type,
        String domainCode,
        ContentLanguage language,
        @Nullable OrganisationSummary organisation,
        @Nullable ContactView contact,
        String subject,
        String description,
        Instant receivedAt,
        @Nullable Integer callDurationSeconds,
        boolean escalated,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable String assignee,
        @Nullable Instant answeredAt,
        @Nullable Instant closedAt,
        int version,
        @Nullable Instant deadline,
        @Nullable String slaState,
        @Nullable String workingTimeUsed,
        List<EntryView> entries) {

    public TicketView {
        entries = List.copyOf(entries);
    }

    /**
     * @param guarantee the deadline of an escalated ticket; the API shows it as {@code deadline}, {@code slaState}
     *     and {@code workingTimeUsed} (ISO-8601 duration of working time)
     */
    static TicketView of(
            Ticket t,
            @Nullable OrganisationSummary organisation,
            @Nullable ContactView contact,
            @Nullable TicketGuarantee guarantee,
            Map<UUID, MailDeliveries.MailDelivery> deliveries,
            Map<UUID, EntryAttachments.EntryMail> mails) {
        return new TicketView(
                t.id(),
                t.reference(),
                t.status(),
                t.channel(),
                t.type(),
                t.domainCode(),
                t.language(),
                organisation,
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
                guarantee == null ? null : guarantee.deadline(),
                guarantee == null ? null : guarantee.state(),
                guarantee == null ? null : guarantee.workingTimeUsed().toString(),
                t.entries().stream()
                        .map(e -> EntryView.of(
                                e,
                                e.uidIfAny() == null ? null : deliveries.get(e.uidIfAny()),
                                t.reference(),
                                e.uidIfAny() == null ? null : mails.get(e.uidIfAny())))
                        .toList());
    }

    public boolean canAnswer() {
        return status != TicketStatus.ANSWERED && status != TicketStatus.CLOSED;
    }

    /** Whether an answer was given, so the question and answer can be offered to the FAQ base. */
    public boolean hasAnswer() {
        return entries.stream().anyMatch(e -> e.kind() == EntryKind.ANSWER);
    }

    /**
     * Whether the status action of that name ("escalate", "take", "wait", "resume", "close", "reopen") applies now.
     */
    public boolean allows(String action) {
        return switch (action) {
            case "escalate" -> status.canTransitionTo(TicketStatus.ESCALATED);
            case "take" -> status == TicketStatus.ESCALATED;
            case "wait" -> status.canTransitionTo(TicketStatus.WAITING_FOR_CUSTOMER);
            case "resume" -> status == TicketStatus.WAITING_FOR_CUSTOMER;
            case "close" -> status.canTransitionTo(TicketStatus.CLOSED);
            case "reopen" -> status == TicketStatus.ANSWERED || status == TicketStatus.CLOSED;
            case "complaint" -> type == TicketType.QUESTION && status != TicketStatus.CLOSED;
            default -> false;
        };
    }
}
