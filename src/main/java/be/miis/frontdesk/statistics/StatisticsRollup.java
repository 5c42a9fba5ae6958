package be.miis.frontdesk.statistics;

import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.ticket.TicketType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the monthly roll-up equal to the tickets: recounts the months that the ticket and escalation modules'
 * triggers (migrations V40 and V41) recorded in {@code statistics_change} since the last run.
 *
 * <p>The changes are taken with a DELETE ... RETURNING and the months recounted in the same transaction: the recount
 * reads everything committed before it started, so every change it took is in its counts, and a change committed
 * later has left its own row for the next run. A transaction-scoped advisory lock puts refreshes one after the
 * other (the scheduled one, another instance's, a test's): two recounts of one month would collide on its rows.
 *
 * <p>This module reads tickets and escalations only through the views their modules publish for counting
 * ({@code ticket_fact}, {@code escalation_fact}; docs/statistics.md): the statistics are a read model of the
 * operational tables and never write to them (they could run on a read replica).
 */
@Component
public class StatisticsRollup {

    private static final String LOCK = "select pg_advisory_xact_lock(hashtext('statistics-rollup'))";

    private static final String TAKE_CHANGES = "delete from statistics_change returning month";

    // No status or type is named here: "open" and "resolved" are columns of ticket_fact, the complaint type a
    // parameter from TicketType.
    private static final String COUNT_MONTH = """
            insert into statistics_month (month, channel, domain_code, language, region, province, queue_id,
                                          tickets, first_contact, escalated, within_sla, complaints, open, resolved)
            select :month, channel, domain_code, language, region, province, queue_id,
                   sum(tickets), sum(first_contact), sum(escalated), sum(within_sla), sum(complaints), sum(open),
                   sum(resolved)
            from (
                select t.channel, t.domain_code, t.language, o.region, o.province, e.queue_id,
                       1 as tickets,
                       case when not t.escalated and not t.is_open then 1 else 0 end as first_contact,
                       case when t.escalated then 1 else 0 end as escalated,
                       case when e.met then 1 else 0 end as within_sla,
                       case when t.type = :complaint then 1 else 0 end as complaints,
                       case when t.is_open then 1 else 0 end as open,
                       0 as resolved
                from ticket_fact t
                left join organisation o on o.id = t.organisation_id
                left join escalation_fact e on e.ticket_id = t.id
                where t.received_at >= :start and t.received_at < :end
                union all
                select t.channel, t.domain_code, t.language, o.region, o.province, e.queue_id, 0, 0, 0, 0, 0, 0, 1
                from ticket_fact t
                left join organisation o on o.id = t.organisation_id
                left join escalation_fact e on e.ticket_id = t.id
                where not t.is_open and t.resolved_at >= :start and t.resolved_at < :end
            ) counted
            group by channel, domain_code, language, region, province, queue_id
            """;

    private static final String COUNT_WORKING_TIME =
            """
            insert into statistics_working_time (month, channel, domain_code, language, region, province, queue_id,
                                                 bucket, escalations)
            select :month, t.channel, t.domain_code, t.language, o.region, o.province, e.queue_id,
                   least(e.working_minutes / %d, %d), count(*)
            from ticket_fact t
            join escalation_fact e on e.ticket_id = t.id
            left join organisation o on o.id = t.organisation_id
            where t.received_at >= :start and t.received_at < :end and e.working_minutes is not null
            group by 2, 3, 4, 5, 6, 7, 8
            """.formatted(WorkingTimeHistogram.BUCKET_MINUTES, WorkingTimeHistogram.LAST_BUCKET);

    private static final String COUNT_ORGANISATIONS = """
            insert into statistics_month_organisation (month, organisation_id, channel, tickets)
            select :month, organisation_id, channel, count(*)
            from ticket_fact
            where received_at >= :start and received_at < :end and organisation_id is not null
            group by organisation_id, channel
            """;

    private final JdbcClient jdbc;

    StatisticsRollup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recounts the months changed since the last refresh; answers them, oldest first. */
    @Transactional
    public List<LocalDate> refresh() {
        jdbc.sql(LOCK).query().singleRow();
        List<LocalDate> months = jdbc.sql(TAKE_CHANGES).query(LocalDate.class).list().stream()
                .distinct()
                .sorted()
                .toList();
        months.forEach(this::recount);
        return months;
    }

    private void recount(LocalDate month) {
        for (String table : List.of("statistics_month", "statistics_working_time", "statistics_month_organisation")) {
            jdbc.sql("delete from " + table + " where month = :month")
                    .param("month", month)
                    .update();
        }
        OffsetDateTime start = startOf(month.withDayOfMonth(1));
        OffsetDateTime end = startOf(month.withDayOfMonth(1).plusMonths(1));
        for (String count : List.of(COUNT_MONTH, COUNT_WORKING_TIME, COUNT_ORGANISATIONS)) {
            // Named parameters a statement does not use are ignored.
            jdbc.sql(count)
                    .param("month", month)
                    .param("start", start)
                    .param("end", end)
                    .param("complaint", TicketType.COMPLAINT.name())
                    .update();
        }
    }

    /** The first moment of a day in Brussels (of a month: as the triggers' {@code statistics_month} cuts them). */
    static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(BusinessTime.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
