package be.miis.frontdesk.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * A Spring Modulith module test: the application module of the annotated test's package with every module it
 * depends on, directly or not (and nothing else), on the shared test database and the {@link
 * ReferenceClockConfiguration reference clock}. No demo data; the scheduled jobs (SLA sweep, statistics refresh)
 * are off unless the test turns one on with a {@code @TestPropertySource} of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({TestDatabaseConfiguration.class, ReferenceClockConfiguration.class})
@TestPropertySource(
        properties = {
            "frontdesk.demo.enabled=false",
            "frontdesk.sla.sweep.enabled=false",
            "frontdesk.statistics.refresh.enabled=false"
        })
public @interface FrontdeskModuleTest {}
