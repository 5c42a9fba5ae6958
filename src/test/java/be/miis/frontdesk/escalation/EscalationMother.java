package be.miis.frontdesk.escalation;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Tickets that go straight to the backoffice, for the escalation module's full-stack tests. */
final class EscalationMother {

    private EscalationMother() {}

    /** A question or complaint by e-mail, escalated to the queue of its domain as it is opened. */
    static OpenTicket escalated(String domain, TicketType type, @Nullable Instant receivedAt) {
        return new OpenTicket(
                Channel.EMAIL,
                type,
                domain,
                ContentLanguage.NL,
                null,
                null,
                "",
                "Vraag voor de backoffice",
                receivedAt,
                null,
                OpenTicket.Outcome.ESCALATED,
                null);
    }
}
