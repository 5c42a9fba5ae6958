package be.miis.frontdesk.test;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Points every test context at the shared {@link TestDatabase}; the application's embedded one stays off. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    JdbcConnectionDetails testDatabaseConnectionDetails() {
        return TestDatabase.connectionDetails();
    }
}
