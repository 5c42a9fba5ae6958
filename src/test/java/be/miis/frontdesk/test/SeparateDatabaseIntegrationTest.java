package be.miis.frontdesk.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * As {@link FrontdeskIntegrationTest}, but on a database of its own on the same test server ({@link
 * SeparateDatabaseConfiguration}), with its own demo data and its own {@link ReferenceClockConfiguration clock}: for
 * tests that change the demo data for good (a retention run over the demo year anonymises every closed ticket), which
 * the other tests of the JVM still read. The tests with this annotation share one context between them.
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
@Import({SeparateDatabaseConfiguration.class, ReferenceClockConfiguration.class})
public @interface SeparateDatabaseIntegrationTest {}
