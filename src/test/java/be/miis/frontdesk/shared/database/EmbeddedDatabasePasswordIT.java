package be.miis.frontdesk.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.shared.database.EmbeddedDatabaseAutoConfiguration.Embedded;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded database of {@code ./mvnw spring-boot:run} is a real PostgreSQL on 127.0.0.1: another user of the
 * machine must not get in without the password generated at its first start (issue #19, item 7; docs/security.md).
 */
class EmbeddedDatabasePasswordIT {

    @TempDir
    Path folder;

    private final EmbeddedDatabaseAutoConfiguration configuration = new EmbeddedDatabaseAutoConfiguration();

    @Test
    void aConnectionWithoutThePasswordIsRefusedAndThePasswordOutlivesARestart() throws Exception {
        Path data = folder.resolve("postgres");
        int port = freePort();
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/" + EmbeddedDatabaseAutoConfiguration.DATABASE;
        String password;
        try (Embedded embedded = start(data, port)) {
            Path file = data.resolve(EmbeddedDatabasePassword.FILE);
            password = Files.readString(file, StandardCharsets.UTF_8).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(40).isEqualTo(embedded.password());
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

            assertRefused(url, "");
            assertRefused(url, "postgres");
            assertThat(databaseName(url, password)).isEqualTo(EmbeddedDatabaseAutoConfiguration.DATABASE);
        }
        try (Embedded again = start(data, port)) {
            assertThat(again.password()).isEqualTo(password);
            assertRefused(url, "");
            assertThat(databaseName(url, password)).isEqualTo(EmbeddedDatabaseAutoConfiguration.DATABASE);
        }
    }

    /** A data folder made before the password existed (trust for everyone) is secured at its next start. */
    @Test
    void aFolderOfAnEarlierVersionIsSecuredAtItsNextStart() throws Exception {
        Path data = folder.resolve("old");
        int port = freePort();
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false)
                .start()) {
            String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
            try (Connection trusted = DriverManager.getConnection(url, "postgres", "")) {
                assertThat(trusted.isValid(1)).isTrue();
            }
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/" + EmbeddedDatabaseAutoConfiguration.DATABASE;
        try (Embedded embedded = start(data, port)) {
            assertRefused(url, "");
            assertThat(databaseName(url, embedded.password())).isEqualTo(EmbeddedDatabaseAutoConfiguration.DATABASE);
        }
    }

    private Embedded start(Path data, int port) throws IOException, SQLException {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test",
                        Map.of(
                                "frontdesk.embedded-database.data-directory",
                                data.toString(),
                                "frontdesk.embedded-database.port",
                                port)));
        return configuration.embeddedPostgres(environment);
    }

    private static void assertRefused(String url, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, EmbeddedDatabasePassword.USER, password)
                        .close())
                .isInstanceOf(SQLException.class)
                // 28P01 wrong password; 08004 when the driver has no password to offer at all.
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("28P01", "08004"));
    }

    private static String databaseName(String url, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabasePassword.USER, password);
                ResultSet result = connection.createStatement().executeQuery("select current_database()")) {
            result.next();
            return result.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
