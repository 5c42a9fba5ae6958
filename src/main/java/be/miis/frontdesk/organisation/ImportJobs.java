package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ImportProblem;
import be.miis.frontdesk.shared.ImportProblems;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The imports in the database, so that any instance can show the progress of a file another one is processing,
 * and the report stays available after the run. Each write is its own short statement, outside the batches'
 * transactions, so progress shows while a batch is still being written.
 */
@Component
class ImportJobs {

    private static final String COLUMNS = """
            id, kind, dry_run, file_name, status, total_lines, processed_lines, created, updated, unchanged,
            problem_count, refused_lines, started_at, finished_at""";

    private static final ImportProblems.Table PROBLEMS = new ImportProblems.Table("organisation_import_problem");

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ImportProblems problems;

    ImportJobs(JdbcClient jdbc, JdbcTemplate batches, ImportProblems problems) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.problems = problems;
    }

    long create(ImportKind kind, boolean dryRun, String fileName, byte[] content, String actor, Instant now) {
        return jdbc.sql("""
                        insert into organisation_import (kind, dry_run, file_name, content, status, created_by, started_at)
                        values (:kind, :dryRun, :fileName, :content, 'RUNNING', :actor, :now) returning id
                        """)
                .param("kind", kind.name())
                .param("dryRun", dryRun)
                .param("fileName", fileName.length() > 255 ? fileName.substring(0, 255) : fileName)
                .param("content", content)
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from organisation_import where id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
    }

    void progress(long id, int processed, int total) {
        jdbc.sql("update organisation_import set processed_lines = :processed, total_lines = :total where id = :id")
                .param("id", id)
                .param("processed", processed)
                .param("total", total)
                .update();
    }

    void finish(
            long id,
            ImportStatus status,
            Counts counts,
            ImportProblemLog problems,
            List<ImportChange> changes,
            Instant now) {
        // The problems and changes before the status: whoever reads the import as finished finds all of them.
        this.problems.save(PROBLEMS, id, problems.listed());
        batches.batchUpdate("""
                insert into organisation_import_change (import_id, line, record, field, old_value, new_value)
                values (?, ?, ?, ?, ?, ?)""", changes, 1000, (statement, change) -> {
            statement.setLong(1, id);
            statement.setInt(2, change.line());
            statement.setString(3, cut(change.record()));
            statement.setString(4, change.field());
            statement.setString(5, cut(change.oldValue()));
            statement.setString(6, cut(change.newValue()));
        });
        jdbc.sql("""
                        update organisation_import
                        set status = :status, created = :created, updated = :updated, unchanged = :unchanged,
                            problem_count = :problemCount, refused_lines = :refusedLines, finished_at = :now
                        where id = :id
                        """)
                .param("id", id)
                .param("problemCount", problems.count())
                .param("refusedLines", problems.refusedLines())
                .param("status", status.name())
                .param("created", counts.created)
                .param("updated", counts.updated)
                .param("unchanged", counts.unchanged)
                .param("now", Timestamp.from(now))
                .update();
    }

    Optional<ImportReport> find(long id) {
        // The row before its problems, the reverse of finish(): a finished import is read with all of them.
        return jdbc.sql("select " + COLUMNS + " from organisation_import where id = :id")
                .param("id", id)
                .query((rs, row) -> report(rs, List.of()))
                .optional()
                .map(report -> report.withDetails(problems.find(PROBLEMS, id), changes(id)));
    }

    private List<ImportChange> changes(long id) {
        return jdbc.sql("""
                        select line, record, field, old_value, new_value from organisation_import_change
                        where import_id = :id order by line, id
                        """)
                .param("id", id)
                .query((rs, row) -> new ImportChange(
                        rs.getInt("line"),
                        rs.getString("record"),
                        rs.getString("field"),
                        rs.getString("old_value"),
                        rs.getString("new_value")))
                .list();
    }

    private static @Nullable String cut(@Nullable String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 200);
    }

    List<ImportReport> recent(int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from organisation_import order by started_at desc, id desc limit :limit")
                .param("limit", limit)
                .query((rs, row) -> report(rs, List.of()))
                .list();
    }

    private static ImportReport report(ResultSet rs, List<ImportProblem> problems) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportReport(
                rs.getLong("id"),
                ImportKind.valueOf(rs.getString("kind")),
                rs.getBoolean("dry_run"),
                rs.getString("file_name"),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getInt("total_lines"),
                rs.getInt("processed_lines"),
                rs.getInt("created"),
                rs.getInt("updated"),
                rs.getInt("unchanged"),
                problems,
                rs.getInt("problem_count"),
                rs.getInt("refused_lines"),
                List.of(),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    /** What the lines of a run did. */
    static final class Counts {
        int created;
        int updated;
        int unchanged;
    }
}
