package be.miis.frontdesk.ticket;

import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.SearchText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ticket lists, by keyset on (received_at, id): a page costs the same at row 50 and at row 5 000 000, and
 * never needs a COUNT over the whole table. Every filter combination has an index to start from (see V8).
 *
 * <p>One algorithm: the page, the capped count and the word search's window are all built from the same filter
 * SQL ({@code where}), so they cannot disagree on which tickets a list holds. The two look-ups beside it (an
 * organisation's figures, headlines by reference) are the other read-only SQL of the module's lists.
 */
@Component
class TicketSearch {

    /** Counts stop here: "1000+" is all a person needs to know about a longer list. */
    static final int COUNT_CAP = 1000;

    private static final Pattern REFERENCE = Pattern.compile("(?i)^\\s*cmi-(\\d{4})-(\\d{1,7})\\s*$");
    private static final int MATCHING_PARTIES = 200;

    /**
     * A word search first looks among this many of the newest tickets that pass the other filters (the first page),
     * and {@link #COUNT_WINDOW} for the count. Common words fill a page there at once, while PostgreSQL, which
     * estimates a few hundred matches for two prefixes that have 70 000, would collect and sort them all from the
     * GIN index (0.3 s at a million tickets). Rarer words fall through to the index, a bounded few milliseconds
     * later.
     */
    static final int WINDOW = 2_000;

    static final int COUNT_WINDOW = 20_000;

    private final JdbcClient jdbc;
    private final OrganisationService organisations;
    private final int window;
    private final int countWindow;

    @Autowired
    TicketSearch(JdbcClient jdbc, OrganisationService organisations) {
        this(jdbc, organisations, WINDOW, COUNT_WINDOW);
    }

    TicketSearch(JdbcClient jdbc, OrganisationService organisations, int window, int countWindow) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.window = window;
        this.countWindow = countWindow;
    }

    /** The rows of one page plus one more, which tells whether a next page exists. */
    List<Row> page(TicketQuery query, @Nullable KeysetCursor after, int limit) {
        Sql sql = where(query);
        boolean newestFirst = query.sort() == TicketQuery.Sort.NEWEST;
        if (after != null) {
            sql.where.append(
                    newestFirst
                            ? " and (t.received_at, t.id) < (:afterAt, :afterId)"
                            : " and (t.received_at, t.id) > (:afterAt, :afterId)");
            sql.params.put("afterAt", Timestamp.from(after.at()));
            sql.params.put("afterId", after.id());
        }
        String order = newestFirst ? "t.received_at desc, t.id desc" : "t.received_at, t.id";
        sql.params.put("limit", limit);
        String select = """
                select t.id, t.reference, t.status, t.channel, t.type, t.domain_code, t.language,
                       t.organisation_id, t.contact_id, t.subject, t.received_at, t.created_by, t.assignee,
                       t.escalated
                from %s t where %s order by %s limit :limit
                """;
        if (sql.text != null) {
            // A full page among the newest tickets is the page: every match outside them is older.
            sql.params.put("window", window);
            List<Row> rows = rows(select.formatted(sql.window(order), sql.text, order), sql.params);
            if (rows.size() == limit) {
                return rows;
            }
        }
        return rows(select.formatted("ticket", sql.all(), order), sql.params);
    }

    private List<Row> rows(String select, Map<String, Object> params) {
        return jdbc.sql(select).params(params).query(TicketSearch::row).list();
    }

    /** How many tickets match, counted up to {@link #COUNT_CAP} only. */
    int count(TicketQuery query) {
        return count(query, COUNT_CAP);
    }

    int count(TicketQuery query, int cap) {
        Sql sql = where(query);
        sql.params.put("cap", cap + 1);
        String count = "select count(*) from (select 1 from %s t where %s limit :cap) capped";
        if (sql.text != null) {
            // Past the cap among the newest tickets already: no need to gather every match from the index.
            sql.params.put("window", countWindow);
            int counted = count(count.formatted(sql.window("t.received_at desc, t.id desc"), sql.text), sql.params);
            if (counted > cap) {
                return counted;
            }
        }
        return count(count.formatted("ticket", sql.all()), sql.params);
    }

    private int count(String select, Map<String, Object> params) {
        return jdbc.sql(select).params(params).query(Integer.class).single();
    }

    /** Questions of an organisation received since a moment, by domain and channel (index on organisation, time). */
    List<OrganisationFigures.Row> figures(long organisationId, Instant since) {
        Map<String, Map<Channel, Integer>> byDomain = new TreeMap<>();
        jdbc.sql("""
                        select domain_code, channel, count(*) as n from ticket
                        where organisation_id = :organisation and received_at >= :since
                        group by domain_code, channel
                        """)
                .param("organisation", organisationId)
                .param("since", Timestamp.from(since))
                .query((rs, rowNum) -> byDomain.computeIfAbsent(
                                rs.getString("domain_code"), code -> OrganisationFigures.emptyCounts())
                        .put(Channel.valueOf(rs.getString("channel")), rs.getInt("n")))
                .list();
        return byDomain.entrySet().stream()
                .map(entry -> new OrganisationFigures.Row(entry.getKey(), entry.getValue()))
                .toList();
    }

    private Sql where(TicketQuery query) {
        Sql sql = new Sql();
        switch (query.view()) {
            case MINE -> {
                sql.where.append(" and (t.created_by = :me or t.assignee = :me) and t.status in (:open)");
                sql.params.put("me", query.username() == null ? "" : query.username());
                sql.params.put("open", names(TicketStatus.OPEN.stream().toList()));
            }
            case OPEN -> {
                sql.where.append(" and t.status in (:open)");
                sql.params.put("open", names(TicketStatus.OPEN.stream().toList()));
            }
            case WAITING -> sql.where.append(" and t.status = 'WAITING_FOR_CUSTOMER'");
            case ANSWERED -> sql.where.append(" and t.status = 'ANSWERED'");
            case ALL -> {}
        }
        add(
                sql,
                "t.status = :status",
                "status",
                query.status() == null ? null : query.status().name());
        add(
                sql,
                "t.channel = :channel",
                "channel",
                query.channel() == null ? null : query.channel().name());
        add(
                sql,
                "t.type = :type",
                "type",
                query.type() == null ? null : query.type().name());
        add(sql, "t.domain_code = :domain", "domain", blankToNull(query.domainCode()));
        add(sql, "t.organisation_id = :organisation", "organisation", query.organisationId());
        add(sql, "t.contact_id = :contact", "contact", query.contactId());
        add(
                sql,
                "t.language = :language",
                "language",
                query.language() == null ? null : query.language().code());
        if (query.from() != null) {
            add(
                    sql,
                    "t.received_at >= :from",
                    "from",
                    Timestamp.from(query.from().atStartOfDay(BusinessTime.ZONE).toInstant()));
        }
        if (query.to() != null) {
            add(
                    sql,
                    "t.received_at < :to",
                    "to",
                    Timestamp.from(query.to()
                            .plusDays(1)
                            .atStartOfDay(BusinessTime.ZONE)
                            .toInstant()));
        }
        String text = blankToNull(query.text());
        if (text != null) {
            addText(sql, text);
        }
        return sql;
    }

    /**
     * A reference as people type it ("cmi-2026-123", any case, with or without the leading zeros) in its stored
     * form "CMI-2026-000123", or null when the text is no reference.
     */
    static @Nullable String reference(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        return TicketReferences.format(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    private void addText(Sql sql, String text) {
        String reference = reference(text);
        if (reference != null) {
            add(sql, "t.reference = :reference", "reference", reference);
            return;
        }
        List<String> words = List.of(SearchText.normalise(text).split(" ")).stream()
                .filter(word -> !word.isEmpty())
                .toList();
        if (words.isEmpty()) {
            return;
        }
        // Prefix search on every word, as the agent types: "leeflo" finds "leefloon".
        List<String> alternatives = new ArrayList<>();
        alternatives.add("t.search_vector @@ to_tsquery('simple', :words)");
        sql.params.put("words", words.stream().map(word -> word + ":*").collect(Collectors.joining(" & ")));
        List<Long> organisationIds = organisations.findOrganisationIds(text, MATCHING_PARTIES);
        if (!organisationIds.isEmpty()) {
            alternatives.add("t.organisation_id in (:textOrganisations)");
            sql.params.put("textOrganisations", organisationIds);
        }
        List<Long> contactIds = organisations.findContactIds(text, MATCHING_PARTIES);
        if (!contactIds.isEmpty()) {
            alternatives.add("t.contact_id in (:textContacts)");
            sql.params.put("textContacts", contactIds);
        }
        sql.text = "(" + String.join(" or ", alternatives) + ")";
    }

    private static void add(Sql sql, String condition, String name, @Nullable Object value) {
        if (value != null) {
            sql.where.append(" and ").append(condition);
            sql.params.put(name, value);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> names(List<TicketStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        long organisationId = rs.getLong("organisation_id");
        Long organisation = rs.wasNull() ? null : organisationId;
        long contactId = rs.getLong("contact_id");
        Long contact = rs.wasNull() ? null : contactId;
        return new Row(
                rs.getLong("id"),
                rs.getString("reference"),
                TicketStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")),
                TicketType.valueOf(rs.getString("type")),
                rs.getString("domain_code"),
                ContentLanguage.fromCode(rs.getString("language")).orElseThrow(),
                organisation,
                contact,
                rs.getString("subject"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("created_by"),
                rs.getString("assignee"),
                rs.getBoolean("escalated"));
    }

    /** Subject, status, type and language of tickets by reference: one query on the reference index. */
    Map<String, TicketHeadline> headlines(Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select reference, subject, status, type, language from ticket where reference in (:refs)")
                .param("refs", references)
                .query((rs, n) -> new TicketHeadline(
                        rs.getString("reference"),
                        rs.getString("subject"),
                        TicketStatus.valueOf(rs.getString("status")),
                        TicketType.valueOf(rs.getString("type")),
                        ContentLanguage.fromCode(rs.getString("language")).orElseThrow()))
                .list()
                .stream()
                .collect(Collectors.toMap(TicketHeadline::reference, h -> h));
    }

    record Row(
            long id,
            String reference,
            TicketStatus status,
            Channel channel,
            TicketType type,
            String domainCode,
            ContentLanguage language,
            @Nullable Long organisationId,
            @Nullable Long contactId,
            String subject,
            Instant receivedAt,
            String createdBy,
            @Nullable String assignee,
            boolean escalated) {}

    private static final class Sql {
        final StringBuilder where = new StringBuilder("true");
        final Map<String, Object> params = new HashMap<>();

        /** The words' condition (words, organisations or contacts by name), apart from the other filters. */
        @Nullable
        String text;

        String all() {
            return text == null ? where.toString() : where + " and " + text;
        }

        /** The first {@code :window} tickets in this order that pass every filter but the words. */
        String window(String order) {
            return "(select * from ticket t where " + where + " order by " + order + " limit :window)";
        }
    }
}
