package be.miis.frontdesk.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL the tests of a JVM share, chosen once: the database named by
 * {@code FRONTDESK_TEST_DATABASE_URL} (with {@code _USERNAME} and {@code _PASSWORD}), else a Testcontainers
 * {@code postgres:17} when a Docker engine answers, else an embedded PostgreSQL 17 in a temporary folder.
 * Never H2, and never skipped: the embedded database needs nothing installed.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

    private static volatile JdbcConnectionDetails details;

    private TestDatabase() {}

    public static JdbcConnectionDetails connectionDetails() {
        if (details == null) {
            synchronized (TestDatabase.class) {
                if (details == null) {
                    details = start();
                }
            }
        }
        return details;
    }

    private static JdbcConnectionDetails start() {
        String url = System.getenv("FRONTDESK_TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            log.info("Tests use the database of FRONTDESK_TEST_DATABASE_URL: {}", url);
            return new Details(
                    url,
                    System.getenv().getOrDefault("FRONTDESK_TEST_DATABASE_USERNAME", "postgres"),
                    System.getenv().getOrDefault("FRONTDESK_TEST_DATABASE_PASSWORD", ""));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
            container.start();
            log.info("Tests use a Testcontainers postgres:17 at {}", container.getJdbcUrl());
            return new Details(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            // Temporary data folder, random port. Stopped (and its folder removed) by a Spring Boot shutdown handler,
            // which runs after every application context of the JVM is closed: a JVM shutdown hook of its own would
            // run beside Spring's, and a context still closing (the event publication registry reads the
            // database as it stops) would wait for a database that is gone.
            EmbeddedPostgres postgres =
                    EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    log.warn("Could not stop the embedded PostgreSQL of the tests", e);
                }
            });
            String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            log.info("No Docker engine: tests use an embedded PostgreSQL at {}", jdbcUrl);
            return new Details(jdbcUrl, "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", e);
        }
    }

    private record Details(String jdbcUrl, String username, String password) implements JdbcConnectionDetails {

        @Override
        public String getJdbcUrl() {
            return jdbcUrl;
        }

        @Override
        public String getUsername() {
            return username;
        }

        @Override
        public String getPassword() {
            return password;
        }
    }
}
