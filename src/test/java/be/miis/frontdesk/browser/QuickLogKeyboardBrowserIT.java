package be.miis.frontdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.organisation.CallerMatch;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.browser.Browser;
import be.miis.frontdesk.test.browser.BrowserTest;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The quick log by keyboard only (docs/keyboard-and-accessibility.md): the caller combobox, the Alt shortcuts that
 * work inside fields, the single keys that never do, and the shortcut help. The whole call is timed at 40 ms per
 * key and the figure printed; the time is reported, not asserted.
 */
@BrowserTest
class QuickLogKeyboardBrowserIT {

    private static final Logger log = LoggerFactory.getLogger(QuickLogKeyboardBrowserIT.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Duration PER_KEY = Duration.ofMillis(40);

    /** Stand-ins for Alt+Q and Alt+K in a {@link #sequence}, told apart by identity. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String ALT_Q = new String("Alt+Q");

    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String ALT_K = new String("Alt+K");

    @Autowired
    MessageSource messages;

    @Autowired
    TicketService tickets;

    @Autowired
    OrganisationService organisations;

    private int keys;

    private final List<String> phases = new ArrayList<>();

    /**
     * The acceptance path. Each stretch of keys goes to the browser as one sequence with a 40 ms pause after every
     * key (one round trip, so the driver's own latency does not count as typing), then the test waits, polling every
     * 10 ms, for what the agent waits to see. The clock runs during keys and waits only, not during the test's checks
     * in between; both figures are printed.
     */
    @Test
    void aCallFromBrussToSavedWithAnFaqAnswerTakesOnlyTheKeyboard(Browser browser) {
        browser.login("agent", "demo");
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("callerQuery");
        keys = 0;
        long started = System.nanoTime();
        long user = 0;

        long t = System.nanoTime();
        sequence(browser, "b", "r", "u", "s", "s");
        waitFor(browser, By.id("caller-0"));
        sequence(browser, Keys.ARROW_DOWN);
        user += phase("caller list", System.nanoTime() - t);
        WebElement caller = browser.focused();
        assertThat(caller.getDomAttribute("id"))
                .as("the focus stays in the field")
                .isEqualTo("callerQuery");
        assertThat(caller.getDomAttribute("aria-activedescendant")).isEqualTo("caller-0");
        assertThat(caller.getDomAttribute("aria-expanded")).isEqualTo("true");

        t = System.nanoTime();
        sequence(browser, Keys.ENTER);
        waitFor(browser, By.id("caller-card-heading"));
        user += phase("caller card", System.nanoTime() - t);
        assertThat(browser.find(By.id("caller")).getDomProperty("value")).startsWith("contact:");
        assertThat(caller.getDomAttribute("aria-expanded")).isEqualTo("false");

        // A caller without history leaves the domain to choose: the next field, chosen by typing its name.
        t = System.nanoTime();
        sequence(browser, Keys.TAB, "l", "e", "e", "f", ALT_Q);
        sequence(browser, "Mag een student met leefloon werken?".split(""));
        waitFor(browser, By.cssSelector("#faq-suggestions [data-alt-key='k']"));
        user += phase("domain, question, FAQ suggestions", System.nanoTime() - t);
        assertThat(new Select(browser.find(By.id("domainCode")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("RMI");
        assertThat(browser.focused().getDomAttribute("id"))
                .as("Alt+Q: the question")
                .isEqualTo("description");

        t = System.nanoTime();
        sequence(browser, ALT_K);
        user += phase("Alt+K", System.nanoTime() - t);
        assertThat(browser.focused().getDomAttribute("data-alt-key"))
                .as("Alt+K: the first FAQ suggestion's insert button")
                .isEqualTo("k");

        t = System.nanoTime();
        sequence(browser, Keys.ENTER);
        waitFor(browser, By.cssSelector("#faq-citation [role=status]"));
        user += phase("insert answer", System.nanoTime() - t);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("answer");
        assertThat(browser.focused().getDomProperty("value")).isNotBlank();

        t = System.nanoTime();
        keys++;
        browser.andWaitForNewPage(() -> browser.chord(Keys.ENTER, Keys.CONTROL));
        user += phase("save", System.nanoTime() - t);
        long wall = Duration.ofNanos(System.nanoTime() - started).toMillis();
        long keysAndWaits = Duration.ofNanos(user).toMillis();

        String reference = browser.text(By.cssSelector("main p a[href*='/frontdesk/tickets/']"))
                .replaceAll(".*(CMI-\\d{4}-\\d{6}).*", "$1");
        assertThat(browser.text(By.cssSelector("main .alert-success")))
                .isEqualTo(messages.getMessage("ticket.flash.logged.ANSWERED", new Object[] {reference}, DUTCH));
        assertThat(tickets.get(reference, "test").status().name()).isEqualTo("ANSWERED");
        // The figure the issue asks for (under 6 s at 40 ms a key); measured here, judged by people, never asserted.
        String figure = "QUICK LOG KEYBOARD ('bruss' to saved with an FAQ answer): %d ms of keys and waits, %d ms wall"
                        .formatted(keysAndWaits, wall)
                + " time with the test's checks, %d keys at %d ms a key; by stretch: %s"
                        .formatted(keys, PER_KEY.toMillis(), String.join(", ", phases));
        log.info(figure);
        System.out.printf("%n%s%n", figure);
    }

    @Test
    void theCallerListIsAComboboxThatEscapeClosesThenClears(Browser browser) {
        browser.login("agent", "demo");
        type(browser, "bruss");
        browser.visible(By.id("caller-0"));
        WebElement field = browser.focused();
        int options =
                browser.findAll(By.cssSelector("#caller-listbox [role=option]")).size();
        assertThat(options).as("bruss finds several callers").isGreaterThan(2);
        assertThat(field.getDomAttribute("aria-controls")).isEqualTo("caller-listbox");

        press(browser, Keys.ARROW_UP);
        assertThat(field.getDomAttribute("aria-activedescendant"))
                .as("up from the top wraps to the last option")
                .isEqualTo("caller-none");
        press(browser, Keys.ARROW_DOWN);
        press(browser, Keys.ARROW_DOWN);
        assertThat(field.getDomAttribute("aria-activedescendant")).isEqualTo("caller-1");
        assertThat(browser.find(By.id("caller-1")).getDomAttribute("aria-selected"))
                .isEqualTo("true");
        press(browser, Keys.ESCAPE);
        assertThat(field.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.find(By.id("caller-listbox")).isDisplayed()).isFalse();
        assertThat(field.getDomProperty("value"))
                .as("the first Escape only closes")
                .isEqualTo("bruss");
        press(browser, Keys.ARROW_DOWN);
        assertThat(field.getDomAttribute("aria-expanded"))
                .as("down opens it again")
                .isEqualTo("true");
        // With the list open; axe may move the focus, which closes the list (as leaving the field does).
        browser.assertAccessible();
        browser.screenshot("quick-log-caller-combobox");
        browser.find(By.id("callerQuery")).sendKeys(Keys.ESCAPE);
        press(browser, Keys.ESCAPE);
        assertThat(field.getDomProperty("value")).as("the second Escape clears").isEmpty();
        assertThat(browser.findAll(By.id("caller-listbox"))).isEmpty();
    }

    @Test
    void theAnswerAndTheSaveButtonsStayAboveTheFoldWithTheCallerCardOpen(Browser browser) {
        firstBrusselsCallerHasHistory();
        browser.login("agent", "demo").viewport(1366, 900).open("/frontdesk");
        browser.keys("bruss");
        browser.visible(By.id("caller-0"));
        browser.keys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.visible(By.cssSelector("#caller-card [data-card-first]"));
        browser.screenshot("quick-log-1366x900");
        for (String selector : List.of("#answer", "button[value=ANSWERED]", "button[value=ESCALATED]")) {
            Number bottom = (Number) ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "return arguments[0].getBoundingClientRect().bottom",
                            browser.find(By.cssSelector(selector)));
            assertThat(bottom.doubleValue()).as("%s above the fold", selector).isLessThanOrEqualTo(900);
        }
    }

    @Test
    void theCardsLinksStayOutOfTheTabPathUntilAltL(Browser browser) {
        firstBrusselsCallerHasHistory();
        browser.login("agent", "demo");
        type(browser, "bruss");
        browser.visible(By.id("caller-0"));
        press(browser, Keys.ARROW_DOWN);
        press(browser, Keys.ENTER);
        browser.visible(By.cssSelector("#caller-card [data-card-first]"));

        press(browser, Keys.TAB);
        assertThat(browser.focused().getDomAttribute("id"))
                .as("Tab goes from the caller past the card's links")
                .isEqualTo("domainCode");
        alt(browser, "l");
        assertThat(browser.focused().getDomAttribute("data-card-first"))
                .as("Alt+L: the caller's last ticket")
                .isEqualTo("true");
        assertThat(browser.focused().getDomAttribute("href")).contains("/frontdesk/tickets/CMI-");
    }

    @Test
    void singleKeysWorkOutsideFieldsOnlyAndTheHelpListsThem(Browser browser) {
        browser.login("agent", "demo").open("/frontdesk/inbox");
        WebElement search = browser.find(By.id("global-q"));
        search.sendKeys("n?");
        assertThat(browser.path()).as("n typed in a field stays text").isEqualTo("/frontdesk/inbox");
        assertThat(search.getDomProperty("value")).isEqualTo("n?");
        assertThat(browser.find(By.id("shortcuts")).getDomAttribute("open")).isNull();

        WebElement tab = browser.find(By.cssSelector("#inbox-tabs a.nav-link"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", tab);
        browser.keys("?");
        WebElement dialog = browser.visible(By.id("shortcuts"));
        assertThat(dialog.getDomAttribute("open")).isNotNull();
        assertThat(dialog.getText()).contains(messages.getMessage("shortcuts.newCall", null, DUTCH), "Alt+K");
        browser.assertAccessible();
        browser.screenshot("shortcut-help");
        browser.keys(Keys.ESCAPE);
        assertThat(dialog.getDomAttribute("open")).as("Escape closes the help").isNull();
        assertThat(browser.focused().getDomAttribute("href"))
                .as("the focus is back where it was")
                .isEqualTo(tab.getDomAttribute("href"));

        browser.andWaitForNewPage(() -> browser.keys("n"));
        assertThat(browser.path()).as("n: a new call").isEqualTo("/frontdesk");
        browser.open("/frontdesk/inbox");
        browser.find(By.id("global-q")).sendKeys("x");
        browser.andWaitForNewPage(() -> alt(browser, "n"));
        assertThat(browser.path()).as("Alt+N works from inside a field").isEqualTo("/frontdesk");
    }

    /** The caller "bruss" lists first gets an earlier ticket, so that their card has links. */
    private void firstBrusselsCallerHasHistory() {
        CallerMatch first = organisations.lookupCallers("bruss", 8).get(0);
        tickets.open(
                new OpenTicket(
                        Channel.PHONE,
                        TicketType.QUESTION,
                        "RMI",
                        ContentLanguage.NL,
                        first.organisation().id(),
                        first.contact() == null ? null : first.contact().id(),
                        "Eerdere vraag",
                        "Een eerdere vraag van deze beller.",
                        null,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                "agent");
    }

    private long phase(String name, long nanos) {
        phases.add(name + " " + Duration.ofNanos(nanos).toMillis() + " ms");
        return nanos;
    }

    /** Keys to the focused element in one sequence, with the pause after each, as a person types. */
    private void sequence(Browser browser, CharSequence... sequence) {
        Actions actions = new Actions(browser.driver());
        for (CharSequence key : sequence) {
            if (key == ALT_Q || key == ALT_K) {
                actions.keyDown(Keys.ALT).sendKeys(key == ALT_Q ? "q" : "k").keyUp(Keys.ALT);
            } else {
                actions.sendKeys(key);
            }
            actions.pause(PER_KEY);
            keys++;
        }
        actions.perform();
    }

    private static void waitFor(Browser browser, By by) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15), Duration.ofMillis(10))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void type(Browser browser, String text) {
        for (char c : text.toCharArray()) {
            press(browser, String.valueOf(c));
        }
    }

    private void press(Browser browser, CharSequence key) {
        browser.keys(key);
        keys++;
        pause();
    }

    private void alt(Browser browser, String letter) {
        browser.chord(letter, Keys.ALT);
        keys++;
        pause();
    }

    private static void pause() {
        try {
            Thread.sleep(PER_KEY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
