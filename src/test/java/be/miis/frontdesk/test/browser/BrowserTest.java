package be.miis.frontdesk.test.browser;

import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A journey in a real headless Chromium against the whole application ({@link FrontdeskIntegrationTest}). One
 * browser per test class, handed to test and lifecycle methods as a {@link Browser} parameter; every test starts
 * logged out with no cookies. Without Chromium the class is skipped, except under {@code CI=true}, where it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@FrontdeskIntegrationTest
@ExtendWith(BrowserExtension.class)
@Tag("browser")
public @interface BrowserTest {}
