package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import org.springframework.test.util.ReflectionTestUtils;

/** Tickets for domain tests, as an agent would log them. */
final class TicketMother {

    static final Instant RECEIVED = Instant.parse("2026-11-23T09:15:00Z");

    private TicketMother() {}

    /** A ticket as saved: with an id, which escalating needs for its event. */
    static Ticket newQuestion() {
        Ticket ticket = new Ticket(
                "CMI-2026-000001",
                new TicketDetails(
                        Channel.PHONE,
                        TicketType.QUESTION,
                        "RMI",
                        ContentLanguage.NL,
                        4L,
                        8L,
                        "Leefloon student",
                        "Hoe berekenen we het leefloon van een samenwonende student?",
                        RECEIVED,
                        95),
                "agent",
                RECEIVED);
        ReflectionTestUtils.setField(ticket, "id", 1L);
        return ticket;
    }

    static Ticket in(TicketStatus status) {
        Ticket ticket = newQuestion();
        Instant at = RECEIVED.plusSeconds(60);
        switch (status) {
            case NEW -> {}
            case ANSWERED -> ticket.answer("Antwoord", Channel.PHONE, "agent", at);
            case ESCALATED -> ticket.escalate(EscalationRequest.toDomainQueue(), "agent", at);
            case IN_PROGRESS -> {
                ticket.escalate(EscalationRequest.toDomainQueue(), "agent", at);
                ticket.take("expert", at);
            }
            case WAITING_FOR_CUSTOMER -> ticket.waitForCustomer("Stuur het attest van de huisvesting.", "agent", at);
            case CLOSED -> {
                ticket.answer("Antwoord", Channel.PHONE, "agent", at);
                ticket.close("agent", at);
            }
        }
        return ticket;
    }
}
