package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.shared.BusinessTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's figures per month, for the statistics page (docs/statistics.md, "The portal"): article views,
 * searches and searches without a hit, helpful yes and no, questions and call-backs after reading an article, and
 * the deflection. Read from {@code portal_figures_day}, one row per finished day that {@link #rollUp()} computes
 * from the raw tables; the days not rolled up yet (today, and whatever a stopped job left) are summed from the raw
 * rows of those days only, through their day indexes. So a month costs at most 31 roll-up rows and a few days of
 * raw rows, however long the portal has run.
 *
 * <p><b>Deflection</b>, per day and article: {@code max(views - questions - callbacks, 0)}, the readings that were
 * not followed by a question or a call-back from that article's page; a month's deflection is the sum over its days
 * and articles, its share that sum over the month's views. The floor keeps a day on which an old tab's form counted
 * a follow-up without a view from taking readings away from other articles or days.
 */
@Service
public class PortalFigures {

    /** One day per row, from the raw tables; {@code :from} and {@code :to} bound every table by its day index. */
    private static final String DAYS = """
            select d.day,
                   coalesce(v.views, 0) as views, coalesce(v.questions, 0) as questions,
                   coalesce(v.callbacks, 0) as callbacks, coalesce(v.deflected, 0) as deflected,
                   coalesce(h.yes, 0) as helpful_yes, coalesce(h.no, 0) as helpful_no,
                   coalesce(s.searches, 0) as searches, coalesce(s.no_hits, 0) as no_hits
            from (select cast(g as date) as day
                  from generate_series(cast(:from as date), cast(:to as date), interval '1 day') g) d
            left join (select day, sum(views) as views, sum(questions) as questions, sum(callbacks) as callbacks,
                              sum(greatest(views - questions - callbacks, 0)) as deflected
                       from portal_article_view where day between :from and :to group by day) v on v.day = d.day
            left join (select day, count(*) filter (where helpful) as yes, count(*) filter (where not helpful) as no
                       from portal_helpful_vote where day between :from and :to group by day) h on h.day = d.day
            left join (select day, sum(searches) as searches, sum(no_hits) as no_hits
                       from portal_search_day where day between :from and :to group by day) s on s.day = d.day
            """;

    private static final String SUMS = """
            sum(views), sum(questions), sum(callbacks), sum(deflected), sum(helpful_yes), sum(helpful_no),
            sum(searches), sum(no_hits)""";

    private final JdbcClient jdbc;
    private final Clock clock;

    PortalFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A month of the portal. */
    public record Month(
            YearMonth month,
            long views,
            long questions,
            long callbacks,
            long deflected,
            long helpfulYes,
            long helpfulNo,
            long searches,
            long noHits) {

        /** Deflected views over views; null for a month without views. */
        public @Nullable Double deflectionShare() {
            return views == 0 ? null : (double) deflected / views;
        }
    }

    /** Every month from {@code from} to {@code to}, both included, with zeros where nothing happened. */
    @Transactional(readOnly = true)
    public List<Month> months(YearMonth from, YearMonth to) {
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        Map<YearMonth, long[]> sums = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            sums.put(m, new long[8]);
        }
        LocalDate rolled = lastRolledDay();
        if (rolled != null && !rolled.isBefore(first)) {
            add(
                    sums,
                    "select to_char(day, 'YYYY-MM'), " + SUMS
                            + " from portal_figures_day where day between :from and :to group by 1",
                    first,
                    rolled.isBefore(last) ? rolled : last);
        }
        LocalDate live = rolled == null || rolled.isBefore(first) ? first : rolled.plusDays(1);
        if (!live.isAfter(last)) {
            add(sums, "select to_char(day, 'YYYY-MM'), " + SUMS + " from (" + DAYS + ") days group by 1", live, last);
        }
        List<Month> months = new ArrayList<>();
        sums.forEach((month, s) -> months.add(new Month(month, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7])));
        return months;
    }

    /**
     * Rolls up the finished days: from the day before the last one rolled up (a search counted just after midnight
     * still lands on the day it was made) to yesterday; the first time from the first day the portal counted.
     * Answers the number of days computed.
     */
    @Transactional
    public int rollUp() {
        LocalDate yesterday = LocalDate.now(clock.withZone(BusinessTime.ZONE)).minusDays(1);
        LocalDate rolled = lastRolledDay();
        LocalDate from = rolled != null ? rolled.minusDays(1) : date("""
                        select least((select min(day) from portal_article_view),
                                     (select min(day) from portal_helpful_vote),
                                     (select min(day) from portal_search_day))
                        """);
        if (from == null || from.isAfter(yesterday)) {
            return 0;
        }
        return recount(from, yesterday);
    }

    /** Computes the roll-up rows of these days again (the job, and after a correction of the raw rows). */
    @Transactional
    public int recount(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        insert into portal_figures_day (day, views, questions, callbacks, deflected, helpful_yes,
                                                        helpful_no, searches, no_hits, computed_at)
                        select day, views, questions, callbacks, deflected, helpful_yes, helpful_no, searches, no_hits,
                               :now
                        from (""" + DAYS + """
                        ) days
                        on conflict (day) do update set views = excluded.views, questions = excluded.questions,
                            callbacks = excluded.callbacks, deflected = excluded.deflected,
                            helpful_yes = excluded.helpful_yes, helpful_no = excluded.helpful_no,
                            searches = excluded.searches, no_hits = excluded.no_hits,
                            computed_at = excluded.computed_at
                        """)
                .param("from", from)
                .param("to", to)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    private @Nullable LocalDate lastRolledDay() {
        return date("select max(day) from portal_figures_day");
    }

    private @Nullable LocalDate date(String sql) {
        List<@Nullable LocalDate> dates =
                jdbc.sql(sql).query((rs, n) -> rs.getObject(1, LocalDate.class)).list();
        return dates.isEmpty() ? null : dates.get(0);
    }

    private void add(Map<YearMonth, long[]> sums, String sql, LocalDate from, LocalDate to) {
        jdbc.sql(sql).param("from", from).param("to", to).query(rs -> {
            long[] s = sums.get(YearMonth.parse(rs.getString(1)));
            if (s != null) {
                for (int i = 0; i < s.length; i++) {
                    s[i] += rs.getLong(i + 2);
                }
            }
        });
    }
}
