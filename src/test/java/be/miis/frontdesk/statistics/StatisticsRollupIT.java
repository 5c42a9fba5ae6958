package be.miis.frontdesk.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.statistics.MonthlyOverview.MonthIndicators;
import be.miis.frontdesk.statistics.MonthlyOverview.Row;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketChange;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The roll-up against the raw tickets on a real PostgreSQL: after creates, changes, escalations, answers, a bulk
 * insert and a delete, it holds exactly what a recount from scratch finds; months are cut in Brussels time.
 */
@FrontdeskIntegrationTest
class StatisticsRollupIT {

    /*
     * The recount, written independently of the refresh's SQL (no shared function): what every roll-up row must
     * equal. Received counts by the received month, resolved ones by the month of the answer (or of the closing).
     */
    private static final String RECOUNT = """
            select month::text, channel, domain_code, language, coalesce(region, '-') as region,
                   coalesce(province, '-') as province, coalesce(queue_id, 0) as queue_id,
                   sum(received) as tickets, sum(first_contact) as first_contact, sum(escalated) as escalated,
                   sum(within_sla) as within_sla, sum(complaints) as complaints, sum(open) as open,
                   sum(resolved) as resolved
            from (
                select date_trunc('month', t.received_at at time zone 'Europe/Brussels')::date as month,
                       t.channel, t.domain_code, t.language, o.region, o.province, e.queue_id,
                       1 as received,
                       (t.escalated = false and t.status in ('ANSWERED', 'CLOSED'))::int as first_contact,
                       t.escalated::int as escalated,
                       coalesce(e.met, false)::int as within_sla,
                       (t.type = 'COMPLAINT')::int as complaints,
                       (t.status not in ('ANSWERED', 'CLOSED'))::int as open,
                       0 as resolved
                from ticket t
                left join organisation o on o.id = t.organisation_id
                left join escalation e on e.ticket_id = t.id
                union all
                select date_trunc('month', coalesce(t.answered_at, t.closed_at) at time zone 'Europe/Brussels')::date,
                       t.channel, t.domain_code, t.language, o.region, o.province, e.queue_id, 0, 0, 0, 0, 0, 0, 1
                from ticket t
                left join organisation o on o.id = t.organisation_id
                left join escalation e on e.ticket_id = t.id
                where t.status in ('ANSWERED', 'CLOSED') and coalesce(t.answered_at, t.closed_at) is not null
            ) raw
            group by 1, 2, 3, 4, 5, 6, 7
            order by 1, 2, 3, 4, 5, 6, 7
            """;

    private static final String ROLLED_UP = """
            select month::text, channel, domain_code, language, coalesce(region, '-') as region,
                   coalesce(province, '-') as province, coalesce(queue_id, 0) as queue_id,
                   tickets::bigint, first_contact::bigint, escalated::bigint, within_sla::bigint,
                   complaints::bigint, open::bigint, resolved::bigint
            from statistics_month
            order by 1, 2, 3, 4, 5, 6, 7
            """;

    private static final String WORKING_TIME_RECOUNT = """
            select date_trunc('month', t.received_at at time zone 'Europe/Brussels')::date::text as month,
                   t.channel, t.domain_code, coalesce(e.queue_id, 0) as queue_id,
                   least(e.working_minutes / 15, 400)::int as bucket, count(*) as escalations
            from ticket t join escalation e on e.ticket_id = t.id
            where e.working_minutes is not null
            group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
            """;

    private static final String WORKING_TIME_ROLLED_UP = """
            select month::text, channel, domain_code, coalesce(queue_id, 0) as queue_id, bucket::int,
                   sum(escalations)::bigint as escalations
            from statistics_working_time
            group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
            """;

    @Autowired
    StatisticsRollup rollup;

    @Autowired
    StatisticsService statistics;

    @Autowired
    TicketService tickets;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theRollUpEqualsARecountFromTheRawTicketsAfterCreatesChangesAndDeletes() {
        rollup.refresh();
        assertThat(rows(ROLLED_UP)).isEqualTo(rows(RECOUNT));

        long gent = organisations.search("44021", 1).get(0).id();
        String phone = tickets.open(ticket(Channel.PHONE, "RMI", gent, Instant.parse("2024-02-10T10:00:00Z")), "agent");
        String mail =
                tickets.open(ticket(Channel.EMAIL, "SOCIAL_AID", null, Instant.parse("2024-02-29T22:59:00Z")), "agent");
        String escalated =
                tickets.open(ticket(Channel.LETTER, "RMI", gent, Instant.parse("2024-03-01T09:00:00Z")), "agent");
        tickets.escalate(escalated, tickets.get(escalated, "test").version(), "agent");
        tickets.answer(phone, tickets.get(phone, "test").version(), "Antwoord", Channel.PHONE, "agent");
        tickets.answer(escalated, tickets.get(escalated, "test").version(), "Gedocumenteerd", Channel.EMAIL, "expert");
        // A correction moves the ticket to another domain, language and organisation: out of its old rows.
        tickets.reclassify(
                mail,
                tickets.get(mail, "test").version(),
                new TicketChange("RMI", ContentLanguage.FR, gent, null),
                "agent");
        // Many rows in one statement, as an import writes them (closed ones resolved when closed), and a delete.
        jdbc.sql("""
                insert into ticket (reference, channel, type, domain_code, language, subject, description, status,
                                    escalated, received_at, created_by, created_at, updated_at, answered_at, closed_at)
                select 'CMI-2017-' || lpad(n::text, 6, '0'), (array['PHONE','EMAIL','WEB','LETTER','OTHER'])[1 + n % 5],
                       case when n % 7 = 0 then 'COMPLAINT' else 'QUESTION' end, 'RMI', 'nl', 'Import', 'Import',
                       case when n % 2 = 0 then 'ANSWERED' else 'CLOSED' end, false,
                       timestamptz '2017-01-01 00:00+01' + n * interval '7 hours', 'test', now(), now(),
                       case when n % 2 = 0 then timestamptz '2017-01-01 00:00+01' + n * interval '7 hours' + interval '3 days' end,
                       case when n % 2 = 1 then timestamptz '2017-01-01 00:00+01' + n * interval '7 hours' + interval '40 days' end
                from generate_series(1, 400) n
                """).update();
        jdbc.sql("delete from ticket where reference = 'CMI-2017-000013'").update();

        List<?> months = rollup.refresh();

        assertThat(months).isNotEmpty();
        assertThat(rows(ROLLED_UP)).isEqualTo(rows(RECOUNT));
        assertThat(rows(WORKING_TIME_ROLLED_UP)).isEqualTo(rows(WORKING_TIME_RECOUNT));
        // Nothing left to count: a second refresh has no work.
        assertThat(rollup.refresh()).isEmpty();
    }

    @Test
    void aTicketAtHalfPastElevenOnTheLastEveningOfMarchCountsInMarch() {
        MonthRange spring = new MonthRange(YearMonth.of(2019, 3), YearMonth.of(2019, 4));
        StatisticsFilter letters = new StatisticsFilter("ESF", null, "LETTER", null, null);
        rollup.refresh();
        MonthlyOverview before = statistics.overview(spring, Breakdown.CHANNEL, letters);

        // Summer time began that morning: 23:30 in Brussels is 21:30 UTC; half an hour later it is April.
        tickets.open(ticket(Channel.LETTER, "ESF", null, Instant.parse("2019-03-31T21:30:00Z")), "agent");
        tickets.open(ticket(Channel.LETTER, "ESF", null, Instant.parse("2019-03-31T22:00:00Z")), "agent");
        tickets.open(ticket(Channel.LETTER, "ESF", null, Instant.parse("2019-04-30T21:59:59Z")), "agent");
        rollup.refresh();
        MonthlyOverview after = statistics.overview(spring, Breakdown.CHANNEL, letters);

        assertThat(after.total().count(0) - before.total().count(0)).isEqualTo(1);
        assertThat(after.total().count(1) - before.total().count(1)).isEqualTo(2);
    }

    @Test
    void totalsAreTheSumsOfTheChannelsAndEveryViewCountsTheSameTickets() {
        rollup.refresh();
        MonthRange year = MonthRange.lastTwelve(YearMonth.now(clock.withZone(BusinessTime.ZONE)));
        MonthlyOverview byChannel = statistics.overview(year, Breakdown.CHANNEL, StatisticsFilter.NONE);
        assertThat(byChannel.rows()).extracting(Row::key).containsExactly("EMAIL", "PHONE", "WEB", "LETTER", "OTHER");
        assertThat(byChannel.total().sum()).isPositive();
        for (int m = 0; m < year.months().size(); m++) {
            int month = m;
            long channels =
                    byChannel.rows().stream().mapToLong(r -> r.count(month)).sum();
            assertThat(byChannel.total().count(m)).isEqualTo(channels);
            assertThat(byChannel.indicators().get(m).tickets()).isEqualTo(channels);
            for (Breakdown view : List.of(Breakdown.DOMAIN, Breakdown.LANGUAGE, Breakdown.REGION, Breakdown.PROVINCE)) {
                assertThat(statistics
                                .overview(year, view, StatisticsFilter.NONE)
                                .total()
                                .count(m))
                        .as("%s in %s", view, year.months().get(m))
                        .isEqualTo(channels);
            }
        }
        // A filter narrows every figure to its tickets: the phone filter's total is the phone row.
        MonthlyOverview phone =
                statistics.overview(year, Breakdown.DOMAIN, new StatisticsFilter(null, null, "PHONE", null, null));
        assertThat(phone.total().counts()).isEqualTo(byChannel.rows().get(1).counts());
        MonthIndicators last = byChannel.indicators().get(11);
        assertThat(last.firstContact() + last.escalated()).isLessThanOrEqualTo(last.tickets());

        // The backlog at each month's end is what a count of the raw tickets finds open at that moment.
        for (MonthIndicators month : byChannel.indicators()) {
            long open = jdbc.sql("""
                            select count(*) from ticket
                            where received_at < :end
                              and (status not in ('ANSWERED', 'CLOSED') or coalesce(answered_at, closed_at) >= :end)
                            """)
                    .param(
                            "end",
                            StatisticsRollup.startOf(month.month().plusMonths(1).atDay(1)))
                    .query(Long.class)
                    .single();
            assertThat(month.backlog())
                    .as("backlog at the end of %s", month.month())
                    .isEqualTo(open);
        }
    }

    private static OpenTicket ticket(Channel channel, String domain, @Nullable Long organisation, Instant receivedAt) {
        return new OpenTicket(
                channel,
                TicketType.QUESTION,
                domain,
                ContentLanguage.NL,
                organisation,
                null,
                "Statistiek",
                "Telt deze vraag in de juiste maand?",
                receivedAt,
                null,
                OpenTicket.Outcome.OPEN,
                null);
    }

    private List<Map<String, Object>> rows(String sql) {
        return jdbc.sql(sql).query().listOfRows();
    }
}
