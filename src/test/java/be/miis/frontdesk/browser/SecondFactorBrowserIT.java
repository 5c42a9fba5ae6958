package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.identity.AuthenticatorApp;
import be.miis.frontdesk.identity.CreateUser;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.test.ReferenceClockConfiguration.ReferenceClock;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two-step sign-in in Chromium (docs/security.md, "Two-factor sign-in"): set up from the account page with the QR
 * code's key, the recovery codes shown once, then a sign-in that asks for the code, typed with the keyboard. Every
 * page of it is free of axe violations.
 */
@BrowserTest
class SecondFactorBrowserIT {

    private static final String PASSWORD = "a walk along the Meuse in May";

    @Autowired
    IdentityService identity;

    @Autowired
    ReferenceClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAgentSetsUpTwoStepSignInThenSignsInWithTheCode(Browser browser) {
        String username = "app-" + UUID.randomUUID().toString().substring(0, 8);
        identity.create(
                new CreateUser(username, "Appie Agent", null, PASSWORD, Language.NL, EnumSet.of(Role.AGENT)), "test");
        browser.login(username, PASSWORD).open("/account");
        browser.clickAndWait(By.cssSelector("[data-testid=second-factor] a"));

        assertThat(browser.path()).isEqualTo("/login/second-factor/enrol");
        assertThat(browser.find(By.cssSelector("[data-testid=qr] svg title")).getAttribute("textContent"))
                .contains("QR");
        browser.assertNoAxeViolations();
        browser.screenshot("second-factor-enrol");
        String secret = browser.find(By.cssSelector("[data-testid=secret]")).getAttribute("data-secret");
        browser.type(By.id("code"), AuthenticatorApp.code(secret, clock.instant()));
        browser.andWaitForNewPage(() -> browser.keys(Keys.ENTER));

        assertThat(browser.findAll(By.cssSelector("[data-testid=recovery-codes] li")))
                .hasSize(10);
        browser.assertNoAxeViolations();
        browser.clickAndWait(By.cssSelector("main a.btn-primary"));
        browser.logout();

        browser.login(username, PASSWORD);
        assertThat(browser.path()).isEqualTo("/login/second-factor");
        assertThat(browser.focused().getAttribute("id"))
                .as("the code field has the focus")
                .isEqualTo("code");
        assertThat(browser.findAll(By.cssSelector("nav a[href='/frontdesk']"))).isEmpty();
        browser.assertNoAxeViolations();
        browser.screenshot("second-factor-code");

        clock.advance(Duration.ofSeconds(30));
        browser.keys(AuthenticatorApp.code(secret, clock.instant()));
        browser.andWaitForNewPage(() -> browser.keys(Keys.ENTER));
        assertThat(browser.path()).isEqualTo("/frontdesk");
    }
}
