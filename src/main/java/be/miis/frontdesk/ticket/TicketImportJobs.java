package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.ImportProblem;
import be.miis.frontdesk.shared.ImportProblems;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ticket imports in the database, so that any instance shows the progress of a file another one is working
 * through, and the report stays available afterwards. Each write is its own short statement outside the batches'
 * transactions, so the progress shows while a batch is being written.
 */
@Component
class TicketImportJobs {

    /** A batch takes seconds: a running import without progress for this long has lost its instance. */
    static final Duration STALLED = Duration.ofMinutes(15);

    private static final String COLUMNS = """
            id, file_name, skip_invalid,
            case when status = 'RUNNING' and progressed_at < now() - make_interval(secs => %d) then 'INTERRUPTED'
                 else status end as status,
            phase, percent, total_lines, processed_lines, imported, unchanged, rejected, started_at, finished_at""".formatted(STALLED.toSeconds());

    private static final ImportProblems.Table PROBLEMS = new ImportProblems.Table("ticket_import_problem");

    private final JdbcClient jdbc;
    private final ImportProblems problems;

    TicketImportJobs(JdbcClient jdbc, ImportProblems problems) {
        this.jdbc = jdbc;
        this.problems = problems;
    }

    long create(String fileName, boolean skipInvalid, String actor, Instant now) {
        return jdbc.sql("""
                        insert into ticket_import (file_name, skip_invalid, status, created_by, started_at)
                        values (:fileName, :skipInvalid, 'RUNNING', :actor, :now) returning id
                        """)
                .param("fileName", fileName.length() > 255 ? fileName.substring(0, 255) : fileName)
                .param("skipInvalid", skipInvalid)
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    void progress(long id, TicketImportReport.Phase phase, int percent, int processed, int total) {
        jdbc.sql("""
                        update ticket_import set phase = :phase, percent = :percent, processed_lines = :processed,
                            total_lines = :total, progressed_at = now()
                        where id = :id
                        """)
                .param("id", id)
                .param("phase", phase.name())
                .param("percent", Math.max(0, Math.min(100, percent)))
                .param("processed", processed)
                .param("total", total)
                .update();
    }

    void finish(
            long id,
            TicketImportStatus status,
            int imported,
            int unchanged,
            int rejected,
            List<ImportProblem> problems,
            Instant now) {
        // The problems before the status: whoever reads the import as finished finds all of its problems.
        this.problems.save(PROBLEMS, id, problems);
        jdbc.sql("""
                        update ticket_import
                        set status = :status, percent = 100, imported = :imported, unchanged = :unchanged,
                            rejected = :rejected, finished_at = :now
                        where id = :id
                        """)
                .param("id", id)
                .param("status", status.name())
                .param("imported", imported)
                .param("unchanged", unchanged)
                .param("rejected", rejected)
                .param("now", Timestamp.from(now))
                .update();
    }

    Optional<TicketImportReport> find(long id) {
        // The row before its problems, the reverse of finish(): a finished import is read with all of them.
        return jdbc.sql("select " + COLUMNS + " from ticket_import where id = :id")
                .param("id", id)
                .query((rs, row) -> report(rs, List.of()))
                .optional()
                .map(report -> report.withProblems(problems.find(PROBLEMS, id)));
    }

    List<TicketImportReport> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from ticket_import order by started_at desc, id desc limit :limit")
                .param("limit", limit)
                .query((rs, row) -> report(rs, List.of()))
                .list();
    }

    private static TicketImportReport report(ResultSet rs, List<ImportProblem> problems) throws SQLException {
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
                problems,
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
