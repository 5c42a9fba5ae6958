package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.ImportJobStore;
import be.miis.frontdesk.shared.ImportProblem;
import be.miis.frontdesk.shared.ImportProblems;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ticket imports in table ticket_import, kept by the imports' one {@link ImportJobStore}. */
@Component
class TicketImportJobs {

    private static final String COLUMNS = "skip_invalid, phase, percent, imported, unchanged, rejected";

    private final ImportJobStore store;

    TicketImportJobs(JdbcClient jdbc, ImportProblems problems) {
        this.store = new ImportJobStore(jdbc, problems, "ticket_import", "ticket_import_problem");
    }

    long create(String fileName, boolean skipInvalid, String actor, Instant now) {
        return store.create(fileName, actor, now, Map.of("skip_invalid", skipInvalid));
    }

    void progress(long id, TicketImportReport.Phase phase, int percent, int processed, int total) {
        store.progress(
                id, processed, total, Map.of("phase", phase.name(), "percent", Math.max(0, Math.min(100, percent))));
    }

    void finish(
            long id,
            TicketImportStatus status,
            int imported,
            int unchanged,
            int rejected,
            List<ImportProblem> problems,
            Instant now) {
        store.finish(
                id,
                status.name(),
                problems,
                Map.of("percent", 100, "imported", imported, "unchanged", unchanged, "rejected", rejected),
                now);
    }

    Optional<TicketImportReport> find(long id) {
        return store.find(id, COLUMNS, TicketImportJobs::report).map(report -> report.withProblems(store.problems(id)));
    }

    List<TicketImportReport> recent(int limit) {
        return store.recent(limit, COLUMNS, TicketImportJobs::report);
    }

    private static TicketImportReport report(ImportJobStore.Run run, ResultSet rs) throws SQLException {
        return new TicketImportReport(
                run.id(),
                run.fileName(),
                rs.getBoolean("skip_invalid"),
                TicketImportStatus.valueOf(run.status()),
                TicketImportReport.Phase.valueOf(rs.getString("phase")),
                rs.getInt("percent"),
                run.totalLines(),
                run.processedLines(),
                rs.getInt("imported"),
                rs.getInt("unchanged"),
                rs.getInt("rejected"),
                List.of(),
                run.startedAt(),
                run.finishedAt());
    }
}
