package be.miis.frontdesk.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on the shared test database, with the demo data (users agent,
 * expert, manager and admin with password "demo"). All such tests of a JVM share one database and one
 * context: a test that changes shared state (locks a login, disables a user) uses its own user. The SLA sweep is
 * not scheduled, nor is the retention run: tests that need them run them at the instant they choose. The clock starts at the same instant every
 * run ({@link ReferenceClockConfiguration}), so no test depends on the real date.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "frontdesk.demo.enabled=true",
            "frontdesk.sla.sweep.enabled=false",
            "frontdesk.statistics.refresh.enabled=false",
            "frontdesk.retention.enabled=false"
        })
@Import({TestDatabaseConfiguration.class, ReferenceClockConfiguration.class})
public @interface FrontdeskIntegrationTest {}
