package be.miis.frontdesk.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A fresh database {@value #NAME} on the shared test server ({@link TestDatabase}), created (again) when the first
 * context that uses it starts, for {@link SeparateDatabaseIntegrationTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SeparateDatabaseConfiguration {

    static final String NAME = "frontdesk_separate";

    @Bean
    JdbcConnectionDetails separateDatabaseConnectionDetails() {
        JdbcConnectionDetails server = TestDatabase.connectionDetails();
        try (Connection connection =
                        DriverManager.getConnection(server.getJdbcUrl(), server.getUsername(), server.getPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + NAME + " with (force)");
            statement.execute("create database " + NAME);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + NAME, e);
        }
        String url = server.getJdbcUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + NAME);
        return new JdbcConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return url;
            }

            @Override
            public String getUsername() {
                return server.getUsername();
            }

            @Override
            public String getPassword() {
                return server.getPassword();
            }
        };
    }
}
