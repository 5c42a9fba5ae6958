package be.miis.frontdesk.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The refused lines of the CSV imports, kept beside each import's row so that the report outlives the run. Each
 * import has a problem table of the same shape (import_id, line, field, message_key, value; see V9 and V21).
 */
@Component
public class ImportProblems {

    /** A value longer than this is cut: the report shows what was wrong, not a whole broken line. */
    static final int MAX_VALUE = 200;

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ImportProblems(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** The problems of one import, in one batch: a file of broken lines must not cost a round trip per line. */
    public void save(Table table, long importId, List<ImportProblem> problems) {
        batches.batchUpdate(
                "insert into " + table.name() + " (import_id, line, field, message_key, value) values (?, ?, ?, ?, ?)",
                problems,
                BATCH,
                (statement, problem) -> {
                    statement.setLong(1, importId);
                    statement.setInt(2, problem.line());
                    statement.setString(3, problem.field());
                    statement.setString(4, problem.messageKey());
                    statement.setString(5, truncate(problem.value()));
                });
    }

    /** The problems of one import in the order of the file. */
    public List<ImportProblem> find(Table table, long importId) {
        return jdbc.sql("select line, field, message_key, value from " + table.name()
                        + " where import_id = :id order by line, id")
                .param("id", importId)
                .query((rs, row) -> new ImportProblem(
                        rs.getInt("line"), rs.getString("field"), rs.getString("message_key"), rs.getString("value")))
                .list();
    }

    static @Nullable String truncate(@Nullable String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE);
    }

    /**
     * A problem table, named by the module that owns it as a constant; only a plain identifier is accepted, since
     * the name goes into the SQL as it is.
     */
    public record Table(String name) {
        public Table {
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a table name: " + name);
            }
        }
    }
}
