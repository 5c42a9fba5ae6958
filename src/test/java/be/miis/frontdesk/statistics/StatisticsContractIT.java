package be.miis.frontdesk.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.miis.frontdesk.statistics.MonthlyOverview.MonthIndicators;
import be.miis.frontdesk.statistics.MonthlyOverview.Row;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.TicketStatus;
import be.miis.frontdesk.ticket.TicketType;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Guards the statistics against drift from the ticket enums (docs/statistics.md): one ticket of every
 * {@link TicketType} × {@link TicketStatus} × {@link Channel} must be accepted by the ticket table, be open or
 * resolved in the ticket module's contract view {@code ticket_fact} exactly as {@link TicketStatus#isOpen()} says,
 * and be counted by the roll-up under its channel, with its type and its open or resolved state. A constant added to
 * one of the enums without the migrations and the statistics following makes this test fail.
 *
 * <p>Everything happens in one transaction that is rolled back: the database is left as it was.
 */
@FrontdeskIntegrationTest
class StatisticsContractIT {

    /** A month no other test writes to: the overview of this month counts the tickets of this test alone. */
    private static final YearMonth MONTH = YearMonth.of(1975, 1);

    private static final Instant RECEIVED = Instant.parse("1975-01-10T10:00:00Z");
    private static final Instant RESOLVED = Instant.parse("1975-01-20T10:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatisticsRollup rollup;

    @Autowired
    StatisticsService statistics;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyStatusChannelAndTypeOfTheEnumsIsKnownToTheContractAndCountedByTheStatistics() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            List<TicketStatus> statuses = List.of(TicketStatus.values());
            int number = 0;
            for (TicketType type : TicketType.values()) {
                for (TicketStatus ticketStatus : statuses) {
                    for (Channel channel : Channel.values()) {
                        insert("DRIFT-" + number++, type, ticketStatus, channel);
                    }
                }
            }

            Map<String, Boolean> openByStatus = jdbc
                    .sql("""
                            select distinct status, is_open, resolved_at is not null as resolved from ticket_fact
                            where reference like 'DRIFT-%'
                            """)
                    .query((rs, n) -> {
                        assertThat(rs.getBoolean("resolved"))
                                .as("resolved_at of %s", rs.getString("status"))
                                .isEqualTo(!rs.getBoolean("is_open"));
                        return Map.entry(rs.getString("status"), rs.getBoolean("is_open"));
                    })
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(openByStatus)
                    .as("ticket_fact.is_open against TicketStatus.isOpen()")
                    .isEqualTo(statuses.stream().collect(Collectors.toMap(TicketStatus::name, TicketStatus::isOpen)));

            rollup.refresh();

            long types = TicketType.values().length;
            long channels = Channel.values().length;
            long open = statuses.stream().filter(TicketStatus::isOpen).count();
            long resolved = statuses.size() - open;
            MonthRange month = new MonthRange(MONTH, MONTH);
            MonthlyOverview byChannel = statistics.overview(month, Breakdown.CHANNEL, StatisticsFilter.NONE);
            assertThat(byChannel.rows())
                    .as("a row per channel, each with every type and status")
                    .extracting(Row::key, Row::sum)
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(Channel.values())
                            .map(c -> tuple(c.name(), types * statuses.size()))
                            .toList());
            MonthIndicators indicators = byChannel.indicators().get(0);
            assertThat(indicators.tickets()).isEqualTo(types * statuses.size() * channels);
            assertThat(indicators.complaints()).isEqualTo(statuses.size() * channels);
            assertThat(indicators.firstContact())
                    .as("resolved without escalation")
                    .isEqualTo(types * resolved * channels);
            assertThat(jdbc.sql("""
                            select sum(open)::bigint as open, sum(resolved)::bigint as resolved from statistics_month
                            where month = :month
                            """)
                            .param("month", MONTH.atDay(1))
                            .query((rs, n) -> List.of(rs.getLong("open"), rs.getLong("resolved")))
                            .single())
                    .as("open and resolved in the roll-up")
                    .containsExactly(types * open * channels, types * resolved * channels);
            for (Channel channel : Channel.values()) {
                StatisticsFilter only = new StatisticsFilter(null, null, channel.name(), null, null);
                assertThat(statistics
                                .overview(month, Breakdown.DOMAIN, only)
                                .indicators()
                                .get(0)
                                .tickets())
                        .as("filtered on %s", channel)
                        .isEqualTo(types * statuses.size());
            }
        });
    }

    /** Straight into the table: the service would refuse most of these states for a new ticket. */
    private void insert(String reference, TicketType type, TicketStatus status, Channel channel) {
        OffsetDateTime received = RECEIVED.atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                        insert into ticket (reference, channel, type, domain_code, language, subject, description,
                                            status, received_at, created_by, created_at, updated_at, answered_at)
                        values (:reference, :channel, :type, 'RMI', 'nl', 'Drift', 'Drift', :status, :received,
                                'test', :received, :received, :answered)
                        """)
                .param("reference", reference)
                .param("channel", channel.name())
                .param("type", type.name())
                .param("status", status.name())
                .param("received", received)
                .param(
                        "answered",
                        status.isOpen() ? null : RESOLVED.atOffset(ZoneOffset.UTC),
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
    }
}
