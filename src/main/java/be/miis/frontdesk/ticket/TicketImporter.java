package be.miis.frontdesk.ticket;

import be.miis.frontdesk.identity.AuditAction;
import be.miis.frontdesk.identity.AuditLog;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.DomainView;
import be.miis.frontdesk.shared.ImportProblem;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the ticket history of the previous CRM from a CSV file in two passes over the file, never holding it in
 * memory: the first checks every line (and writes nothing), the second inserts the valid lines in batches, each
 * batch one set-based statement in its own transaction. When a line is bad and skipping was not asked for, the
 * second pass does not run: nothing is imported. A reference that is already in the database is left as it is, so
 * importing a file again adds nothing twice.
 */
@Component
class TicketImporter {

    static final int BATCH = 5_000;

    private static final Logger log = LoggerFactory.getLogger(TicketImporter.class);
    private static final Pattern OWN_REFERENCE = Pattern.compile("CMI-(\\d{4})-(\\d{1,7})");

    private final TicketImportJobs jobs;
    private final OrganisationService organisations;
    private final DomainCatalogue domains;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final TaskExecutor executor;
    private final AuditLog audit;
    private final Clock clock;

    TicketImporter(
            TicketImportJobs jobs,
            OrganisationService organisations,
            DomainCatalogue domains,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            MessageSource messages,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            AuditLog audit,
            Clock clock) {
        this.jobs = jobs;
        this.organisations = organisations;
        this.domains = domains;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.messages = messages;
        this.executor = executor;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers the import and runs it, in the background or before returning; the file is deleted afterwards. */
    long start(String fileName, Path file, boolean skipInvalid, String actor, boolean background) {
        long id = jobs.create(fileName, skipInvalid, actor, clock.instant());
        if (background) {
            executor.execute(() -> run(id, file, skipInvalid, actor));
        } else {
            run(id, file, skipInvalid, actor);
        }
        return id;
    }

    void run(long id, Path file, boolean skipInvalid, String actor) {
        Check check = new Check();
        try {
            Instant now = clock.instant();
            Set<String> domainCodes =
                    domains.findAll().stream().map(DomainView::code).collect(Collectors.toSet());
            Map<String, OrganisationSummary> byNis = new HashMap<>();
            Set<String> nisLookedUp = new HashSet<>();
            long size = Math.max(1, Files.size(file));

            TicketImportParser checker = new TicketImportParser(domainCodes, now);
            try (CountingStream in = new CountingStream(Files.newInputStream(file))) {
                readInBatches(in, rows -> {
                    resolveOrganisations(rows, byNis, nisLookedUp);
                    for (TicketCsv.Row row : rows) {
                        check.add(row, checker.parse(row, byNis));
                    }
                    int percent = (int) (in.count * (skipInvalid || check.rejected == 0 ? 50 : 100) / size);
                    jobs.progress(id, TicketImportReport.Phase.CHECKING, percent, check.lines, 0);
                });
            }
            if (check.rejected > 0 && !skipInvalid) {
                jobs.finish(id, TicketImportStatus.REFUSED, 0, 0, check.rejected, check.problems, clock.instant());
                return;
            }

            raiseCounters(check.highestOwnNumbers);
            jobs.progress(id, TicketImportReport.Phase.IMPORTING, 50, 0, check.valid);
            Map<ContentLanguage, String> subjects = defaultSubjects();
            TicketImportParser parser = new TicketImportParser(domainCodes, now);
            int[] done = new int[3]; // processed, imported, unchanged
            try (InputStream in = Files.newInputStream(file)) {
                readInBatches(in, rows -> {
                    List<TicketImportLine> valid = new ArrayList<>(rows.size());
                    for (TicketCsv.Row row : rows) {
                        TicketImportLine line = parser.parse(row, byNis).line();
                        if (line != null) {
                            valid.add(line);
                        }
                    }
                    int inserted = insert(valid, subjects, actor, clock.instant());
                    done[0] += valid.size();
                    done[1] += inserted;
                    done[2] += valid.size() - inserted;
                    jobs.progress(
                            id,
                            TicketImportReport.Phase.IMPORTING,
                            50 + (int) (50L * done[0] / Math.max(1, check.valid)),
                            done[0],
                            check.valid);
                });
            }
            jobs.finish(id, TicketImportStatus.DONE, done[1], done[2], check.rejected, check.problems, clock.instant());
            // Tickets hold personal data: who brought which of them in stays on the audit trail.
            audit.record(
                    actor,
                    AuditAction.IMPORTED,
                    "ticket-import",
                    Long.toString(id),
                    "imported %d, unchanged %d, rejected %d".formatted(done[1], done[2], check.rejected));
        } catch (TicketImportFileException e) {
            jobs.finish(id, TicketImportStatus.FAILED, 0, 0, 0, e.problems(), clock.instant());
        } catch (IOException | RuntimeException e) {
            log.error("Ticket import {} failed", id, e);
            jobs.finish(
                    id,
                    TicketImportStatus.FAILED,
                    0,
                    0,
                    check.rejected,
                    List.of(new ImportProblem(0, "file", "ticket.import.file.failed", null)),
                    clock.instant());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}", file, e);
            }
        }
    }

    /** What the first pass found: counts, the problems (up to the report's limit), the highest own references. */
    private static final class Check {
        int lines;
        int valid;
        int rejected;
        final List<ImportProblem> problems = new ArrayList<>();
        final Map<Integer, Integer> highestOwnNumbers = new TreeMap<>();

        void add(TicketCsv.Row row, TicketImportParser.Result result) {
            lines++;
            TicketImportLine line = result.line();
            if (line == null) {
                rejected++;
                for (ImportProblem problem : result.problems()) {
                    if (problems.size() < TicketImportReport.MAX_PROBLEMS) {
                        problems.add(problem);
                    }
                }
                return;
            }
            valid++;
            if (line.reference() != null) {
                Matcher own = OWN_REFERENCE.matcher(line.reference());
                if (own.matches()) {
                    highestOwnNumbers.merge(Integer.parseInt(own.group(1)), Integer.parseInt(own.group(2)), Math::max);
                }
            }
        }
    }

    /** The organisations of the NIS codes in these rows not looked up yet, in one query. */
    private void resolveOrganisations(
            List<TicketCsv.Row> rows, Map<String, OrganisationSummary> byNis, Set<String> lookedUp) {
        Set<String> codes = new HashSet<>();
        for (TicketCsv.Row row : rows) {
            String nis = row.get("organisation_nis");
            if (!nis.isEmpty() && lookedUp.add(nis)) {
                codes.add(nis);
            }
        }
        byNis.putAll(organisations.summariesByNisCode(codes));
    }

    /**
     * References of our own scheme taken over from the file (CMI-2024-000123) must never be handed out again: the
     * counter of their year moves past the highest one before any reference is generated.
     */
    private void raiseCounters(Map<Integer, Integer> highest) {
        highest.forEach((year, number) ->
                jdbc.sql("""
                        insert into ticket_reference_counter (year, last_number) values (:year, :number)
                        on conflict (year) do update
                        set last_number = greatest(ticket_reference_counter.last_number, excluded.last_number)
                        """).param("year", year).param("number", number).update());
    }

    /** Inserts one batch in one transaction; returns how many were new (the others' references existed). */
    private int insert(List<TicketImportLine> lines, Map<ContentLanguage, String> subjects, String actor, Instant now) {
        if (lines.isEmpty()) {
            return 0;
        }
        String[] references = references(lines);
        int n = lines.size();
        String[] channels = new String[n];
        String[] types = new String[n];
        String[] domainCodes = new String[n];
        String[] languages = new String[n];
        long[] organisationIds = new long[n];
        String[] subjectTexts = new String[n];
        String[] statuses = new String[n];
        boolean[] escalated = new boolean[n];
        String[] received = new String[n];
        String[] answered = new String[n];
        for (int i = 0; i < n; i++) {
            TicketImportLine line = lines.get(i);
            channels[i] = line.channel().name();
            types[i] = line.type().name();
            domainCodes[i] = line.domainCode();
            languages[i] = line.language().code();
            organisationIds[i] = line.organisationId() == null ? 0 : line.organisationId();
            subjectTexts[i] = line.subject() != null ? line.subject() : subjects.get(line.language());
            statuses[i] = line.status().name();
            escalated[i] = line.escalated();
            received[i] = line.receivedAt().toString();
            answered[i] = line.answeredAt() == null ? null : line.answeredAt().toString();
        }
        Integer inserted = transactions.execute(status -> jdbc.sql("""
                        with imported as (
                            insert into ticket (reference, channel, type, domain_code, language, organisation_id,
                                                subject, description, status, escalated, received_at, created_by,
                                                created_at, updated_at, answered_at, closed_at)
                            select u.reference, u.channel, u.type, u.domain_code, u.language,
                                   nullif(u.organisation_id, 0), u.subject, u.subject, u.status, u.escalated,
                                   u.received_at::timestamptz, :actor, :now, :now, u.answered_at::timestamptz,
                                   case when u.status = 'CLOSED'
                                        then coalesce(u.answered_at::timestamptz, u.received_at::timestamptz) end
                            from unnest(:references, :channels, :types, :domainCodes, :languages, :organisationIds,
                                        :subjects, :statuses, :escalated, :received, :answered)
                                as u (reference, channel, type, domain_code, language, organisation_id, subject,
                                      status, escalated, received_at, answered_at)
                            on conflict (reference) do nothing
                            returning id, channel, description, received_at
                        )
                        insert into ticket_entry (ticket_id, kind, channel, body, author, created_at)
                        select id, 'INCOMING', channel, description, :actor, received_at from imported
                        """)
                .param("references", references)
                .param("channels", channels)
                .param("types", types)
                .param("domainCodes", domainCodes)
                .param("languages", languages)
                .param("organisationIds", organisationIds)
                .param("subjects", subjectTexts)
                .param("statuses", statuses)
                .param("escalated", escalated)
                .param("received", received)
                .param("answered", answered)
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .update());
        return inserted == null ? 0 : inserted;
    }

    /**
     * The references of a batch: those of the file, and for the lines without one a block of numbers of their year
     * of receipt (Brussels time), reserved with one statement per year, committed at once so that agents creating
     * tickets meanwhile never wait for the batch.
     */
    private String[] references(List<TicketImportLine> lines) {
        String[] references = new String[lines.size()];
        Map<Integer, List<Integer>> withoutByYear = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            TicketImportLine line = lines.get(i);
            if (line.reference() != null) {
                references[i] = line.reference();
            } else {
                withoutByYear
                        .computeIfAbsent(
                                line.receivedAt().atZone(BusinessTime.ZONE).getYear(), year -> new ArrayList<>())
                        .add(i);
            }
        }
        withoutByYear.forEach((year, indexes) -> {
            int last = jdbc.sql("""
                            insert into ticket_reference_counter (year, last_number) values (:year, :count)
                            on conflict (year) do update
                            set last_number = ticket_reference_counter.last_number + excluded.last_number
                            returning last_number
                            """)
                    .param("year", year)
                    .param("count", indexes.size())
                    .query(Integer.class)
                    .single();
            int number = last - indexes.size();
            for (int index : indexes) {
                references[index] = TicketReferences.format(year, ++number);
            }
        });
        return references;
    }

    /** A subject for lines without one, in the ticket's language: it is shown to agents like any other subject. */
    private Map<ContentLanguage, String> defaultSubjects() {
        Map<ContentLanguage, String> subjects = new EnumMap<>(ContentLanguage.class);
        for (ContentLanguage language : ContentLanguage.values()) {
            subjects.put(
                    language,
                    messages.getMessage("ticket.import.defaultSubject", null, Locale.forLanguageTag(language.code())));
        }
        return subjects;
    }

    private static void readInBatches(InputStream in, Consumer<List<TicketCsv.Row>> batch) {
        List<TicketCsv.Row> rows = new ArrayList<>(BATCH);
        TicketCsv.read(in, row -> {
            rows.add(row);
            if (rows.size() == BATCH) {
                batch.accept(rows);
                rows.clear();
            }
        });
        if (!rows.isEmpty()) {
            batch.accept(rows);
        }
    }

    /** Counts the bytes read, for the progress of the first pass. */
    private static final class CountingStream extends FilterInputStream {

        long count;

        CountingStream(InputStream in) {
            super(new BufferedInputStream(in, 1 << 16));
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
