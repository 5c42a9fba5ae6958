package be.miis.frontdesk.statistics;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The monthly overview: one column per month of the range; rows by the breakdown, their total (always the sum of
 * the rows), and the indicators of each month below (empty when only the rows were asked for).
 */
public record MonthlyOverview(
        MonthRange range, Breakdown breakdown, List<Row> rows, Row total, List<MonthIndicators> indicators) {

    public List<YearMonth> months() {
        return range.months();
    }

    /**
     * One row: what it counts ({@code key}: channel, domain code, language code, region, province or organisation
     * id; null for tickets without one) and its count per month of the range.
     */
    public record Row(@Nullable String key, List<Long> counts) {

        public long sum() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }

        public long count(int monthIndex) {
            return counts.get(monthIndex);
        }
    }

    /** The figures under the table for one month (docs/domain.md, "Statistics"). */
    public record MonthIndicators(
            YearMonth month,
            long tickets,
            long firstContact,
            long escalated,
            long withinSla,
            long complaints,
            long backlog,
            @Nullable Integer medianMinutes,
            @Nullable Integer p90Minutes) {

        /** Share of the month's tickets answered without escalation; null for a month without tickets. */
        public @Nullable Double firstContactShare() {
            return tickets == 0 ? null : (double) firstContact / tickets;
        }

        /** Share of the month's escalations answered before their deadline; null without escalations. */
        public @Nullable Double withinSlaShare() {
            return escalated == 0 ? null : (double) withinSla / escalated;
        }
    }
}
