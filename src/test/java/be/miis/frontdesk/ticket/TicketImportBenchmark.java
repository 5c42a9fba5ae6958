package be.miis.frontdesk.ticket;

import be.miis.frontdesk.test.BenchmarkApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing the ticket history of the previous CRM (issue #6: "1 million rows in minutes, not hours"): writes a CSV
 * file of generated tickets (nine in ten with a reference of the old CRM, the others to be numbered), then times
 * {@link TicketImports#importNow} on a fresh embedded PostgreSQL three times: the file with one bad last line (all
 * or nothing: checked whole, nothing written), the file itself, and the file again (the references present are left
 * alone, the lines without one are numbered anew). Checks the row counts after each run and writes
 * {@code target/benchmarks/ticket-import.md}.
 *
 * <p>A program, run by {@code ./mvnw -Pbenchmark verify}; {@code -Dbenchmark.tickets=…} changes the size.
 */
public final class TicketImportBenchmark {

    private static final int TICKETS = Integer.getInteger("benchmark.tickets", 1_000_000);
    private static final Path OUTPUT = Path.of("target/benchmarks");
    private static final String[] CHANNELS = {"PHONE", "EMAIL", "WEB", "LETTER", "OTHER"};
    private static final String[] DOMAINS = {"RMI", "SOCIAL_AID", "HEATING_FUND", "OTHER"};
    private static final String[] STATUSES = {"CLOSED", "ANSWERED", "CLOSED", "NEW"};

    private final TicketImports tickets;
    private final JdbcClient jdbc;

    TicketImportBenchmark(TicketImports tickets, JdbcClient jdbc) {
        this.tickets = tickets;
        this.jdbc = jdbc;
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUTPUT);
        try (BenchmarkApplication app =
                BenchmarkApplication.start(EmbeddedPostgres.builder().setServerConfig("shared_buffers", "512MB"))) {
            new TicketImportBenchmark(app.bean(TicketImports.class), app.bean(JdbcClient.class)).run();
        }
    }

    void run() throws IOException {
        Path file = Files.createTempFile("ticket-import-benchmark-", ".csv");
        Path broken = Files.createTempFile("ticket-import-benchmark-", ".csv");
        try {
            write(file, false);
            write(broken, true);
            long bytes = Files.size(file);
            int withoutReference = TICKETS / 10;

            StringBuilder report = new StringBuilder();
            report.append("## Importing %,d tickets (%,d MB of CSV)%n%n".formatted(TICKETS, bytes >> 20));
            report.append("| run | result | time | lines per second |\n|---|---|---:|---:|\n");
            report.append(timed("one bad line at the end: checked whole, nothing imported", broken, 0, 0));
            report.append(timed("the file", file, TICKETS, TICKETS));
            report.append(timed("the same file again", file, withoutReference, TICKETS + withoutReference));
            report.append("%n%s; PostgreSQL shared_buffers 512 MB.%n".formatted(BenchmarkApplication.machine()));
            Files.writeString(OUTPUT.resolve("ticket-import.md"), report);
            System.out.println(report);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(broken);
        }
    }

    /** One import of a copy of the file (the import deletes what it is given), checked against the counts expected. */
    private String timed(String run, Path file, int imported, long ticketsAfter) throws IOException {
        Path copy = Files.createTempFile("ticket-import-benchmark-", ".csv");
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        long start = System.nanoTime();
        TicketImportReport report = tickets.importNow(file.getFileName().toString(), copy, false, "bench");
        double seconds = (System.nanoTime() - start) / 1e9;
        check(
                report.imported() == imported,
                () -> run + ": imported " + report.imported() + ", not " + imported + " " + report.status() + " "
                        + report.problems().stream().limit(3).toList());
        long count = jdbc.sql("select count(*) from ticket").query(Long.class).single();
        check(count == ticketsAfter, () -> run + ": " + count + " tickets, not " + ticketsAfter);
        long entries =
                jdbc.sql("select count(*) from ticket_entry").query(Long.class).single();
        check(entries == ticketsAfter, () -> run + ": " + entries + " entries, not " + ticketsAfter);
        String result = "%s, %,d imported, %,d already present, %,d refused"
                .formatted(report.status(), report.imported(), report.unchanged(), report.rejected());
        return "| %s | %s | %.1f s | %,.0f |%n".formatted(run, result, seconds, TICKETS / seconds);
    }

    private static void check(boolean condition, Supplier<String> message) {
        if (!condition) {
            throw new IllegalStateException(message.get());
        }
    }

    /** Tickets received over 2016–2025 at office hours, Brussels time without an offset or UTC with one. */
    private static void write(Path file, boolean brokenLastLine) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("reference,received_at,channel,type,domain,language,organisation_nis,subject,status,"
                    + "answered_at,escalated\n");
            for (int i = 1; i <= TICKETS; i++) {
                int year = 2016 + i % 10;
                int month = 1 + i % 12;
                int day = 1 + i % 28;
                int hour = 8 + i % 9;
                String status = STATUSES[i % STATUSES.length];
                String received = i % 2 == 0
                        ? "%d-%02d-%02dT%02d:15".formatted(year, month, day, hour)
                        : "%d-%02d-%02dT%02d:15:00Z".formatted(year, month, day, hour - 2);
                String answered =
                        status.equals("NEW") ? "" : "%d-%02d-%02dT%02d:50:00Z".formatted(year, month, day, hour);
                String channel = brokenLastLine && i == TICKETS ? "FAX" : CHANNELS[i % CHANNELS.length];
                out.write("%s,%s,%s,%s,%s,%s,,%s,%s,%s,%s\n"
                        .formatted(
                                i % 10 == 0 ? "" : "OLD-%07d".formatted(i),
                                received,
                                channel,
                                i % 40 == 0 ? "COMPLAINT" : "QUESTION",
                                DOMAINS[i % DOMAINS.length],
                                i % 3 == 0 ? "fr" : "nl",
                                "\"Vraag " + i + " over het leefloon, de terugvordering en het stookoliefonds\"",
                                status,
                                answered,
                                i % 8 == 0 ? "true" : "false"));
            }
        }
    }
}
