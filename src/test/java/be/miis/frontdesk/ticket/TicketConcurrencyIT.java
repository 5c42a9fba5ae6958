package be.miis.frontdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Two agents on the same ticket, each in their own transaction as in the running application: whoever acts on an
 * outdated version is refused, and nothing of theirs is half-written.
 */
@FrontdeskIntegrationTest
class TicketConcurrencyIT {

    @Autowired
    TicketService tickets;

    @Autowired
    OrganisationService organisations;

    @Test
    void theSecondOfTwoAgentsIsRefusedAndNothingIsLost() {
        long gent = organisations.search("44021", 1).get(0).id();
        String reference = tickets.open(
                new OpenTicket(
                        Channel.PHONE,
                        TicketType.QUESTION,
                        "RMI",
                        ContentLanguage.NL,
                        gent,
                        null,
                        "Twee agenten",
                        "Wie antwoordt eerst?",
                        null,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                "agent");
        int seenByBoth = tickets.get(reference, "agent").version();

        tickets.answer(reference, seenByBoth, "Antwoord van de eerste", Channel.PHONE, "agent");

        assertThatThrownBy(
                        () -> tickets.answer(reference, seenByBoth, "Antwoord van de tweede", Channel.PHONE, "expert"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        TicketView ticket = tickets.get(reference, "agent");
        assertThat(ticket.status()).isEqualTo(TicketStatus.ANSWERED);
        assertThat(ticket.entries())
                .extracting(EntryView::body)
                .contains("Antwoord van de eerste")
                .doesNotContain("Antwoord van de tweede");
    }

    @Test
    void evenANoteMovesTheVersionSoAnOlderPageCannotOverwrite() {
        long gent = organisations.search("44021", 1).get(0).id();
        String reference = tickets.open(
                new OpenTicket(
                        Channel.PHONE,
                        TicketType.QUESTION,
                        "RMI",
                        ContentLanguage.NL,
                        gent,
                        null,
                        "Notitie",
                        "Vraag",
                        null,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                "agent");
        int before = tickets.get(reference, "agent").version();

        tickets.addNote(reference, "Intussen genoteerd", "expert");

        assertThat(tickets.get(reference, "agent").version()).isGreaterThan(before);
        assertThatThrownBy(() -> tickets.escalate(reference, before, "agent"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}
