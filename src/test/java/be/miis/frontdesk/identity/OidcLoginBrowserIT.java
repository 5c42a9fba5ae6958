package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Single sign-on as a user goes through it in Chromium (docs/security.md, "Single sign-on (OpenID Connect)"): the
 * provider's button on the login page, the provider's own form, back in Frontdesk; and a refusal's message, each
 * page checked for accessibility. Shares the application context of {@link OidcLoginIT}.
 */
@BrowserTest
class OidcLoginBrowserIT extends SingleSignOnIntegrationTest {

    private static final Locale DUTCH = Language.NL.locale();

    @Autowired
    IdentityService identity;

    @Autowired
    MessageSource messages;

    private final String username = "sso-" + UUID.randomUUID().toString().substring(0, 8);

    /** No session at the provider either: each test signs in there as its own user. */
    @BeforeEach
    void noCookiesAnywhere(Browser browser) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Test
    void theProvidersButtonLeadsThroughItsFormToTheUsersHomePage(Browser browser) {
        identity.create(
                new CreateUser(
                        username,
                        "SSO " + username,
                        null,
                        "a long local password nobody uses",
                        Language.NL,
                        EnumSet.of(Role.AGENT)),
                "admin");
        PROVIDER.user(
                username, Map.of("preferred_username", username, TestOpenIdProvider.ROLES_CLAIM, List.of("AGENT")));

        browser.open("/login");
        assertThat(browser.text(By.id("sso-login"))).isEqualTo(message("login.sso.button", "FedBe"));
        browser.assertAccessible().assertFocusVisible(By.id("sso-login"));
        browser.screenshot("login-sso");

        browser.clickAndWait(By.id("sso-login"));
        assertThat(browser.driver().getCurrentUrl()).startsWith(PROVIDER.issuer() + "/login");
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(TestOpenIdProvider.PASSWORD);
        browser.clickAndWait(By.cssSelector("button[type=submit]"));

        assertThat(browser.driver().getCurrentUrl()).startsWith(browser.baseUrl());
        assertThat(browser.path()).isEqualTo("/frontdesk");
        browser.assertAccessible();
    }

    @Test
    void aRefusalIsExplainedOnTheLoginPage(Browser browser) {
        PROVIDER.user(username, Map.of("preferred_username", username, TestOpenIdProvider.ROLES_CLAIM, List.of()));

        browser.open("/login").clickAndWait(By.id("sso-login"));
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(TestOpenIdProvider.PASSWORD);
        browser.clickAndWait(By.cssSelector("button[type=submit]"));

        assertThat(browser.pathAndQuery()).isEqualTo("/login?sso=unknown");
        assertThat(browser.text(By.id("sso-error"))).isEqualTo(message("login.error.sso.unknown"));
        browser.assertAccessible();
        browser.screenshot("login-sso-refused");
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, DUTCH);
    }
}
