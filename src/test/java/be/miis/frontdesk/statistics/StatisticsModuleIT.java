package be.miis.frontdesk.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.statistics.MonthlyOverview.MonthIndicators;
import be.miis.frontdesk.test.FrontdeskModuleTest;
import be.miis.frontdesk.test.TestUsers;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The statistics module with only the modules it depends on: a ticket logged through the ticket module shows in the
 * figures once the scheduled refresh has run, with no event between them; the ticket module's triggers record the
 * month and the roll-up recounts it through the contract view (docs/statistics.md).
 */
@FrontdeskModuleTest
@TestPropertySource(
        properties = {"frontdesk.statistics.refresh.enabled=true", "frontdesk.statistics.refresh-interval=PT0.2S"})
// Closed afterwards: its scheduled refresh must not run on under the tests that follow in the same JVM.
@DirtiesContext
class StatisticsModuleIT {

    @Autowired
    TicketService tickets;

    @Autowired
    StatisticsService statistics;

    @Autowired
    StatisticsRollup rollup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aTicketOpenedIsCountedAfterTheNextScheduledRefresh(Scenario scenario) {
        TestUsers.ensure(jdbc, "agent", Role.AGENT);
        YearMonth now = YearMonth.now(clock.withZone(BusinessTime.ZONE));
        StatisticsFilter letters = new StatisticsFilter("ESF", null, Channel.LETTER.name(), null, null);
        // Everything earlier is counted first, so the one change left to wait for is this test's ticket.
        rollup.refresh();
        MonthIndicators before = figures(now, letters);

        scenario.stimulate(() -> tickets.open(
                        new OpenTicket(
                                Channel.LETTER,
                                TicketType.COMPLAINT,
                                "ESF",
                                ContentLanguage.DE,
                                null,
                                null,
                                "Beschwerde",
                                "Brief über die Bearbeitungsdauer",
                                null,
                                null,
                                OpenTicket.Outcome.OPEN,
                                null),
                        "agent"))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> figures(now, letters), after -> after.tickets() > before.tickets())
                .andVerify(after -> {
                    assertThat(after.tickets()).isEqualTo(before.tickets() + 1);
                    assertThat(after.complaints()).isEqualTo(before.complaints() + 1);
                    assertThat(after.backlog()).as("still open").isEqualTo(before.backlog() + 1);
                    assertThat(after.firstContact()).isEqualTo(before.firstContact());
                });
    }

    private MonthIndicators figures(YearMonth month, StatisticsFilter filter) {
        return statistics
                .overview(new MonthRange(month, month), Breakdown.CHANNEL, filter)
                .indicators()
                .get(0);
    }
}
