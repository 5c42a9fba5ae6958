package be.miis.frontdesk;

import be.miis.frontdesk.test.TestDatabaseConfiguration;
import org.springframework.boot.SpringApplication;

/** {@code ./mvnw spring-boot:test-run}: the application on a throw-away test database. */
public class TestFrontdeskApplication {

    public static void main(String[] args) {
        SpringApplication.from(FrontdeskApplication::main)
                .with(TestDatabaseConfiguration.class)
                .withAdditionalProfiles("test-run")
                .run(args);
    }
}
