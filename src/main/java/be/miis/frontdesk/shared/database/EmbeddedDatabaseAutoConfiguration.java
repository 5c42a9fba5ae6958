package be.miis.frontdesk.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL 17 inside the application when no database is configured, so that
 * {@code ./mvnw spring-boot:run} works on a fresh clone with nothing installed. As soon as
 * {@code spring.datasource.url} is set, nothing is embedded.
 *
 * <p>It is an auto-configuration (ordered before Boot's data source) rather than a plain configuration so
 * that a {@link JdbcConnectionDetails} bean supplied by a test wins reliably.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EmbeddedPostgres.class)
@Conditional(EmbeddedDatabaseAutoConfiguration.NoDatasourceUrl.class)
public class EmbeddedDatabaseAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

    static final String DATABASE = "frontdesk";

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(JdbcConnectionDetails.class)
    Embedded embeddedPostgres(Environment env) throws IOException, SQLException {
        Path dataDirectory = Path.of(env.getProperty("frontdesk.embedded-database.data-directory", "data/postgres"))
                .toAbsolutePath()
                .normalize();
        int port = env.getProperty("frontdesk.embedded-database.port", Integer.class, 54329);
        Files.createDirectories(dataDirectory.getParent());
        log.warn(
                "No SPRING_DATASOURCE_URL set: starting an embedded PostgreSQL in {} on 127.0.0.1:{}, its password in "
                        + EmbeddedDatabasePassword.FILE
                        + " there. It is meant for evaluation and development on one machine; "
                        + "point SPRING_DATASOURCE_URL at a managed PostgreSQL for production.",
                dataDirectory,
                port);
        String password = EmbeddedDatabasePassword.before(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                // Boot closes the pool first and then this bean; a JVM hook would race with that.
                .setRegisterShutdownHook(false)
                .setConnectConfig("password", password)
                .start();
        EmbeddedDatabasePassword.secure(postgres, dataDirectory, password);
        createDatabaseIfMissing(postgres, password);
        return new Embedded(postgres, password);
    }

    @Bean
    @ConditionalOnMissingBean(JdbcConnectionDetails.class)
    EmbeddedJdbcConnectionDetails embeddedJdbcConnectionDetails(Embedded embedded) {
        return new EmbeddedJdbcConnectionDetails(
                embedded.postgres().getJdbcUrl(EmbeddedDatabasePassword.USER, DATABASE), embedded.password());
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String password) throws SQLException {
        try (Connection connection = postgres.getDatabase(
                                EmbeddedDatabasePassword.USER,
                                EmbeddedDatabasePassword.USER,
                                Map.of("password", password))
                        .getConnection();
                Statement statement = connection.createStatement()) {
            var result = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!result.next()) {
                statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        }
    }

    /** The running embedded server and the password of its superuser; closing it stops the server. */
    record Embedded(EmbeddedPostgres postgres, String password) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            postgres.close();
        }

        @Override
        public String toString() {
            return "Embedded[" + postgres + "]";
        }
    }

    /** Marks that the application runs on its own embedded database (demo data is loaded then). */
    public record EmbeddedJdbcConnectionDetails(String jdbcUrl, String password) implements JdbcConnectionDetails {

        @Override
        public String getUsername() {
            return EmbeddedDatabasePassword.USER;
        }

        @Override
        public String getPassword() {
            return password;
        }

        @Override
        public String getJdbcUrl() {
            return jdbcUrl;
        }

        /** Never the password: this may end up in a log or a failure analysis. */
        @Override
        public String toString() {
            return "EmbeddedJdbcConnectionDetails[" + jdbcUrl + "]";
        }
    }

    /**
     * Boot 4 has no "on missing property" condition, and {@code matchIfMissing} also matches a set value,
     * hence this small condition: embed only when no URL is configured at all.
     */
    static class NoDatasourceUrl extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            if (StringUtils.hasText(url)) {
                return ConditionOutcome.noMatch("spring.datasource.url is set");
            }
            return ConditionOutcome.match("spring.datasource.url is not set");
        }
    }
}
