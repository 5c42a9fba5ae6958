package be.miis.frontdesk.ticket;

import be.miis.frontdesk.identity.AuditAction;
import be.miis.frontdesk.identity.AuditLog;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.shared.CsvReader;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.DomainView;
import be.miis.frontdesk.shared.ImportFileException;
import be.miis.frontdesk.shared.ImportProblem;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one import of the ticket history of the previous CRM from a CSV file in two passes over the file, never
 * holding it in memory: the first checks every line with a {@link TicketImportParser} (and writes nothing), the
 * second hands the valid lines in batches to the {@link TicketImportWriter}. When a line is bad and skipping was
 * not asked for, the second pass does not run: nothing is imported.
 */
@Component
class TicketImporter {

    static final int BATCH = 5_000;

    private static final Logger log = LoggerFactory.getLogger(TicketImporter.class);
    private static final Pattern OWN_REFERENCE = Pattern.compile("CMI-(\\d{4})-(\\d{1,7})");

    private final TicketImportJobs jobs;
    private final TicketImportWriter writer;
    private final TicketReferences references;
    private final OrganisationService organisations;
    private final DomainCatalogue domains;
    private final AuditLog audit;
    private final Clock clock;

    TicketImporter(
            TicketImportJobs jobs,
            TicketImportWriter writer,
            TicketReferences references,
            OrganisationService organisations,
            DomainCatalogue domains,
            AuditLog audit,
            Clock clock) {
        this.jobs = jobs;
        this.writer = writer;
        this.references = references;
        this.organisations = organisations;
        this.domains = domains;
        this.audit = audit;
        this.clock = clock;
    }

    /** Runs import {@code id} (registered in {@link TicketImportJobs}); the file is deleted afterwards. */
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
                    for (CsvReader.Row row : rows) {
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

            // References of our own scheme taken over from the file must never be handed out again.
            check.highestOwnNumbers.forEach(references::raiseTo);
            jobs.progress(id, TicketImportReport.Phase.IMPORTING, 50, 0, check.valid);
            TicketImportParser parser = new TicketImportParser(domainCodes, now);
            int[] done = new int[3]; // processed, imported, unchanged
            try (InputStream in = Files.newInputStream(file)) {
                readInBatches(in, rows -> {
                    List<TicketImportLine> valid = new ArrayList<>(rows.size());
                    for (CsvReader.Row row : rows) {
                        TicketImportLine line = parser.parse(row, byNis).line();
                        if (line != null) {
                            valid.add(line);
                        }
                    }
                    int inserted = writer.insert(valid, actor, clock.instant());
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
        } catch (ImportFileException e) {
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

        void add(CsvReader.Row row, TicketImportParser.Result result) {
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
            List<CsvReader.Row> rows, Map<String, OrganisationSummary> byNis, Set<String> lookedUp) {
        Set<String> codes = new HashSet<>();
        for (CsvReader.Row row : rows) {
            String nis = row.get("organisation_nis");
            if (!nis.isEmpty() && lookedUp.add(nis)) {
                codes.add(nis);
            }
        }
        byNis.putAll(organisations.summariesByNisCode(codes));
    }

    private static void readInBatches(InputStream in, Consumer<List<CsvReader.Row>> batch) {
        List<CsvReader.Row> rows = new ArrayList<>(BATCH);
        CsvReader.read(in, TicketImportParser.COLUMNS, row -> {
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
