package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;

/** Tickets for domain tests, as an agent would log them. */
final class TicketMother {

    static final Instant RECEIVED = Instant.parse("2026-11-23T09:15:00Z");

    private TicketMother() {}

    /** The queue the test backoffice files a ticket in when no queue is asked for. */
    static final long DOMAIN_QUEUE = 9L;

    /** A backoffice that files every hand-off: in the queue asked for, else in {@link #DOMAIN_QUEUE}. */
    static final EscalationDesk DESK =
            handOff -> new EscalationDesk.Accepted(handOff.queueId() == null ? DOMAIN_QUEUE : handOff.queueId());

    /** A new ticket, with the id the sequence gave it. */
    static Ticket newQuestion() {
        return new Ticket(
                1L,
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
    }

    static Ticket in(TicketStatus status) {
        Ticket ticket = newQuestion();
        Instant at = RECEIVED.plusSeconds(60);
        switch (status) {
            case NEW -> {}
            case ANSWERED -> ticket.answer("Antwoord", Channel.PHONE, "agent", at);
            case ESCALATED -> ticket.escalate(EscalationRequest.toDomainQueue(), DESK, "agent", at);
            case IN_PROGRESS -> {
                ticket.escalate(EscalationRequest.toDomainQueue(), DESK, "agent", at);
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
