package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.test.browser.Browser;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Users a journey may change (language, enabled), created through the admin screens with a unique name, so that
 * the demo users every test shares stay as they are.
 */
final class JourneyUsers {

    static final String PASSWORD = "browser-journey-1";

    private JourneyUsers() {}

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Logs in as admin, creates the user, logs out again; returns the username. */
    static String create(Browser browser, String prefix, Role role, Language language) {
        String username = uniqueName(prefix);
        browser.login("admin", "demo").open("/admin/users/new");
        fillUserForm(browser, username, "Journey " + username, role, language);
        browser.clickAndWait(By.cssSelector("form[action$='/admin/users'] button[type=submit]"));
        assertThat(browser.path()).as("created %s", username).isEqualTo("/admin/users");
        browser.logout();
        return username;
    }

    static void fillUserForm(Browser browser, String username, String displayName, Role role, Language language) {
        browser.type(By.id("username"), username)
                .type(By.id("displayName"), displayName)
                .type(By.id("email"), username + "@example.org")
                .type(By.id("password"), PASSWORD);
        new Select(browser.find(By.id("language"))).selectByValue(language.name());
        browser.check(By.cssSelector("input[name='roles'][value='" + role.name() + "']"));
    }
}
