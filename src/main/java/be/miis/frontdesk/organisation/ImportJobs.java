package be.miis.frontdesk.organisation;

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
            started_at, finished_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ImportJobs(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
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

    void finish(long id, ImportStatus status, Counts counts, List<ImportProblem> problems, Instant now) {
        jdbc.sql("""
                        update organisation_import
                        set status = :status, created = :created, updated = :updated, unchanged = :unchanged,
                            finished_at = :now
                        where id = :id
                        """)
                .param("id", id)
                .param("status", status.name())
                .param("created", counts.created)
                .param("updated", counts.updated)
                .param("unchanged", counts.unchanged)
                .param("now", Timestamp.from(now))
                .update();
        // One batch for all problems: a file of broken lines must not cost a round trip per line.
        batches.batchUpdate("""
                insert into organisation_import_problem (import_id, line, field, message_key, value)
                values (?, ?, ?, ?, ?)
                """, problems, 500, (statement, problem) -> {
            statement.setLong(1, id);
            statement.setInt(2, problem.line());
            statement.setString(3, problem.field());
            statement.setString(4, problem.messageKey());
            statement.setString(5, truncate(problem.value()));
        });
    }

    Optional<ImportReport> find(long id) {
        List<ImportProblem> problems = jdbc.sql("""
                        select line, field, message_key, value from organisation_import_problem
                        where import_id = :id order by line, id
                        """)
                .param("id", id)
                .query((rs, row) -> new ImportProblem(
                        rs.getInt("line"), rs.getString("field"), rs.getString("message_key"), rs.getString("value")))
                .list();
        return jdbc.sql("select " + COLUMNS + " from organisation_import where id = :id")
                .param("id", id)
                .query((rs, row) -> report(rs, problems))
                .optional();
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
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    private static @Nullable String truncate(@Nullable String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 200);
    }

    /** What the lines of a run did. */
    static final class Counts {
        int created;
        int updated;
        int unchanged;
    }
}
