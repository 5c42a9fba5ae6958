package be.miis.frontdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo database tells a year's story: answered, escalated and open questions of the demo organisations. */
@FrontdeskIntegrationTest
class DemoTicketsIT {

    @Autowired
    TicketService tickets;

    @Autowired
    Clock clock;

    @Test
    void theDemoHasAYearOfTicketsInEveryOutcome() {
        // From a little over a year ago: other tests import older ticket history into the same database.
        TicketQuery oldestFirst = new TicketQuery(
                TicketQuery.View.ALL,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                LocalDate.now(clock.withZone(BusinessTime.ZONE)).minusDays(400),
                null,
                null,
                TicketQuery.Sort.OLDEST);
        List<TicketSummary> oldest = tickets.find(oldestFirst, null, 1).items();

        assertThat(tickets.count(TicketQuery.all())).isGreaterThanOrEqualTo(DemoTickets.COUNT);
        assertThat(oldest.get(0).receivedAt()).isBefore(clock.instant().minus(Duration.ofDays(300)));
        assertThat(oldest.get(0).organisation()).isNotNull();
        assertThat(oldest.get(0).contactName()).isNotBlank();
        for (TicketQuery.View view : List.of(TicketQuery.View.OPEN, TicketQuery.View.ANSWERED)) {
            assertThat(tickets.count(TicketQuery.view(view, "agent")))
                    .as(view.name())
                    .isPositive();
        }
    }
}
