package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ImportJobStore;
import be.miis.frontdesk.shared.ImportProblems;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisation and contact imports in table organisation_import, kept by the imports' one {@link
 * ImportJobStore}; beside it this import keeps the uploaded file (for the real run after a dry run) and what it
 * changed field by field.
 */
@Component
class ImportJobs {

    private static final String COLUMNS = "kind, dry_run, created, updated, unchanged, problem_count, refused_lines";

    private final ImportJobStore store;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ImportJobs(JdbcClient jdbc, JdbcTemplate batches, ImportProblems problems) {
        this.store = new ImportJobStore(jdbc, problems, "organisation_import", "organisation_import_problem");
        this.jdbc = jdbc;
        this.batches = batches;
    }

    long create(ImportKind kind, boolean dryRun, String fileName, byte[] content, String actor, Instant now) {
        return store.create(fileName, actor, now, Map.of("kind", kind.name(), "dry_run", dryRun, "content", content));
    }

    byte[] content(long id) {
        return jdbc.sql("select content from organisation_import where id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
    }

    void progress(long id, int processed, int total) {
        store.progress(id, processed, total, Map.of());
    }

    void finish(
            long id,
            ImportStatus status,
            Counts counts,
            ImportProblemLog problems,
            List<ImportChange> changes,
            Instant now) {
        // The changes before the status, as the problems: whoever reads the import as finished finds all of them.
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
        store.finish(
                id,
                status.name(),
                problems.listed(),
                Map.of(
                        "created",
                        counts.created,
                        "updated",
                        counts.updated,
                        "unchanged",
                        counts.unchanged,
                        "problem_count",
                        problems.count(),
                        "refused_lines",
                        problems.refusedLines()),
                now);
    }

    Optional<ImportReport> find(long id) {
        return store.find(id, COLUMNS, ImportJobs::report)
                .map(report -> report.withDetails(store.problems(id), changes(id)));
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
        return store.recent(limit, COLUMNS, ImportJobs::report);
    }

    private static ImportReport report(ImportJobStore.Run run, ResultSet rs) throws SQLException {
        return new ImportReport(
                run.id(),
                ImportKind.valueOf(rs.getString("kind")),
                rs.getBoolean("dry_run"),
                run.fileName(),
                ImportStatus.valueOf(run.status()),
                run.totalLines(),
                run.processedLines(),
                rs.getInt("created"),
                rs.getInt("updated"),
                rs.getInt("unchanged"),
                List.of(),
                rs.getInt("problem_count"),
                rs.getInt("refused_lines"),
                List.of(),
                run.startedAt(),
                run.finishedAt());
    }

    /** What the lines of a run did. */
    static final class Counts {
        int created;
        int updated;
        int unchanged;
    }
}
