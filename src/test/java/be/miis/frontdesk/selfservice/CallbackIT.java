package be.miis.frontdesk.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.escalation.CalendarAdministration;
import be.miis.frontdesk.escalation.OpeningInterval;
import be.miis.frontdesk.escalation.OpeningSlots;
import be.miis.frontdesk.escalation.OpeningSlots.Slot;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.WebSession;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketView;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Call me back" end to end (docs/portal.md): the portal's form over real HTTP (slots from the business calendar,
 * bad input, honeypot, rate limits), the call-back task it becomes, the agents' attempts and outcomes, and the
 * visitor's mails delivered over real SMTP (GreenMail) by the outbox's scheduled sender.
 */
@FrontdeskIntegrationTest
class CallbackIT {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final int SMTP_PORT = freePort();
    private static final GreenMail SMTP = startSmtp();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("frontdesk.mail.enabled", () -> "true");
        registry.add("frontdesk.mail.address", () -> "desk@cmi.test");
        registry.add("frontdesk.mail.outbox.interval", () -> "PT1S");
        // The test sends, it reads no mailbox.
        registry.add("frontdesk.mail.poll-interval", () -> "P1D");
    }

    @LocalServerPort
    int port;

    @Autowired
    Callbacks callbacks;

    @Autowired
    OpeningSlots openingSlots;

    @Autowired
    CalendarAdministration calendar;

    @Autowired
    TicketService tickets;

    @Autowired
    RateLimits limits;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleViews views;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    java.time.Clock clock;

    @BeforeEach
    @AfterEach
    void noLimitsReached() {
        limits.forget();
    }

    @AfterAll
    static void smtpDown() {
        SMTP.stop();
    }

    @Test
    void slotsLieWithinTheOpeningHoursOfTheNextWorkingDaysAndSkipClosuresAndHolidays() {
        // Christmas 2026 is a Friday: from Thursday 24 December, the five working days are 24, 28, 29, 30, 31.
        List<Slot> christmas = openingSlots.next(at(LocalDate.of(2026, 12, 24), 8, 0), 5, Duration.ofHours(2));
        Set<LocalDate> closed = closed(2026);
        assertThat(days(christmas)).doesNotContain(LocalDate.of(2026, 12, 25)).hasSize(5);
        assertThat(days(christmas)).doesNotContainAnyElementsOf(closed);
        withinOpeningHours(christmas);

        // An extra closure day an admin enters is skipped too, and the week after fills the five days.
        LocalDate wednesday = LocalDate.of(2027, 3, 3);
        calendar.addClosureDay(wednesday, "Testsluiting", "Fermeture de test");
        try {
            List<Slot> march = openingSlots.next(at(LocalDate.of(2027, 3, 1), 8, 0), 5, Duration.ofHours(2));
            assertThat(days(march))
                    .containsExactly(
                            LocalDate.of(2027, 3, 1),
                            LocalDate.of(2027, 3, 2),
                            LocalDate.of(2027, 3, 4),
                            LocalDate.of(2027, 3, 5),
                            LocalDate.of(2027, 3, 8));
            withinOpeningHours(march);
            // Cut from the opening: two-hour slots, the first at the opening of Monday.
            LocalTime opens =
                    calendar.openingHours().get(DayOfWeek.MONDAY).get(0).opens();
            assertThat(march.get(0).start())
                    .isEqualTo(at(LocalDate.of(2027, 3, 1), opens.getHour(), opens.getMinute()));
            assertThat(Duration.between(march.get(0).start(), march.get(0).end()))
                    .isLessThanOrEqualTo(Duration.ofHours(2));
        } finally {
            calendar.removeClosureDay(wednesday);
        }

        // What the portal offers now (the reference clock: Wednesday 2 December 2026, 10:00): after the lead time.
        List<Slot> offered = callbacks.offeredSlots();
        assertThat(offered).isNotEmpty();
        assertThat(offered.get(0).start()).isAfter(Instant.parse("2026-12-02T09:59:00Z"));
        assertThat(days(offered)).hasSize(5).contains(LocalDate.of(2026, 12, 3));
    }

    @Test
    void aRequestBecomesADueTaskAtItsSlotWithAConfirmationPageAndMail() throws Exception {
        String name = "Jan " + UUID.randomUUID();
        String email = "jan-" + UUID.randomUUID() + "@ocmw-gent.test";
        Document form = page("/portal/nl/callback");
        assertThat(form.title()).isEqualTo("Bel mij terug · Veelgestelde vragen");
        String slot = tomorrowMorning(form);

        HttpResponse<String> sent = post(
                "/portal/nl/callback",
                fields(
                        form,
                        Map.of(
                                "phone", "09 123 45 67",
                                "name", name,
                                "organisation", "OCMW Gent",
                                "email", email,
                                "language", "nl",
                                "slot", slot,
                                "question", "Mag een student met leefloon een vakantiejob doen?")));
        assertThat(sent.statusCode()).isEqualTo(302);
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(URI.create(location).getPath()).isEqualTo("/portal/nl/callback/requested");

        Map<String, Object> row = row(name);
        assertThat(row)
                .containsEntry("phone", "+3291234567")
                .containsEntry("organisation", "OCMW Gent")
                .containsEntry("language", "nl")
                .containsEntry("status", "DUE")
                .containsEntry("attempts", 0);
        Instant start = Instant.ofEpochSecond(Long.parseLong(slot));
        assertThat(((java.sql.Timestamp) row.get("slot_start")).toInstant()).isEqualTo(start);
        assertThat(((java.sql.Timestamp) row.get("due_at")).toInstant()).isEqualTo(start);

        // The confirmation says the slot in words, in Dutch, in Brussels time.
        Document confirmation = page(
                URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery());
        ZonedDateTime brussels = start.atZone(BusinessTime.ZONE);
        assertThat(confirmation.select("h1").text()).isEqualTo("We bellen u terug");
        assertThat(confirmation.select(".pt-lead").text())
                .isEqualTo("We bellen u op donderdag 3 december tussen "
                        + "%02d:00 en %02d:00 (Brusselse tijd).".formatted(brussels.getHour(), brussels.getHour() + 2));
        assertThat(confirmation.text()).contains("We hebben u een bevestiging gemaild.");

        // The agents see it among the due call-backs, with its slot.
        assertThat(callbacks.due(null, 500, "agent").items())
                .anyMatch(c -> c.name().equals(name) && c.slotStart().equals(start));

        MimeMessage mail = awaitMail(email);
        assertThat(mail.getSubject()).isEqualTo("Uw terugbelverzoek bij Call mi-is");
        assertThat(text(mail))
                .contains("We bellen u op donderdag 3 december 2026 tussen %02d:00".formatted(brussels.getHour()));
    }

    @Test
    void aRequestFromAnArticlePageCountsAsTheArticlesCallBackOnce() throws Exception {
        long article = jdbc.sql("select article_id from faq_article_version where is_current and audience = 'PUBLIC'"
                        + " and language = 'nl' order by article_id limit 1")
                .query(Long.class)
                .single();
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessTime.ZONE);
        long before = views.followUps(article, today, ArticleViews.FollowUp.CALLBACK);
        Document form = page("/portal/nl/callback?article=" + article);
        assertThat(form.select("input[type=hidden][name=article]").val()).isEqualTo(Long.toString(article));
        Map<String, String> values = new LinkedHashMap<>(Map.of(
                "phone", "02 508 85 85",
                "name", "Na het artikel " + UUID.randomUUID(),
                "organisation", "OCMW Brugge",
                "language", "nl",
                "slot", tomorrowMorning(form),
                "question", "Nog een vraag"));
        values.put("article", Long.toString(article));
        assertThat(post("/portal/nl/callback", fields(form, values)).statusCode())
                .isEqualTo(302);
        assertThat(views.followUps(article, today, ArticleViews.FollowUp.CALLBACK))
                .isEqualTo(before + 1);

        // An id that is no public article is forgotten, not refused, and counts nowhere.
        Document unknown = page("/portal/nl/callback?article=999999999");
        assertThat(unknown.select("input[name=article]")).isEmpty();
    }

    @Test
    void aWrongNumberOrASlotNotOfferedIsRefusedWithTheFieldsKeptAndNothingStored() throws Exception {
        String name = "Ongeldig " + UUID.randomUUID();
        Document form = page("/portal/fr/callback");
        // Saturday 5 December 2026, 10:00 in Brussels: the centre is closed, so it is never offered.
        String saturday = Long.toString(Instant.parse("2026-12-05T09:00:00Z").getEpochSecond());
        HttpResponse<String> refused = post(
                "/portal/fr/callback",
                fields(
                        form,
                        Map.of(
                                "phone", "12345",
                                "name", name,
                                "organisation", "CPAS de Namur",
                                "language", "fr",
                                "slot", saturday,
                                "question", "Une question")));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.title()).startsWith("Erreur :");
        assertThat(page.select(".pt-error-summary a").eachAttr("href"))
                .containsExactly(
                        "#phone", "#" + page.select("input[name=slot]").first().id());
        assertThat(page.select("#phone-error").text()).contains("02 508 85 85");
        assertThat(page.select("#phone").val()).isEqualTo("12345");
        assertThat(page.select("#name").val()).isEqualTo(name);
        assertThat(page.select("#question").text()).isEqualTo("Une question");
        assertThat(page.select("#phone").attr("aria-describedby")).contains("phone-error");
        assertThat(count(name)).isZero();

        // Everything missing: each field says so, in the order of the form.
        HttpResponse<String> empty = post("/portal/en/callback", fields(page("/portal/en/callback"), Map.of()));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(empty.body()).select(".pt-error-summary a").eachText())
                .containsExactly(
                        "Enter your phone number",
                        "Enter your name",
                        "Enter your organisation",
                        "Choose the language of the call",
                        "Choose when we may call you",
                        "Enter what your question is about");

        // No token, or one served to another browser: refused, nothing stored.
        Map<String, String> good = Map.of(
                "phone", "02 508 85 85",
                "name", name,
                "organisation", "CPAS",
                "language", "fr",
                "slot", tomorrowMorning(form),
                "question", "Q");
        Map<String, String> noToken = new LinkedHashMap<>(good);
        assertThat(post("/portal/fr/callback", noToken).statusCode()).isEqualTo(400);
        Map<String, String> wrongToken = new LinkedHashMap<>(good);
        wrongToken.put("token", "0".repeat(64));
        HttpResponse<String> expired = post("/portal/fr/callback", wrongToken);
        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(expired.body()).text()).contains("Rechargez le formulaire");
        assertThat(count(name)).isZero();
    }

    @Test
    void theHoneypotIsToldWhatAPersonWouldBeAndNothingIsStored() throws Exception {
        String name = "Robot " + UUID.randomUUID();
        Document form = page("/portal/nl/callback");
        assertThat(form.select(".pt-hp input#website")).hasSize(1);
        Map<String, String> values = new LinkedHashMap<>(Map.of(
                "phone", "02 508 85 85",
                "name", name,
                "organisation", "OCMW",
                "language", "nl",
                "slot", tomorrowMorning(form),
                "question", "Koop nu"));
        values.put("website", "http://spam.example");
        HttpResponse<String> answer = post("/portal/nl/callback", fields(form, values));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).contains("/portal/nl/callback/requested");
        assertThat(count(name)).isZero();
    }

    @Test
    void rateLimitsPerAddressAndPerNumberAnswerWithALocalisedPage() throws Exception {
        Document form = page("/portal/nl/callback");
        String slot = tomorrowMorning(form);
        // Per number: three a day, whatever the address.
        for (int i = 0; i < 3; i++) {
            assertThat(post("/portal/nl/callback", request(form, "0475 11 22 33", slot))
                            .statusCode())
                    .isEqualTo(302);
        }
        HttpResponse<String> number = post("/portal/nl/callback", request(form, "+32 475 11 22 33", slot));
        assertThat(number.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(number.body()).select("h1").text()).isEqualTo("Te veel verzoeken");

        // Per address: five an hour; mistakes corrected on the way do not count.
        limits.forget();
        for (int i = 0; i < 6; i++) {
            assertThat(post("/portal/nl/callback", request(form, "12345", slot)).statusCode())
                    .isEqualTo(400);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(post("/portal/nl/callback", request(form, "0475 00 00 0" + i, slot))
                            .statusCode())
                    .isEqualTo(302);
        }
        HttpResponse<String> address = post("/portal/fr/callback", request(form, "0475 00 00 09", slot));
        assertThat(address.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(address.body()).select("h1").text()).isEqualTo("Trop de demandes");
    }

    @Test
    void failedAttemptsAreRecordedAndTheLastClosesTheCallBackAndMailsTheVisitor() throws Exception {
        String email = "an-" + UUID.randomUUID() + "@cpas.test";
        long id = request("An " + UUID.randomUUID(), email, ContentLanguage.FR);
        awaitMail(email);
        int max = callbacks.maxAttempts();
        assertThat(max).isEqualTo(3);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        // Whole seconds: PostgreSQL keeps microseconds.
        Instant first = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        for (int attempt = 1; attempt <= max; attempt++) {
            // Each failed call a little more than the retry delay after the one before.
            Instant now = first.plus(Duration.ofMinutes(31L * (attempt - 1)));
            CallbackView before = callbacks.get(id, "agent");
            transaction.executeWithoutResult(status -> callbacks.take(id, before.version(), "agent", now));
            CallbackView taken = callbacks.get(id, "agent");
            assertThat(taken.holder()).isEqualTo("agent");
            boolean closed = transaction.execute(status -> callbacks.notReached(id, taken.version(), "agent", now));
            CallbackView after = callbacks.get(id, "agent");
            assertThat(after.attempts()).isEqualTo(attempt);
            assertThat(after.calls()).hasSize(attempt);
            CallbackView.Call last = after.calls().get(attempt - 1);
            assertThat(last.agent()).isEqualTo("agent");
            assertThat(last.at()).isEqualTo(now);
            assertThat(last.outcome()).isEqualTo(CallbackStatus.NOT_REACHED);
            if (attempt < max) {
                assertThat(closed).isFalse();
                assertThat(after.status()).isEqualTo(CallbackStatus.DUE);
                assertThat(after.holder()).as("free for the next attempt").isNull();
                assertThat(after.dueAt())
                        .as("due again after the retry delay")
                        .isEqualTo(now.plus(Duration.ofMinutes(30)));
                // A failed call before then does not count: refused, nothing recorded.
                Instant tooSoon = now.plus(Duration.ofMinutes(29));
                assertThatThrownBy(() -> transaction.execute(
                                status -> callbacks.notReached(id, after.version(), "agent", tooSoon)))
                        .isInstanceOf(CallbackTooSoonException.class)
                        .satisfies(e -> assertThat(((CallbackTooSoonException) e).from())
                                .isEqualTo(after.dueAt()));
                assertThat(callbacks.get(id, "agent").attempts()).isEqualTo(attempt);
            } else {
                assertThat(closed).isTrue();
                assertThat(after.status()).isEqualTo(CallbackStatus.NOT_REACHED);
            }
        }
        assertThat(callbacks.due(null, 500, "agent").items()).noneMatch(c -> c.id() == id);
        assertThatThrownBy(() -> callbacks.take(id, callbacks.get(id, "agent").version(), "agent"))
                .isInstanceOf(CallbackDoneException.class);

        MimeMessage missed = awaitMail(email, 2).get(1);
        assertThat(missed.getSubject()).isEqualTo("Nous n'avons pas pu vous joindre");
        assertThat(text(missed)).contains("02 508 85 85").contains("/portal/fr/callback");
        assertThat(jdbc.sql("select count(*) from audit_event where target_type = 'callback' and target_id = :id"
                                + " and action = 'CHANGED'")
                        .param("id", Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2L * max);
    }

    @Test
    void reachedOpensAPhoneTicketWithTheCallerAndTheQuestionAndLinksIt() {
        String name = "Els " + UUID.randomUUID();
        long id = request(name, null, ContentLanguage.NL);
        CallbackView callback = callbacks.get(id, "agent");
        callbacks.take(id, callback.version(), "agent");
        String reference = callbacks.reached(
                id, callbacks.get(id, "agent").version(), "RMI", "Terugbelverzoek van " + name, "agent");

        CallbackView done = callbacks.get(id, "agent");
        assertThat(done.status()).isEqualTo(CallbackStatus.REACHED);
        assertThat(done.ticketReference()).isEqualTo(reference);
        assertThat(done.calls()).extracting(CallbackView.Call::outcome).containsExactly(CallbackStatus.REACHED);
        TicketView ticket = tickets.get(reference, "agent");
        assertThat(ticket.channel()).isEqualTo(Channel.PHONE);
        assertThat(ticket.language()).isEqualTo(ContentLanguage.NL);
        assertThat(ticket.domainCode()).isEqualTo("RMI");
        assertThat(ticket.subject()).isEqualTo("Mag een student met leefloon een vakantiejob doen?");
        assertThat(ticket.description()).contains(name);
        assertThat(callbacks.due(null, 500, "agent").items()).noneMatch(c -> c.id() == id);
    }

    @Test
    void twoAgentsCannotTakeTheSameCallBack() {
        long id = request("Piet " + UUID.randomUUID(), null, ContentLanguage.NL);
        int seen = callbacks.get(id, "agent").version();
        callbacks.take(id, seen, "agent");
        // The second agent, with the page as it was: the change meanwhile is refused.
        assertThatThrownBy(() -> callbacks.take(id, seen, "expert"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        // With the page reloaded: told who is calling.
        int now = callbacks.get(id, "expert").version();
        assertThatThrownBy(() -> callbacks.take(id, now, "expert"))
                .isInstanceOf(CallbackTakenException.class)
                .satisfies(e -> assertThat(((CallbackTakenException) e).agent()).isEqualTo("agent"));
        assertThatThrownBy(() -> callbacks.notReached(id, now, "expert")).isInstanceOf(CallbackTakenException.class);
        assertThat(callbacks.get(id, "agent").attempts()).isZero();
        // Only the frontdesk's roles see call-backs.
        assertThatThrownBy(() -> callbacks.get(id, "manager"))
                .isInstanceOf(be.miis.frontdesk.shared.NotPermittedException.class);
    }

    @Test
    void onTheAgentsPagesTheSecondAgentIsToldWhoIsCalling() throws Exception {
        String name = "Mira " + UUID.randomUUID();
        long id = request(name, null, ContentLanguage.NL);
        int seen = callbacks.get(id, "agent").version();
        WebSession agent = new WebSession(port).login("agent");
        WebSession expert = new WebSession(port).login("expert");
        assertThat(Jsoup.parse(expert.get("/frontdesk/callbacks").body())
                        .select("#callback-" + id)
                        .text())
                .contains(name)
                .contains("+32 2 508 85 85");

        HttpResponse<String> taken = agent.post("/frontdesk/callbacks/" + id + "/take", "version=" + seen);
        assertThat(taken.uri().getPath()).isEqualTo("/frontdesk/callbacks/" + id);
        assertThat(Jsoup.parse(taken.body()).select("#callback-dial").attr("href"))
                .isEqualTo("tel:+3225088585");

        // The expert with the list as it was: changed meanwhile.
        HttpResponse<String> stale = expert.post("/frontdesk/callbacks/" + id + "/take", "version=" + seen);
        assertThat(Jsoup.parse(stale.body()).select(".alert-danger").text())
                .isEqualTo(
                        "Iemand anders heeft dit terugbelverzoek intussen gewijzigd. Bekijk hoe het er nu voor staat.");
        Document page = Jsoup.parse(stale.body());
        assertThat(page.select("#callback-dial"))
                .as("no number to dial for the second agent")
                .isEmpty();
        // With the page reloaded: told who is calling, by name.
        int now = callbacks.get(id, "expert").version();
        HttpResponse<String> refused = expert.post("/frontdesk/callbacks/" + id + "/take", "version=" + now);
        assertThat(Jsoup.parse(refused.body()).select(".alert-danger").text())
                .isEqualTo("Anna Agent belt deze persoon al. Kies een ander terugbelverzoek.");
        assertThat(callbacks.get(id, "agent").holder()).isEqualTo("agent");
        assertThat(jdbc.sql("select count(*) from audit_event where target_type = 'callback' and target_id = :id"
                                + " and action = 'VIEWED' and actor = 'agent'")
                        .param("id", Long.toString(id))
                        .query(Long.class)
                        .single())
                .as("opening a call-back is on the audit trail")
                .isPositive();
    }

    @Test
    void theAgentsListIsOneRangeScanOfItsPartialIndex() {
        List<String> plan = new org.springframework.transaction.support.TransactionTemplate(transactions)
                .execute(status -> {
                    // On a small table a sequential scan is cheaper; what matters is that the index can serve it.
                    jdbc.sql("set local enable_seqscan = off").update();
                    return jdbc.sql("explain " + CallbackRepository.DUE_PAGE)
                            .param("at", java.sql.Timestamp.from(Instant.EPOCH))
                            .param("id", 0L)
                            .param("limit", 51)
                            .query(String.class)
                            .list();
                });
        assertThat(String.join("\n", plan)).contains("callback_request_due_idx").doesNotContain("Sort");
    }

    @Test
    void phoneNumbersAreNormalisedAndShownTheBelgianWay() {
        assertThat(PhoneNumbers.normalise("02 508 85 85")).contains("+3225088585");
        assertThat(PhoneNumbers.normalise("0475/12.34.56")).contains("+32475123456");
        assertThat(PhoneNumbers.normalise("0032 9 123 45 67")).contains("+3291234567");
        assertThat(PhoneNumbers.normalise("+33 1 23 45 67 89")).contains("+33123456789");
        assertThat(PhoneNumbers.normalise("12345")).isEmpty();
        assertThat(PhoneNumbers.normalise("02 508 85")).isEmpty();
        assertThat(PhoneNumbers.normalise("call me")).isEmpty();
        assertThat(PhoneNumbers.display("+3225088585")).isEqualTo("+32 2 508 85 85");
        assertThat(PhoneNumbers.display("+32475123456")).isEqualTo("+32 475 12 34 56");
        assertThat(PhoneNumbers.display("+3250123456")).isEqualTo("+32 50 12 34 56");
    }

    private long request(String name, String email, ContentLanguage language) {
        Slot slot = callbacks.offeredSlots().get(0);
        return callbacks.request(new CallbackInput(
                "02 508 85 85",
                name,
                "OCMW Gent",
                email,
                language,
                slot.start(),
                slot.end(),
                "Mag een student met leefloon een vakantiejob doen?",
                null));
    }

    private static Map<String, String> request(Document form, String phone, String slot) {
        return fields(
                form,
                Map.of(
                        "phone", phone,
                        "name", "Limiet",
                        "organisation", "OCMW",
                        "language", "nl",
                        "slot", slot,
                        "question", "Vraag"));
    }

    /** The first slot of Thursday 3 December (tomorrow for the reference clock), as the form offers it. */
    private static String tomorrowMorning(Document form) {
        return form.select("input[name=slot]").stream()
                .map(input -> input.val())
                .filter(v -> Instant.ofEpochSecond(Long.parseLong(v))
                        .atZone(BusinessTime.ZONE)
                        .toLocalDate()
                        .equals(LocalDate.of(2026, 12, 3)))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, String> fields(Document form, Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>(values);
        fields.put("token", form.select("input[name=token]").val());
        return fields;
    }

    private void withinOpeningHours(List<Slot> slots) {
        Map<DayOfWeek, List<OpeningInterval>> hours = calendar.openingHours();
        for (Slot slot : slots) {
            ZonedDateTime start = slot.start().atZone(BusinessTime.ZONE);
            ZonedDateTime end = slot.end().atZone(BusinessTime.ZONE);
            assertThat(end.toLocalDate()).isEqualTo(start.toLocalDate());
            assertThat(hours.get(start.getDayOfWeek()))
                    .as("%s within the opening hours", slot)
                    .anyMatch(i -> !start.toLocalTime().isBefore(i.opens())
                            && !end.toLocalTime().isAfter(i.closes()));
        }
    }

    private Set<LocalDate> closed(int year) {
        return calendar.closureDays(year).stream().map(d -> d.date()).collect(Collectors.toSet());
    }

    private static List<LocalDate> days(List<Slot> slots) {
        return slots.stream()
                .map(s -> s.start().atZone(BusinessTime.ZONE).toLocalDate())
                .distinct()
                .toList();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(BusinessTime.ZONE).toInstant();
    }

    private Map<String, Object> row(String name) {
        return jdbc.sql("select * from callback_request where name = :name")
                .param("name", name)
                .query()
                .singleRow();
    }

    private long count(String name) {
        return jdbc.sql("select count(*) from callback_request where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static MimeMessage awaitMail(String to) throws Exception {
        return awaitMail(to, 1).get(0);
    }

    /** The mails to an address, once there are {@code count}: the outbox's sender runs every second. */
    private static List<MimeMessage> awaitMail(String to, int count) throws Exception {
        for (int i = 0; i < 300; i++) {
            List<MimeMessage> mails = List.of(SMTP.getReceivedMessagesForDomain(to));
            if (mails.size() >= count) {
                return mails;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + count + " mails to " + to + " within 30 s");
    }

    private static String text(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            return multipart.getBodyPart(0).getContent().toString();
        }
        return content.toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }
}
