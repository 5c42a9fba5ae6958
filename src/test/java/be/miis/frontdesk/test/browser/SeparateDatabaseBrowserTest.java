package be.miis.frontdesk.test.browser;

import be.miis.frontdesk.test.SeparateDatabaseIntegrationTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A {@link BrowserTest} on the database of {@link SeparateDatabaseIntegrationTest}: for journeys that change the
 * demo data for good (a retention run), which the other tests of the JVM still read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SeparateDatabaseIntegrationTest
@ExtendWith(BrowserExtension.class)
@Tag("browser")
public @interface SeparateDatabaseBrowserTest {}
