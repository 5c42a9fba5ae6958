package be.miis.frontdesk.shared.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applied migrations are never changed, with one exception: their comments once cited a design file outside the
 * repository, and now cite docs/. Flyway checksums the whole file, comments included, so a database migrated before
 * that edit would refuse to start. Before Flyway validates, this moves exactly those recorded checksums — for
 * exactly those versions, and only from the value of the file before the edit — to the value after it. Any other
 * difference still stops the start, as it should.
 */
@Component
class CommentOnlyMigrationEdits implements Callback {

    /** A migration whose comment changed: its checksum before and after (Flyway's CRC32 of the file's lines). */
    record Edit(String version, int before, int after) {}

    static final List<Edit> EDITS = List.of(
            new Edit("1", 1151918321, 1485492074),
            new Edit("4", -1347039275, -723082363),
            new Edit("5", 619871589, -418297868),
            new Edit("10", 663113577, -1143470331),
            new Edit("14", 1895308389, -806759874),
            new Edit("22", 1589277443, 572556654));

    private static final Logger log = LoggerFactory.getLogger(CommentOnlyMigrationEdits.class);

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String table = context.getConfiguration().getTable();
        Connection connection = context.getConnection();
        try {
            if (!historyExists(connection, table)) {
                return;
            }
            for (Edit edit : EDITS) {
                try (PreparedStatement update = connection.prepareStatement(
                        "update " + table + " set checksum = ? where version = ? and checksum = ?")) {
                    update.setInt(1, edit.after());
                    update.setString(2, edit.version());
                    update.setInt(3, edit.before());
                    if (update.executeUpdate() > 0) {
                        log.info("Migration {}: checksum of its comment-only edit recorded", edit.version());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the comment-only migration edits", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "comment-only-migration-edits";
    }

    private static boolean historyExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null")) {
            query.setString(1, table);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
