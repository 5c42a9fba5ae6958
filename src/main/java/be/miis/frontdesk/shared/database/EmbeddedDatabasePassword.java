package be.miis.frontdesk.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * The embedded database's password (docs/security.md, "The embedded database"). The embedded PostgreSQL is created
 * with trust authentication, so at first start anyone on the machine could connect to 127.0.0.1 as its superuser.
 * Before the application uses it, this generates a random password, keeps it in the data folder (readable by the
 * owner only), gives it to the {@code postgres} role and rewrites {@code pg_hba.conf} to demand it (SCRAM) for every
 * connection, local socket included; then reloads the configuration. On later starts it reads the password back.
 *
 * <p>The steps are ordered so that a crash between them is repaired on the next start: the file is written before
 * the role gets the password, and {@code pg_hba.conf} is rewritten last; a data folder whose {@code pg_hba.conf} is
 * not ours yet (also one made by an earlier version, with trust) is secured again from the start. The file cannot
 * be written before the first start, because initdb wants an empty folder.
 */
final class EmbeddedDatabasePassword {

    /** The file beside PostgreSQL's own in the data folder; PostgreSQL ignores files it does not know. */
    static final String FILE = "frontdesk-password";

    /** The first line of the {@code pg_hba.conf} we write: its presence says the folder is secured. */
    static final String MARKER = "# Frontdesk: every connection needs the password in " + FILE;

    static final String USER = "postgres";

    private static final String HBA = "pg_hba.conf";

    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbeddedDatabasePassword() {}

    /**
     * The password to start with: the one kept in the data folder, or a new one for a folder that has none yet (a
     * new folder, or one of an earlier version). It is also offered to the server's readiness check, which a
     * trusting server ignores and a secured one needs.
     */
    static String before(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE);
        if (Files.exists(file)) {
            return read(file);
        }
        if (secured(dataDirectory)) {
            throw new IllegalStateException("The embedded database in " + dataDirectory
                    + " asks for a password, but its file " + file + " is gone: put it back, or remove the data"
                    + " folder to start afresh.");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Once the server runs (initdb has made the folder): keeps the password in the folder, and unless the folder is
     * secured already, gives it to the {@code postgres} role and makes {@code pg_hba.conf} demand it.
     */
    static void secure(EmbeddedPostgres postgres, Path dataDirectory, String password)
            throws IOException, SQLException {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            keep(file, password);
        }
        if (secured(dataDirectory)) {
            return;
        }
        // Still trust: the role gets its password over a connection without one, then the door closes.
        try (Connection connection = postgres.getDatabase(USER, USER, Map.of()).getConnection();
                Statement statement = connection.createStatement()) {
            // The password is Base64url (letters, digits, '-' and '_'): nothing in it can end the literal.
            statement.execute("alter role " + USER + " password '" + password + "'");
            Files.writeString(
                    dataDirectory.resolve(HBA),
                    MARKER + "\n"
                            + "local all all scram-sha-256\n"
                            + "host all all 127.0.0.1/32 scram-sha-256\n"
                            + "host all all ::1/128 scram-sha-256\n",
                    StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        }
    }

    private static boolean secured(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve(HBA);
        return Files.exists(hba)
                && Files.readString(hba, StandardCharsets.UTF_8).startsWith(MARKER);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    private static void keep(Path file, String password) throws IOException {
        try {
            // Created owner-only in one step, so that it is never readable by others, not even for a moment.
            Files.createFile(
                    file,
                    PosixFilePermissions.asFileAttribute(
                            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    }
}
