package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.BusinessTime;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer satisfaction per month (docs/satisfaction.md, "Figures"): the ratings confirmed in the month (by the
 * moment of the rating, in Brussels), their average, and the shares of satisfied (4–5) and dissatisfied (1–2)
 * customers; in total and cut by the queue that answered, the channel of the question and the agent.
 */
@Service
public class SatisfactionFigures {

    /** The key of answers given by the frontdesk itself, without escalation. */
    public static final String FRONTDESK = "FRONTDESK";

    private final JdbcClient jdbc;

    SatisfactionFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the figures are cut by. */
    public enum Dimension {
        QUEUE("coalesce(queue_id::text, '" + FRONTDESK + "')"),
        CHANNEL("channel"),
        AGENT("agent");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    /** One month's ratings. */
    public record Month(YearMonth month, long ratings, long scoreSum, long satisfied, long dissatisfied) {

        static Month empty(YearMonth month) {
            return new Month(month, 0, 0, 0, 0);
        }

        public @Nullable Double average() {
            return ratings == 0 ? null : (double) scoreSum / ratings;
        }

        public @Nullable Double satisfiedShare() {
            return ratings == 0 ? null : (double) satisfied / ratings;
        }

        public @Nullable Double dissatisfiedShare() {
            return ratings == 0 ? null : (double) dissatisfied / ratings;
        }

        Month plus(Month other) {
            return new Month(
                    month,
                    ratings + other.ratings,
                    scoreSum + other.scoreSum,
                    satisfied + other.satisfied,
                    dissatisfied + other.dissatisfied);
        }
    }

    /** A queue (its id, or {@link #FRONTDESK}), a channel or an agent, with its months. */
    public record Cut(String key, List<Month> months) {

        /** The whole period's ratings of this key. */
        public Month total() {
            Month total = Month.empty(months.get(0).month());
            for (Month month : months) {
                total = total.plus(month);
            }
            return total;
        }
    }

    /** Every month from {@code from} to {@code to}, those without ratings too. */
    @Transactional(readOnly = true)
    public List<Month> months(YearMonth from, YearMonth to) {
        List<Cut> cuts = query("'all'", from, to);
        return cuts.isEmpty() ? empty(from, to) : cuts.get(0).months();
    }

    /** The months cut by a dimension, the keys with most ratings first. */
    @Transactional(readOnly = true)
    public List<Cut> by(Dimension dimension, YearMonth from, YearMonth to) {
        List<Cut> cuts = new ArrayList<>(query(dimension.column, from, to));
        cuts.sort((a, b) -> Long.compare(b.total().ratings(), a.total().ratings()));
        return cuts;
    }

    private List<Cut> query(String keyExpression, YearMonth from, YearMonth to) {
        // The expression is one of this class's constants, never the caller's text.
        String sql = """
                select %s as key,
                       to_char(rated_at at time zone :zone, 'YYYY-MM') as month,
                       count(*) as ratings, sum(score) as score_sum,
                       count(*) filter (where score >= 4) as satisfied,
                       count(*) filter (where score <= 2) as dissatisfied
                from satisfaction_survey
                where rated_at >= :from and rated_at < :to
                group by 1, 2
                """.formatted(keyExpression);
        Map<String, Map<YearMonth, Month>> byKey = new LinkedHashMap<>();
        jdbc.sql(sql)
                .param("zone", BusinessTime.ZONE.getId())
                .param(
                        "from",
                        Timestamp.from(
                                from.atDay(1).atStartOfDay(BusinessTime.ZONE).toInstant()))
                .param(
                        "to",
                        Timestamp.from(to.plusMonths(1)
                                .atDay(1)
                                .atStartOfDay(BusinessTime.ZONE)
                                .toInstant()))
                .query((rs, n) -> {
                    YearMonth month = YearMonth.parse(rs.getString("month"));
                    byKey.computeIfAbsent(rs.getString("key"), k -> new HashMap<>())
                            .put(
                                    month,
                                    new Month(
                                            month,
                                            rs.getLong("ratings"),
                                            rs.getLong("score_sum"),
                                            rs.getLong("satisfied"),
                                            rs.getLong("dissatisfied")));
                    return month;
                })
                .list();
        List<Cut> cuts = new ArrayList<>();
        byKey.forEach((key, months) -> {
            List<Month> all = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                all.add(months.getOrDefault(m, Month.empty(m)));
            }
            cuts.add(new Cut(key, all));
        });
        return cuts;
    }

    private static List<Month> empty(YearMonth from, YearMonth to) {
        List<Month> all = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            all.add(Month.empty(m));
        }
        return all;
    }
}
