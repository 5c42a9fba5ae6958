package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Every role logs in and lands on its own home page, in its own language, with the navigation for its role. */
@BrowserTest
class RoleHomeBrowserIT {

    @Autowired
    MessageSource messages;

    static Stream<Arguments> demoUsers() {
        return Stream.of(
                arguments(
                        "agent",
                        Language.NL,
                        "/frontdesk",
                        List.of("nav.frontdesk", "nav.inbox", "nav.callbacks", "nav.organisations", "nav.knowledge")),
                arguments(
                        "expert",
                        Language.NL,
                        "/backoffice",
                        List.of("nav.frontdesk", "nav.inbox", "nav.organisations", "nav.knowledge", "nav.backoffice")),
                arguments("manager", Language.FR, "/manager", List.of("nav.manager", "nav.reviews")),
                arguments("admin", Language.NL, "/admin", List.of("nav.admin")));
    }

    @ParameterizedTest(name = "{0} lands on {2}")
    @MethodSource("demoUsers")
    void eachRoleLandsOnItsOwnHomePageWithItsNavigation(
            String username, Language language, String home, List<String> navigation, Browser browser) {
        browser.login(username, "demo");

        assertThat(browser.path()).isEqualTo(home);
        assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language.code());
        assertThat(browser.texts(By.cssSelector("#fd-nav ul.me-auto a.nav-link")))
                .containsExactlyElementsOf(navigation.stream()
                        .map(key -> messages.getMessage(key, null, language.locale()))
                        .toList());
        assertThat(browser.text(By.cssSelector("form[action$='/logout'] button")))
                .isEqualTo(messages.getMessage("nav.logout", null, language.locale()));
        browser.assertAccessible();
        browser.screenshot("home-" + username);
        if (username.equals("agent")) {
            // The README shows this one; copy it to src/docs/images when the agent's home page changes.
            browser.screenshot("frontdesk-agent-home");
        }
    }
}
