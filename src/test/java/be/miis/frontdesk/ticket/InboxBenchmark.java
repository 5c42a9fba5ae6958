package be.miis.frontdesk.ticket;

import be.miis.frontdesk.identity.CreateUser;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.test.BenchmarkApplication;
import be.miis.frontdesk.test.GeneratedTickets;
import be.miis.frontdesk.test.WebSession;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agent's inbox and the backoffice queue at 1 million tickets (docs/domain.md, Budgets: page p95 ≤ 100 ms),
 * and ticket creation through {@link TicketService#open} (≥ 250 per second), each beside a baseline of the same run.
 *
 * <p>Generates five years of tickets set-based on a fresh embedded PostgreSQL (580 organisations with two contacts
 * each, five agents, four experts, the last month's tickets still partly open and escalated, the older ones
 * answered or closed), then signs in over HTTP and times the real pages: every inbox tab, two filters, three
 * searches and "load more" ten pages deep, the queue of a lead and an expert's own escalations. Beside each page,
 * the same rows as OFFSET paging with a COUNT(*) would fetch them (plain SQL, at the same depth), and the keyset
 * query and capped count the page itself runs (through the service, without HTTP and rendering). Then it creates
 * tickets through the service with 1, 2, 4 and 8 threads, beside plain single-row inserts. Writes
 * {@code target/benchmarks/inbox.md}.
 *
 * <p>A program, run by {@code ./mvnw -Pbenchmark verify}; alone: {@code ./mvnw -Pbenchmark test-compile
 * exec:java@inbox-benchmark}. {@code -Dbenchmark.tickets=…}, {@code -Dbenchmark.rounds=…} and
 * {@code -Dbenchmark.creations=…} change the sizes, {@code -Dbenchmark.pause=s} keeps the database up for psql,
 * {@code -Dbenchmark.explain=ms} logs slow plans (see {@link BenchmarkApplication#database}).
 */
public final class InboxBenchmark {

    private static final int TICKETS = Integer.getInteger("benchmark.tickets", 1_000_000);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 30);
    private static final int WARM_UP_ROUNDS = 5;
    private static final int CREATIONS = Integer.getInteger("benchmark.creations", 2_000);
    private static final int[] THREADS = {1, 2, 4, 8};
    private static final int BATCH = 250_000;
    private static final int PAGE = 50;
    /** "Load more" goes to page 10: 450 rows below the first page. */
    private static final int DEPTH = 10;

    private static final int YEARS = 5;
    private static final int AGENTS = 5;
    private static final int EXPERTS = 4;
    private static final long FIRST_CONTACT = 1_000_000;
    private static final Path OUTPUT = Path.of("target/benchmarks");
    private static final Pattern MORE = Pattern.compile("[?&;]after=([0-9.\\-]+)");
    private static final String OPEN = "('NEW', 'ESCALATED', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER')";

    private final TicketService tickets;
    private final IdentityService users;
    private final JdbcClient jdbc;
    private final int port;
    private final StringBuilder report = new StringBuilder();

    InboxBenchmark(TicketService tickets, IdentityService users, JdbcClient jdbc, int port) {
        this.tickets = tickets;
        this.users = users;
        this.jdbc = jdbc;
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUTPUT);
        // Buffers as on a database server for this size (tickets and their indexes stay in memory); commits stay
        // synchronous, as in production, since creation is measured.
        try (BenchmarkApplication app = BenchmarkApplication.start(BenchmarkApplication.database(
                Map.of("shared_buffers", "1GB", "work_mem", "16MB", "max_wal_size", "4GB"), OUTPUT))) {
            new InboxBenchmark(
                            app.bean(TicketService.class),
                            app.bean(IdentityService.class),
                            app.bean(JdbcClient.class),
                            app.port())
                    .run();
            app.pauseIfAsked();
        }
    }

    void run() throws Exception {
        String loadBefore = loadAverage();
        long t0 = System.nanoTime();
        generate();
        double generation = (System.nanoTime() - t0) / 1e9;
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String view : List.of("NEW", "ESCALATED", "IN_PROGRESS", "WAITING_FOR_CUSTOMER", "ANSWERED", "CLOSED")) {
            counts.put(
                    view,
                    jdbc.sql("select count(*) from ticket where status = :s")
                            .param("s", view)
                            .query(Long.class)
                            .single());
        }
        long openEscalations = jdbc.sql("select count(*) from escalation where answered_at is null")
                .query(Long.class)
                .single();

        line("## Agent inbox and backoffice queue at %,d tickets".formatted(TICKETS));
        line("");
        line(("Generated in %.0f s: %d years of tickets (%s), %,d open escalations; %d organisations with two contacts "
                        + "each, %d agents, %d experts. Each page %d times after %d warm-up rounds, over HTTP on "
                        + "localhost with a signed-in session (client-side wall time: request sent to last byte).")
                .formatted(
                        generation,
                        YEARS,
                        String.join(
                                ", ",
                                counts.entrySet().stream()
                                        .map(e -> "%,d %s".formatted(e.getValue(), e.getKey()))
                                        .toList()),
                        openEscalations,
                        GeneratedTickets.ORGANISATIONS,
                        AGENTS,
                        EXPERTS,
                        ROUNDS,
                        WARM_UP_ROUNDS));
        line("");
        pages();
        creation();
        line("");
        line("Machine: %d cores, load average %s before and %s after; %s (shared_buffers %s); Java %s."
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        loadBefore,
                        loadAverage(),
                        jdbc.sql("select version()")
                                .query(String.class)
                                .single()
                                .replaceAll(" on .*", ""),
                        jdbc.sql("show shared_buffers").query(String.class).single(),
                        System.getProperty("java.version")));
        Files.writeString(OUTPUT.resolve("inbox.md"), report);
        System.out.println(report);
    }

    // --- data ---------------------------------------------------------------------------------------------------

    private void generate() {
        for (int i = 1; i <= AGENTS; i++) {
            user("agent" + i, Role.AGENT);
        }
        for (int i = 1; i <= EXPERTS; i++) {
            user("expert" + i, Role.EXPERT);
        }
        GeneratedTickets.organisations(jdbc);
        // Two contacts per organisation with ids the tickets can compute: FIRST_CONTACT + 2 × organisation + 0|1.
        jdbc.sql("""
                insert into contact (id, organisation_id, first_name, last_name, preferred_language, search_text,
                                     created_at, updated_at)
                select :first + (o.id - m.id) * 2 + k, o.id, f.name, l.name, 'nl',
                       lower(f.name || ' ' || l.name), now(), now()
                from organisation o cross join (select min(id) as id from organisation) m
                cross join generate_series(0, 1) k
                cross join lateral (select (array['An', 'Luc', 'Marie', 'Jean', 'Sofie', 'Ahmed'])[1 + (o.id * 2 + k) % 6] as name) f
                cross join lateral (select (array['Peeters', 'Janssens', 'Dubois', 'Lambert', 'Maes', 'Willems', 'Dupont'])[1 + (o.id + k) % 7] as name) l
                """).param("first", FIRST_CONTACT).update();
        jdbc.sql("select setval(pg_get_serial_sequence('contact', 'id'), :next)")
                .param("next", FIRST_CONTACT * 2)
                .query(Long.class)
                .single();

        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        LocalDate start = today.minusYears(YEARS);
        long days = ChronoUnit.DAYS.between(start, today);
        // Ticket ids follow the time of receipt, as they do when tickets are logged as they come in.
        String receivedAt = ("timestamptz '%s 07:00+00' + ((n - 1)::bigint * %d / %d) * interval '1 day'"
                        + " + (n::bigint * 7919 %% 600) * interval '1 minute'")
                .formatted(start, days, TICKETS);
        // The last month is still being worked on; before that, almost everything is answered or closed. Row
        // numbers that are multiples of 5 are escalated (GeneratedTickets), so they never draw NEW.
        String status = """
                case when received_at > now() - interval '30 days' then
                       (array['ESCALATED', 'NEW', 'ANSWERED', 'CLOSED', 'WAITING_FOR_CUSTOMER', 'IN_PROGRESS', 'NEW',
                              'ANSWERED', 'CLOSED', 'WAITING_FOR_CUSTOMER', 'ANSWERED', 'ESCALATED', 'CLOSED',
                              'IN_PROGRESS', 'CLOSED', 'CLOSED', 'NEW', 'ANSWERED', 'CLOSED', 'ESCALATED'])[1 + n * 7 % 20]
                     when n % 1000 = 0 then 'IN_PROGRESS'
                     when n % 1000 = 501 then 'NEW'
                     when n % 4 = 0 then 'ANSWERED'
                     else 'CLOSED' end
                """;
        // The expert who took an escalated ticket keeps it, answered or not.
        String assignee = """
                case when status in ('IN_PROGRESS', 'WAITING_FOR_CUSTOMER')
                          or (n % 5 = 0 and status in ('ANSWERED', 'CLOSED'))
                     then 'expert' || (1 + n / 5 % """ + EXPERTS + ") end";
        GeneratedTickets.Spread spread = new GeneratedTickets.Spread(
                receivedAt,
                status,
                "'agent' || (1 + n / 7 % " + AGENTS + ")",
                assignee,
                "case when n %% 2 = 0 then %d + (n %% %d) * 2 + (n / 2 %% 2) end"
                        .formatted(FIRST_CONTACT, GeneratedTickets.ORGANISATIONS));
        // The word index is built once at the end: maintaining it row by row is the slowest part of the inserts.
        jdbc.sql("drop index ticket_search_idx").update();
        for (int from = 1; from <= TICKETS; from += BATCH) {
            int to = Math.min(TICKETS, from + BATCH - 1);
            jdbc.sql(GeneratedTickets.insert("B", from, to, spread)).update();
            System.out.printf("  %,d tickets%n", to);
        }
        // The conversation's first message, as the application writes it with every ticket.
        jdbc.sql("""
                insert into ticket_entry (ticket_id, kind, channel, body, author, created_at)
                select id, 'INCOMING', channel, description, created_by, received_at from ticket
                """).update();
        jdbc.sql("create index ticket_search_idx on ticket using gin (search_vector)")
                .update();
        GeneratedTickets.escalations(jdbc);
        // expert1 leads the RMI queue (a lead's queue page adds the workload per expert); all experts work in it.
        jdbc.sql("update escalation_queue set lead_username = 'expert1' where code = 'RMI'")
                .update();
        jdbc.sql("""
                insert into escalation_queue_member (queue_id, username)
                select q.id, 'expert' || e from escalation_queue q cross join generate_series(1, :experts) e
                where q.code = 'RMI'
                """).param("experts", EXPERTS).update();
        jdbc.sql("vacuum analyze").update();
    }

    private void user(String username, Role role) {
        users.create(
                new CreateUser(username, "Bench " + username, null, "demo", Language.NL, EnumSet.of(role)), "bench");
    }

    // --- pages --------------------------------------------------------------------------------------------------

    /** One page as the user asks for it; {@code deep} follows "load more" to page {@link #DEPTH}. */
    private record Case(String name, String path, TicketQuery query, String baselineFrom, boolean deep) {}

    private void pages() throws Exception {
        long organisation = jdbc.sql("select min(id) + 17 from organisation")
                .query(Long.class)
                .single();
        String me = "agent1";
        TicketQuery base = TicketQuery.view(TicketQuery.View.ALL, me);
        List<Case> cases = List.of(
                new Case(
                        "mine",
                        "view=MINE",
                        TicketQuery.view(TicketQuery.View.MINE, me),
                        "ticket t where (t.created_by = 'agent1' or t.assignee = 'agent1') and t.status in " + OPEN,
                        false),
                new Case(
                        "open",
                        "view=OPEN",
                        TicketQuery.view(TicketQuery.View.OPEN, me),
                        "ticket t where t.status in " + OPEN,
                        true),
                new Case(
                        "waiting",
                        "view=WAITING",
                        TicketQuery.view(TicketQuery.View.WAITING, me),
                        "ticket t where t.status = 'WAITING_FOR_CUSTOMER'",
                        false),
                new Case(
                        "answered",
                        "view=ANSWERED",
                        TicketQuery.view(TicketQuery.View.ANSWERED, me),
                        "ticket t where t.status = 'ANSWERED'",
                        false),
                new Case("all", "view=ALL", base, "ticket t where true", true),
                new Case(
                        "all, phone + RMI",
                        "view=ALL&channel=PHONE&domain=RMI",
                        with(base, Channel.PHONE, "RMI", null, null),
                        "ticket t where t.channel = 'PHONE' and t.domain_code = 'RMI'",
                        true),
                new Case(
                        "all, one organisation",
                        "view=ALL&organisation=" + organisation,
                        with(base, null, null, organisation, null),
                        "ticket t where t.organisation_id = " + organisation,
                        false),
                new Case(
                        "all, words \"stookolie\"",
                        "view=ALL&q=stookolie",
                        with(base, null, null, null, "stookolie"),
                        "ticket t where t.search_vector @@ to_tsquery('simple', 'stookolie:*')",
                        true),
                new Case(
                        "all, words \"leefloon student\"",
                        "view=ALL&q=" + encode("leefloon student"),
                        with(base, null, null, null, "leefloon student"),
                        "ticket t where t.search_vector @@ to_tsquery('simple', 'leefloon:* & student:*')",
                        false),
                new Case(
                        "all, words \"OCMW 17\" (organisations)",
                        "view=ALL&q=" + encode("OCMW 17"),
                        with(base, null, null, null, "OCMW 17"),
                        "ticket t where (t.search_vector @@ to_tsquery('simple', 'ocmw:* & 17:*')"
                                + " or t.organisation_id in (select id from organisation"
                                + " where search_text like '%ocmw%' and search_text like '%17%'))",
                        false));

        WebSession agent = new WebSession(port).login(me);
        Map<String, List<Double>> http = new LinkedHashMap<>();
        Map<String, List<Double>> service = new LinkedHashMap<>();
        Map<String, List<Double>> baseline = new LinkedHashMap<>();
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            boolean measured = round >= WARM_UP_ROUNDS;
            for (Case c : cases) {
                inboxChain(agent, c, measured ? http : null);
                serviceChain(c, measured ? service : null);
                baselineChain(c, measured ? baseline : null);
            }
        }

        line("### Inbox `/frontdesk/inbox` (agent1), %,d tickets".formatted(TICKETS));
        line("");
        line("Page = the whole page over HTTP (first page: full HTML with the count; \"load more\": the htmx rows "
                + "fragment). Service = `TicketService.find` + `count` in the same JVM (keyset, count capped at 1 000), "
                + "no HTTP or rendering. Baseline = `ORDER BY received_at DESC, id DESC LIMIT 51 OFFSET k` plus "
                + "`COUNT(*)` of the same rows, plain SQL, at the same depth.");
        line("");
        line("| page | matches | page p50 | page p95 | page max | service p95 | baseline p50 | baseline p95 |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
        List<Double> allPages = new ArrayList<>();
        List<Double> firstPages = new ArrayList<>();
        List<Double> morePages = new ArrayList<>();
        List<Double> allBaseline = new ArrayList<>();
        for (Case c : cases) {
            long matches = jdbc.sql("select count(*) from " + c.baselineFrom())
                    .query(Long.class)
                    .single();
            for (String key : List.of(c.name(), c.name() + ", load more pages 2–" + DEPTH)) {
                if (!http.containsKey(key)) {
                    continue;
                }
                line("| %s | %,d | %s | %s | %s | %s | %s | %s |"
                        .formatted(
                                key,
                                matches,
                                ms(percentile(http.get(key), 50)),
                                ms(percentile(http.get(key), 95)),
                                ms(percentile(http.get(key), 100)),
                                ms(percentile(service.get(key), 95)),
                                ms(percentile(baseline.get(key), 50)),
                                ms(percentile(baseline.get(key), 95))));
                allPages.addAll(http.get(key));
                (key.equals(c.name()) ? firstPages : morePages).addAll(http.get(key));
                allBaseline.addAll(baseline.get(key));
            }
        }
        line("| **every inbox request** | | %s | **%s** | %s | | %s | %s |"
                .formatted(
                        ms(percentile(allPages, 50)),
                        ms(percentile(allPages, 95)),
                        ms(percentile(allPages, 100)),
                        ms(percentile(allBaseline, 50)),
                        ms(percentile(allBaseline, 95))));
        line("");
        line("First pages p95 %s, \"load more\" p95 %s; %,d requests timed."
                .formatted(ms(percentile(firstPages, 95)), ms(percentile(morePages, 95)), allPages.size()));
        line("");
        queues();
    }

    private static TicketQuery with(
            TicketQuery q,
            @Nullable Channel channel,
            @Nullable String domain,
            @Nullable Long organisation,
            @Nullable String text) {
        return new TicketQuery(
                q.view(),
                q.username(),
                q.status(),
                channel,
                q.type(),
                domain,
                organisation,
                q.contactId(),
                q.language(),
                q.from(),
                q.to(),
                text,
                q.sort());
    }

    /** The first page as a browser asks for it, then "load more" as htmx does, each timed. */
    private void inboxChain(WebSession session, Case c, @Nullable Map<String, List<Double>> into) throws Exception {
        String first = "/frontdesk/inbox?" + c.path();
        String cursor = timedGet(session, first, c.name(), into, false);
        if (!c.deep()) {
            return;
        }
        for (int page = 2; page <= DEPTH; page++) {
            if (cursor == null) {
                throw new IllegalStateException(c.name() + ": no \"load more\" on page " + (page - 1));
            }
            cursor = timedGet(
                    session, first + "&after=" + cursor, c.name() + ", load more pages 2–" + DEPTH, into, true);
        }
    }

    /** Times one GET and returns the cursor of its "load more" button, if it has one. */
    private static @Nullable String timedGet(
            WebSession session, String path, String key, @Nullable Map<String, List<Double>> into, boolean htmx)
            throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = htmx ? session.get(path, "HX-Request", "true") : session.get(path);
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200 || response.body().contains("name=\"username\"")) {
            throw new IllegalStateException(path + ": HTTP " + response.statusCode());
        }
        if (into != null) {
            into.computeIfAbsent(key, k -> new ArrayList<>()).add(ms);
        }
        Matcher more = MORE.matcher(response.body());
        return more.find() ? more.group(1) : null;
    }

    private void serviceChain(Case c, @Nullable Map<String, List<Double>> into) {
        long start = System.nanoTime();
        PagedResult<TicketSummary> page = tickets.find(c.query(), null, PAGE);
        tickets.count(c.query());
        record(into, c.name(), start);
        if (c.deep()) {
            for (int p = 2; p <= DEPTH; p++) {
                start = System.nanoTime();
                page = tickets.find(c.query(), page.nextCursor(), PAGE);
                record(into, c.name() + ", load more pages 2–" + DEPTH, start);
            }
        }
    }

    /** What OFFSET paging does for the same page: skip the rows above it, and count every match again. */
    private void baselineChain(Case c, @Nullable Map<String, List<Double>> into) {
        for (int p = 1; p <= (c.deep() ? DEPTH : 1); p++) {
            long start = System.nanoTime();
            jdbc.sql("""
                            select t.id, t.reference, t.status, t.channel, t.type, t.domain_code, t.language,
                                   t.organisation_id, t.contact_id, t.subject, t.received_at, t.created_by,
                                   t.assignee, t.escalated
                            from %s order by t.received_at desc, t.id desc limit %d offset %d
                            """.formatted(c.baselineFrom(), PAGE + 1, (p - 1) * PAGE))
                    .query()
                    .listOfRows();
            jdbc.sql("select count(*) from " + c.baselineFrom())
                    .query(Long.class)
                    .single();
            record(into, p == 1 ? c.name() : c.name() + ", load more pages 2–" + DEPTH, start);
        }
    }

    private static void record(@Nullable Map<String, List<Double>> into, String key, long start) {
        double ms = (System.nanoTime() - start) / 1e6;
        if (into != null) {
            into.computeIfAbsent(key, k -> new ArrayList<>()).add(ms);
        }
    }

    /** The RMI queue as its lead sees it (with the workload per expert) and an expert's own escalations. */
    private void queues() throws Exception {
        long queue = jdbc.sql("select id from escalation_queue where code = 'RMI'")
                .query(Long.class)
                .single();
        long open = jdbc.sql("select count(*) from escalation where queue_id = :q and answered_at is null")
                .param("q", queue)
                .query(Long.class)
                .single();
        long mine = jdbc.sql("select count(*) from escalation where assignee = 'expert2' and answered_at is null")
                .query(Long.class)
                .single();
        WebSession lead = new WebSession(port).login("expert1");
        WebSession expert = new WebSession(port).login("expert2");
        String queueFrom =
                "escalation e where e.queue_id = " + queue + " and e.answered_at is null and e.returned_at is null";
        String mineFrom = "escalation e where e.assignee = 'expert2' and e.answered_at is null";
        Map<String, List<Double>> http = new LinkedHashMap<>();
        Map<String, List<Double>> baseline = new LinkedHashMap<>();
        String queueName = "queue RMI (lead)";
        String queueMore = "queue RMI, load more pages 2–" + DEPTH;
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            Map<String, List<Double>> into = round >= WARM_UP_ROUNDS ? http : null;
            String path = "/backoffice/queues/" + queue;
            String cursor = timedGet(lead, path, queueName, into, false);
            for (int page = 2; page <= DEPTH && cursor != null; page++) {
                cursor = timedGet(lead, path + "?after=" + cursor, queueMore, into, true);
            }
            timedGet(expert, "/backoffice/mine", "my escalations (expert2)", into, false);
            Map<String, List<Double>> base = round >= WARM_UP_ROUNDS ? baseline : null;
            for (int page = 1; page <= DEPTH; page++) {
                queueBaseline(queueFrom, page, page == 1 ? queueName : queueMore, base);
            }
            queueBaseline(mineFrom, 1, "my escalations (expert2)", base);
        }
        line("### Backoffice queue `/backoffice/queues/{id}` and `/backoffice/mine`");
        line("");
        line(
                ("RMI queue: %,d open escalations; expert2 holds %,d. Baseline = `ORDER BY deadline, id LIMIT 51 OFFSET k` "
                                + "plus `COUNT(*)`, plain SQL.")
                        .formatted(open, mine));
        line("");
        line("| page | page p50 | page p95 | page max | baseline p50 | baseline p95 |");
        line("|---|---:|---:|---:|---:|---:|");
        List<Double> all = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : http.entrySet()) {
            line("| %s | %s | %s | %s | %s | %s |"
                    .formatted(
                            e.getKey(),
                            ms(percentile(e.getValue(), 50)),
                            ms(percentile(e.getValue(), 95)),
                            ms(percentile(e.getValue(), 100)),
                            ms(percentile(baseline.get(e.getKey()), 50)),
                            ms(percentile(baseline.get(e.getKey()), 95))));
            all.addAll(e.getValue());
        }
        line("| **every queue request** | %s | **%s** | %s | | |"
                .formatted(ms(percentile(all, 50)), ms(percentile(all, 95)), ms(percentile(all, 100))));
        line("");
    }

    private void queueBaseline(String from, int page, String key, @Nullable Map<String, List<Double>> into) {
        long start = System.nanoTime();
        jdbc.sql("select e.* from %s order by e.deadline, e.id limit %d offset %d"
                        .formatted(from, PAGE + 1, (page - 1) * PAGE))
                .query()
                .listOfRows();
        jdbc.sql("select count(*) from " + from).query(Long.class).single();
        record(into, key, start);
    }

    // --- creation -----------------------------------------------------------------------------------------------

    private void creation() throws Exception {
        long organisation =
                jdbc.sql("select min(id) from organisation").query(Long.class).single();
        AtomicInteger sequence = new AtomicInteger();
        // Seven in ten answered at once (the quick log), two left open, one escalated to its domain's queue.
        IntConsumer open = i -> {
            int n = sequence.incrementAndGet();
            int o = n % GeneratedTickets.ORGANISATIONS;
            OpenTicket.Outcome outcome =
                    switch (n % 10) {
                        case 0 -> OpenTicket.Outcome.ESCALATED;
                        case 1, 2 -> OpenTicket.Outcome.OPEN;
                        default -> OpenTicket.Outcome.ANSWERED;
                    };
            tickets.open(
                    new OpenTicket(
                            Channel.values()[n % Channel.values().length],
                            TicketType.QUESTION,
                            List.of("RMI", "SOCIAL_AID", "HEATING_FUND", "ESF", "OTHER")
                                    .get(n % 5),
                            n % 2 == 0 ? ContentLanguage.NL : ContentLanguage.FR,
                            organisation + o,
                            FIRST_CONTACT + o * 2L + n % 2,
                            "",
                            "Vraag " + n + " over het leefloon van een student en de terugvordering",
                            null,
                            180,
                            outcome,
                            outcome == OpenTicket.Outcome.ANSWERED ? "Zie omzendbrief, punt 3." : null),
                    "agent" + (1 + n % AGENTS));
        };
        AtomicInteger plain = new AtomicInteger();
        IntConsumer insert = i -> jdbc.sql("""
                        insert into ticket (reference, channel, type, domain_code, language, organisation_id, subject,
                                            description, status, received_at, created_by, created_at, updated_at)
                        values (:reference, 'PHONE', 'QUESTION', 'RMI', 'nl', :organisation, 'Vraag', 'Vraag', 'NEW',
                                now(), 'agent1', now(), now())
                        """)
                .param("reference", "J%014d".formatted(plain.incrementAndGet()))
                .param("organisation", organisation)
                .update();

        long ticketsBefore =
                jdbc.sql("select count(*) from ticket").query(Long.class).single();
        timedCreations(open, 2, 300); // warm-up: JIT, connection pool, statement caches
        line("### Ticket creation");
        line("");
        line(("`TicketService.open` (reference from the per-year counter, the ticket and its first message, the answer "
                        + "or the escalation with its deadline, events, one transaction each; seven in ten answered, two "
                        + "open, one escalated), %,d tickets per thread count after 300 for warm-up, beside a plain "
                        + "single-row `INSERT` into ticket per ticket (autocommit, no reference counter, no message). "
                        + "synchronous_commit on.")
                .formatted(CREATIONS));
        line("");
        line("| threads | service tickets/s | service p50 | service p95 | plain INSERT rows/s | plain p95 |");
        line("|---:|---:|---:|---:|---:|---:|");
        for (int threads : THREADS) {
            Timed service = timedCreations(open, threads, CREATIONS);
            Timed baseline = timedCreations(insert, threads, CREATIONS);
            line("| %d | %,.0f | %s | %s | %,.0f | %s |"
                    .formatted(
                            threads,
                            service.perSecond(),
                            ms(percentile(service.latencies(), 50)),
                            ms(percentile(service.latencies(), 95)),
                            baseline.perSecond(),
                            ms(percentile(baseline.latencies(), 95))));
        }
        int created = sequence.get();
        long ticketsAfter =
                jdbc.sql("select count(*) from ticket").query(Long.class).single();
        long expected = ticketsBefore + created + plain.get();
        long escalated = jdbc.sql("select count(*) from escalation e join ticket t on t.id = e.ticket_id"
                        + " where t.reference like 'CMI-%'")
                .query(Long.class)
                .single();
        if (ticketsAfter != expected || escalated != created / 10) {
            throw new IllegalStateException("created %d (%d escalated), expected %d (%d)"
                    .formatted(ticketsAfter, escalated, expected, created / 10));
        }
    }

    private record Timed(double perSecond, List<Double> latencies) {}

    /** {@code count} calls spread over {@code threads} threads, each taking the next until all are done. */
    private static Timed timedCreations(IntConsumer action, int threads, int count) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long s = System.nanoTime();
                        action.accept(i);
                        latencies.add((System.nanoTime() - s) / 1e6);
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Timed(count / seconds, new ArrayList<>(latencies));
        } finally {
            pool.shutdown();
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(sorted.size() * percent / 100.0) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String ms(double value) {
        return "%.1f ms".formatted(value);
    }

    private static String loadAverage() {
        return "%.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
