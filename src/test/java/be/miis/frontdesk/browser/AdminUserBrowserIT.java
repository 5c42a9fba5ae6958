package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** An administrator creates a user through the form, the user logs in, and after being disabled no longer can. */
@BrowserTest
class AdminUserBrowserIT {

    private static final Locale DUTCH = Language.NL.locale();

    @Autowired
    MessageSource messages;

    @Test
    void adminCreatesAUserWhoLogsInUntilTheAdminDisablesIt(Browser browser) {
        browser.login("admin", "demo");
        browser.clickAndWait(By.cssSelector("main a[href$='/admin/users']"));
        assertThat(browser.path()).isEqualTo("/admin/users");
        browser.assertAccessible();

        browser.clickAndWait(By.cssSelector("main a[href$='/admin/users/new']"));
        assertThat(browser.path()).isEqualTo("/admin/users/new");
        browser.assertAccessible();

        // An empty form: the error summary lists what is wrong, and each field says it too.
        browser.clickAndWait(By.cssSelector("form[action$='/admin/users'] button[type=submit]"));
        assertThat(browser.text(By.cssSelector("#error-summary h2"))).isEqualTo(message("form.errors.title"));
        assertThat(browser.texts(By.cssSelector("#error-summary li")))
                .contains(
                        message("identity.user.username.required"),
                        message("identity.user.displayName.required"),
                        message("identity.user.roles.required"));
        assertThat(browser.find(By.id("username")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.find(By.id("username")).getDomAttribute("aria-describedby"))
                .isEqualTo("username-errors");
        browser.assertAccessible();
        browser.screenshot("admin-user-form-errors");

        String username = JourneyUsers.uniqueName("expert");
        JourneyUsers.fillUserForm(browser, username, "Journey " + username, Role.EXPERT, Language.NL);
        browser.clickAndWait(By.cssSelector("form[action$='/admin/users'] button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/admin/users");
        assertThat(browser.text(By.cssSelector("main .alert[role=status]")))
                .isEqualTo(messages.getMessage("identity.user.flash.created", new Object[] {username}, DUTCH));
        assertThat(browser.texts(By.cssSelector("main table tbody td a"))).contains(username);
        browser.assertAccessible();
        browser.logout();

        browser.login(username, JourneyUsers.PASSWORD);
        assertThat(browser.path()).isEqualTo("/backoffice");
        browser.assertAccessible();
        browser.logout();

        browser.login("admin", "demo").open("/admin/users");
        browser.clickAndWait(By.linkText(username));
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("form[action$='/disable'] button"));
        assertThat(browser.text(By.cssSelector("main .alert[role=status]")))
                .isEqualTo(messages.getMessage("identity.user.flash.disabled", new Object[] {username}, DUTCH));
        assertThat(browser.text(By.cssSelector("#status-heading + p .badge")))
                .isEqualTo(message("identity.user.disabled"));
        browser.assertAccessible();
        browser.logout();

        browser.login(username, JourneyUsers.PASSWORD);
        assertThat(browser.pathAndQuery()).isEqualTo("/login?error");
        assertThat(browser.text(By.id("login-error"))).isEqualTo(message("login.error.badCredentials"));
    }

    private String message(String key) {
        return messages.getMessage(key, null, DUTCH);
    }
}
