package be.miis.frontdesk.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lifecycle of the CSV imports in the database, one instance per import table (organisation_import,
 * ticket_import), so that any instance shows the progress of a file another one is working through, and the
 * report stays available afterwards (docs/imports.md). Each write is its own short statement outside the batches'
 * transactions, so progress shows while a batch is being written.
 *
 * <p>An import is created RUNNING and ends with the status its importer gives it. Every progress moves
 * {@code progressed_at}: a RUNNING import that has not moved for {@link #STALLED} lost the instance that ran it
 * (a restart, a crash) and reads as INTERRUPTED, so its page stops waiting; the batches written until then stay.
 *
 * <p>The tables are the modules' own and differ beyond these columns: id, file_name, status, total_lines,
 * processed_lines, created_by, started_at, progressed_at, finished_at, and a problem table (see {@link
 * ImportProblems}). The module's own columns are passed by name; names go into the SQL as they are, so only plain
 * identifiers are accepted.
 */
public final class ImportJobStore {

    /** A batch takes seconds: a running import without progress for this long has lost its instance. */
    public static final Duration STALLED = Duration.ofMinutes(15);

    /** The lifecycle columns every import table has, read by {@link #find} and {@link #recent}. */
    private static final String LIFECYCLE = "id, file_name, total_lines, processed_lines, started_at, finished_at";

    /** The status as stored, or INTERRUPTED for a running import without progress for {@link #STALLED}. */
    private static final String STATUS = """
            case when status = 'RUNNING' and progressed_at < now() - make_interval(secs => %d) then 'INTERRUPTED'
                 else status end as status""".formatted(STALLED.toSeconds());

    private final JdbcClient jdbc;
    private final ImportProblems problems;
    private final String table;
    private final ImportProblems.Table problemTable;

    public ImportJobStore(JdbcClient jdbc, ImportProblems problems, String table, String problemTable) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.table = identifier(table);
        this.problemTable = new ImportProblems.Table(problemTable);
    }

    /** A new RUNNING import with the module's own {@code columns}; returns its id. */
    public long create(String fileName, String actor, Instant now, Map<String, ?> columns) {
        Map<String, Object> values = new LinkedHashMap<>(columns);
        values.put("file_name", fileName.length() > 255 ? fileName.substring(0, 255) : fileName);
        values.put("status", "RUNNING");
        values.put("created_by", actor);
        values.put("started_at", Timestamp.from(now));
        String names = values.keySet().stream().map(ImportJobStore::identifier).collect(Collectors.joining(", "));
        String params = values.keySet().stream().map(name -> ":" + name).collect(Collectors.joining(", "));
        return jdbc.sql("insert into " + table + " (" + names + ") values (" + params + ") returning id")
                .params(values)
                .query(Long.class)
                .single();
    }

    /** How far a running import got, with the module's own progress {@code columns}; proves the run is alive. */
    public void progress(long id, int processed, int total, Map<String, ?> columns) {
        Map<String, Object> values = new LinkedHashMap<>(columns);
        values.put("processed_lines", processed);
        values.put("total_lines", total);
        jdbc.sql("update " + table + " set " + assignments(values) + ", progressed_at = now() where id = :id")
                .params(values)
                .param("id", id)
                .update();
    }

    /**
     * Ends an import: its problems first, then its status and the module's result {@code columns}, so whoever reads
     * the import as finished finds all of its problems.
     */
    public void finish(long id, String status, List<ImportProblem> found, Map<String, ?> columns, Instant now) {
        problems.save(problemTable, id, found);
        Map<String, Object> values = new LinkedHashMap<>(columns);
        values.put("status", status);
        values.put("finished_at", Timestamp.from(now));
        jdbc.sql("update " + table + " set " + assignments(values) + " where id = :id")
                .params(values)
                .param("id", id)
                .update();
    }

    /**
     * One import as {@code mapper} makes it from its {@link Run} and the module's own {@code columns}; the row is
     * read before its problems (the reverse of {@link #finish}), so a finished import is read with all of them.
     */
    public <T> Optional<T> find(long id, String columns, Mapper<T> mapper) {
        return jdbc.sql(select(columns) + " where id = :id")
                .param("id", id)
                .query(rowMapper(mapper))
                .optional();
    }

    /** The problems of one import in the order of the file. */
    public List<ImportProblem> problems(long id) {
        return problems.find(problemTable, id);
    }

    /** The latest imports, newest first, without their problems. */
    public <T> List<T> recent(int limit, String columns, Mapper<T> mapper) {
        return jdbc.sql(select(columns) + " order by started_at desc, id desc limit :limit")
                .param("limit", limit)
                .query(rowMapper(mapper))
                .list();
    }

    /**
     * What every import has: its id, file, status (INTERRUPTED when stalled), progress in lines and times.
     * {@code status} is the name of a constant of the module's status enum.
     */
    public record Run(
            long id,
            String fileName,
            String status,
            int totalLines,
            int processedLines,
            Instant startedAt,
            @Nullable Instant finishedAt) {}

    /** Makes a module's report of an import from its {@link Run} and the module's own columns. */
    @FunctionalInterface
    public interface Mapper<T> {
        T map(Run run, ResultSet rs) throws SQLException;
    }

    private String select(String columns) {
        return "select " + LIFECYCLE + ", " + STATUS + (columns.isBlank() ? "" : ", " + columns) + " from " + table;
    }

    private static <T> RowMapper<T> rowMapper(Mapper<T> mapper) {
        return (rs, row) -> {
            Timestamp finished = rs.getTimestamp("finished_at");
            Run run = new Run(
                    rs.getLong("id"),
                    rs.getString("file_name"),
                    rs.getString("status"),
                    rs.getInt("total_lines"),
                    rs.getInt("processed_lines"),
                    rs.getTimestamp("started_at").toInstant(),
                    finished == null ? null : finished.toInstant());
            return mapper.map(run, rs);
        };
    }

    private static String assignments(Map<String, Object> values) {
        return values.keySet().stream()
                .map(name -> identifier(name) + " = :" + name)
                .collect(Collectors.joining(", "));
    }

    private static String identifier(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a column or table name: " + name);
        }
        return name;
    }
}
