package be.miis.frontdesk.statistics.web;

import be.miis.frontdesk.statistics.Breakdown;
import be.miis.frontdesk.statistics.MonthRange;
import be.miis.frontdesk.statistics.StatisticsFilter;
import be.miis.frontdesk.statistics.StatisticsService;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the manager asked to see, as the query string carries it (so that every view can be bookmarked and shared):
 * period, view and filters. Parsing never fails: a value that does not parse is reported and replaced by its
 * default, so the page always shows figures beside the message.
 */
record StatisticsQuery(
        @Nullable String from,
        @Nullable String to,
        @Nullable String view,
        @Nullable String domain,
        @Nullable String queue,
        @Nullable String channel,
        @Nullable String language,
        @Nullable String region) {

    /** The query resolved against today's month, with the message keys of what had to be replaced. */
    record Resolved(MonthRange range, Breakdown breakdown, StatisticsFilter filter, List<String> problems) {

        /** The same question at another address (an export, the printable report), as a query string. */
        String queryString() {
            UriComponentsBuilder uri = UriComponentsBuilder.newInstance()
                    .queryParam("from", range.from())
                    .queryParam("to", range.to())
                    .queryParam("view", breakdown.name());
            param(uri, "domain", filter.domain());
            param(uri, "queue", filter.queue());
            param(uri, "channel", filter.channel());
            param(uri, "language", filter.language());
            param(uri, "region", filter.region());
            return uri.build().encode().toUriString();
        }

        private static void param(UriComponentsBuilder uri, String name, @Nullable Object value) {
            if (value != null) {
                uri.queryParam(name, value);
            }
        }
    }

    Resolved resolve(YearMonth current) {
        List<String> problems = new ArrayList<>();
        MonthRange fallback = MonthRange.lastTwelve(current);
        YearMonth start = month(from, fallback.from(), problems);
        YearMonth end = month(to, fallback.to(), problems);
        MonthRange range;
        try {
            range = new MonthRange(start, end);
        } catch (MonthRange.InvalidMonthRangeException e) {
            problems.add(e.messageKey());
            range = fallback;
        }
        Breakdown breakdown = Breakdown.CHANNEL;
        if (present(view)) {
            try {
                breakdown = Breakdown.valueOf(view.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("statistics.view.unknown");
            }
        }
        Long queueId = null;
        if (present(queue)) {
            try {
                queueId = Long.valueOf(queue.trim());
            } catch (NumberFormatException e) {
                problems.add("statistics.filter.invalid");
            }
        }
        StatisticsFilter filter = new StatisticsFilter(
                present(domain) ? domain.trim() : null,
                queueId,
                allowed(channel, Set.copyOf(StatisticsService.CHANNELS), problems),
                allowed(
                        language == null ? null : language.toLowerCase(Locale.ROOT),
                        Set.copyOf(StatisticsService.LANGUAGES),
                        problems),
                allowed(region, Set.copyOf(StatisticsService.REGIONS), problems));
        return new Resolved(range, breakdown, filter, List.copyOf(problems));
    }

    private static YearMonth month(@Nullable String value, YearMonth fallback, List<String> problems) {
        if (!present(value)) {
            return fallback;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add("statistics.month.invalid");
            return fallback;
        }
    }

    private static @Nullable String allowed(@Nullable String value, Set<String> allowed, List<String> problems) {
        if (!present(value)) {
            return null;
        }
        if (!allowed.contains(value.trim())) {
            problems.add("statistics.filter.invalid");
            return null;
        }
        return value.trim();
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
