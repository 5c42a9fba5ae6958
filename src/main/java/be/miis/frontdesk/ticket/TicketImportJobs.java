package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.ImportJobStore;
import be.miis.frontdesk.shared.ImportProblem;
import be.miis.frontdesk.shared.ImportProblems;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ticket imports in table ticket_import, kept by the imports' one {@link ImportJobStore}. */
@Component
class TicketImportJobs {

    private static final String COLUMNS = """
            id, file_name, skip_invalid, phase, percent, total_lines, processed_lines, imported, unchanged, rejected,
            started_at, finished_at""";

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
        return store.find(id, COLUMNS, (rs, row) -> report(rs)).map(report -> report.withProblems(store.problems(id)));
    }

    List<TicketImportReport> recent(int limit) {
        return store.recent(limit, COLUMNS, (rs, row) -> report(rs));
    }

    private static TicketImportReport report(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new TicketImportReport(
                rs.getLong("id"),
                rs.getString("file_name"),
                rs.getBoolean("skip_invalid"),
                TicketImportStatus.valueOf(rs.getString("status")),
                TicketImportReport.Phase.valueOf(rs.getString("phase")),
                rs.getInt("percent"),
                rs.getInt("total_lines"),
                rs.getInt("processed_lines"),
                rs.getInt("imported"),
                rs.getInt("unchanged"),
                rs.getInt("rejected"),
                List.of(),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
