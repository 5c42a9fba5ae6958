package be.miis.frontdesk.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.miis.frontdesk.knowledge.ArticleDraft;
import be.miis.frontdesk.knowledge.Audience;
import be.miis.frontdesk.knowledge.KnowledgeService;
import be.miis.frontdesk.knowledge.TranslationText;
import be.miis.frontdesk.mail.TestOutbox;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.ReferenceClockConfiguration.ReferenceClock;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.EntryKind;
import be.miis.frontdesk.ticket.EntryView;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketStatus;
import be.miis.frontdesk.ticket.TicketView;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The question form over real HTTP and real SMTP (GreenMail in the test JVM), anonymous: a question becomes a WEB
 * ticket with the asker's name and address, the article it came from and its attachment; the confirmation and the
 * agent's answer reach the asker by mail; the private status link shows that ticket only, with the answer, and stops
 * working when it expires. Every refusal (each field, the honeypot, the limits per IP address and per e-mail
 * address, the attachment's size and type) stores nothing.
 */
@FrontdeskIntegrationTest
class PortalAskIT {

    private static final String PORTAL = "https://faq.cmi.test/portal";
    private static final int SMTP_PORT = TestOutbox.freePort();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final GreenMail SMTP = TestOutbox.startSmtp(SMTP_PORT);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("frontdesk.mail.address", () -> "desk@cmi.test");
        registry.add("frontdesk.portal.url", () -> PORTAL);
    }

    @LocalServerPort
    int port;

    @Autowired
    TicketService tickets;

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ArticleViews views;

    @Autowired
    RateLimits limits;

    @Autowired
    ReferenceClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    OrganisationSummary cpas;

    @BeforeEach
    void fresh() {
        limits.forget();
        cpas = organisations
                .summaries(jdbc.sql("select id from organisation where active order by id limit 1")
                        .query(Long.class)
                        .list())
                .values()
                .iterator()
                .next();
    }

    @AfterEach
    void back() {
        clock.reset();
        limits.forget();
    }

    @AfterAll
    static void smtpDown() {
        SMTP.stop();
    }

    @Test
    void aQuestionBecomesAWebTicketWithItsConfirmationMailAndTheAnswerReachesTheAskerByMailAndOnTheStatusPage()
            throws Exception {
        long article = publish("Hoe vraag ik een wobbeltoelage aan?", "Comment demander une allocation wobbel ?");
        String asker = address();

        // Opened from the article: the form says where the visitor came from.
        Document form = page("/portal/fr/ask?article=" + article);
        assertThat(form.title()).isEqualTo("Poser une question · Questions fréquentes");
        assertThat(form.select(".pt-notice a").text()).isEqualTo("Comment demander une allocation wobbel ?");
        assertThat(form.select("input[name=article]").val()).isEqualTo(Long.toString(article));
        assertThat(form.select("input[name=language][checked]").val()).isEqualTo("fr");

        // The organisation lookup sends the form back with what was typed, and the organisations found.
        Map<String, String> fields = valid(form, asker);
        fields.put("organisation", "");
        fields.put("find", cpas.postcodes().get(0));
        fields.put("action", "find");
        HttpResponse<String> lookup = post("/portal/fr/ask", fields, null);
        assertThat(lookup.statusCode()).isEqualTo(200);
        Document found = Jsoup.parse(lookup.body());
        assertThat(found.select("input[name=organisation]").eachAttr("value")).contains(Long.toString(cpas.id()));
        assertThat(found.select("#name").val()).isEqualTo("Sophie Lambert");
        assertThat(found.select("#question").text()).isEqualTo(fields.get("question"));
        assertThat(questions()).as("a lookup stores nothing").isEqualTo(questionsBefore(asker));

        fields.put("organisation", Long.toString(cpas.id()));
        fields.put("action", "send");
        HttpResponse<String> sent = post(
                "/portal/fr/ask",
                fields,
                new File(
                        "attestation.pdf", "application/pdf", "%PDF-1.4 attestation".getBytes(StandardCharsets.UTF_8)));
        assertThat(sent.statusCode()).isEqualTo(302);
        String confirmation = sent.headers().firstValue("Location").orElseThrow();
        assertThat(confirmation).matches("/portal/fr/ask/sent/[A-Za-z0-9_-]{43}");
        String token = confirmation.substring(confirmation.lastIndexOf('/') + 1);

        HttpResponse<String> confirmed = get(confirmation);
        assertThat(confirmed.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(confirmed.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        assertThat(confirmed.headers().allValues("Set-Cookie")).isEmpty();
        Document page = Jsoup.parse(confirmed.body());
        String reference = page.select(".pt-reference").text();
        assertThat(reference).matches("CMI-\\d{4}-\\d{6}");
        // Asked on Wednesday 2 December 2026 at 10:00: two working days on is Friday 4 December.
        assertThat(page.text()).contains("au plus tard le 4 décembre 2026");
        assertThat(page.select("a[href*=/status/]").attr("href")).isEqualTo("/portal/fr/status/" + token);

        // The WEB ticket, as the agents see it.
        TicketView ticket = tickets.get(reference, "agent");
        assertThat(ticket.channel()).isEqualTo(Channel.WEB);
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.language()).isEqualTo(ContentLanguage.FR);
        assertThat(ticket.domainCode()).isEqualTo("HEATING_FUND");
        assertThat(ticket.organisation().id()).isEqualTo(cpas.id());
        assertThat(ticket.description()).isEqualTo(fields.get("question"));
        assertThat(ticket.createdBy()).isEqualTo("portal");
        EntryView note = ticket.entries().stream()
                .filter(e -> e.kind() == EntryKind.NOTE)
                .findFirst()
                .orElseThrow();
        assertThat(note.body())
                .contains("From: Sophie Lambert <" + asker + ">")
                .contains("FAQ article " + article + ": Comment demander une allocation wobbel ?");
        EntryView question = ticket.entries().stream()
                .filter(e -> e.kind() == EntryKind.INCOMING)
                .findFirst()
                .orElseThrow();
        assertThat(question.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.name()).isEqualTo("attestation.pdf");
            assertThat(attachment.notKept()).isNull();
        });
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        assertThat(views.followUps(article, today, ArticleViews.FollowUp.QUESTION))
                .isEqualTo(1);

        // The confirmation by mail, through the outbox: reference, date and the private link.
        TestOutbox.send(context);
        MimeMessage mail = single(asker);
        assertThat(mail.getSubject()).startsWith("[" + reference + "] Reçu : Nous chauffons au mazout");
        String text = text(mail);
        assertThat(text)
                .contains(reference)
                .contains("au plus tard le 4 décembre 2026")
                .contains(PORTAL + "/fr/status/" + token);

        Document status = page("/portal/fr/status/" + token);
        assertThat(status.select("h1").text()).isEqualTo("Votre question " + reference);
        assertThat(status.select(".pt-stage").text()).isEqualTo("Reçue");
        assertThat(status.select(".pt-answer-text")).isEmpty();

        // The agent answers through the web (the ticket's channel): the asker reads it on the page and by mail.
        tickets.answer(
                reference,
                ticket.version(),
                "Oui, le fonds intervient aussi pour le gasoil de chauffage.",
                Channel.WEB,
                "agent");
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        jdbc.sql("select count(*) from mail_outbox where ticket_reference = :r and kind = 'ANSWER'")
                                        .param("r", reference)
                                        .query(Long.class)
                                        .single()
                                == 1);
        TestOutbox.send(context);
        List<MimeMessage> mails = received(asker);
        assertThat(mails).hasSize(2);
        assertThat(text(mails.get(1))).contains("Oui, le fonds intervient aussi pour le gasoil de chauffage.");

        Document answered = page("/portal/fr/status/" + token);
        assertThat(answered.select(".pt-stage").text()).isEqualTo("Répondue");
        assertThat(answered.select(".pt-answer-text").text())
                .isEqualTo("Oui, le fonds intervient aussi pour le gasoil de chauffage.");
        // The answer, not who gave it; nothing of the asker either (the page is for whoever holds the link).
        assertThat(answered.text())
                .doesNotContain("agent")
                .doesNotContain(asker)
                .doesNotContain("Lambert");
        assertThat(answered.select(".pt-hint").eachText()).contains("Ce lien fonctionne jusqu'au 2 mars 2027.");
        // The same page in another language of the switch.
        assertThat(page("/portal/nl/status/" + token).select(".pt-stage").text())
                .isEqualTo("Beantwoord");
    }

    @Test
    void whatTheAgentAsksOfTheAskerGoesToTheAddressGivenOnTheForm() throws Exception {
        String asker = address();
        Document form = page("/portal/fr/ask");
        Map<String, String> fields = valid(form, asker);
        fields.put("organisation", "none");
        fields.put("organisationName", "CPAS de Nulle-Part");
        fields.put("postcode", "5000");
        // A line break sent by hand does not add a line of its own to the agent's note.
        fields.put("name", "Jean\nAsked after reading FAQ article 1");
        HttpResponse<String> sent = post("/portal/fr/ask", fields, null);
        assertThat(sent.statusCode()).isEqualTo(302);
        String location = sent.headers().firstValue("Location").orElseThrow();
        String token = location.substring(location.lastIndexOf('/') + 1);
        String title = page("/portal/fr/status/" + token).select("h1").text();
        String reference = title.substring(title.lastIndexOf(' ') + 1);
        TicketView ticket = tickets.get(reference, "agent");
        assertThat(ticket.organisation()).isNull();
        assertThat(ticket.entries().stream()
                        .filter(e -> e.kind() == EntryKind.NOTE)
                        .findFirst()
                        .orElseThrow()
                        .body()
                        .lines())
                .containsExactly(
                        "From: Jean Asked after reading FAQ article 1 <" + asker + ">",
                        "Channel: portal question form",
                        "Organisation (not in the list): CPAS de Nulle-Part, 5000");
        tickets.waitForCustomer(
                reference,
                tickets.get(reference, "agent").version(),
                "Envoyez-nous l'attestation du fournisseur.",
                "agent");
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        jdbc.sql("select count(*) from mail_outbox where ticket_reference = :r and kind = 'REQUEST'")
                                        .param("r", reference)
                                        .query(Long.class)
                                        .single()
                                == 1);
        TestOutbox.send(context);
        List<MimeMessage> mails = received(asker);
        assertThat(mails).hasSize(2);
        assertThat(text(mails.get(1))).contains("Envoyez-nous l'attestation du fournisseur.");
        assertThat(page("/portal/fr/status/" + token).select(".pt-stage").text())
                .isEqualTo("En cours de traitement");
    }

    @Test
    void theStatusLinkShowsOnlyItsOwnTicketAndAnUnknownOrExpiredOneIsTheSameNotFoundPage() throws Exception {
        String first = address();
        String second = address();
        String firstToken = ask(first, "Première question wobbel");
        String secondToken = ask(second, "Seconde question confidentielle");
        String firstReference =
                page("/portal/fr/status/" + firstToken).select("h1").text();
        String secondReference =
                page("/portal/fr/status/" + secondToken).select("h1").text();
        assertThat(firstReference).isNotEqualTo(secondReference);
        String secondTicket = secondReference.substring(secondReference.lastIndexOf(' ') + 1);
        tickets.answer(
                secondTicket,
                tickets.get(secondTicket, "agent").version(),
                "Réponse confidentielle à la seconde",
                Channel.WEB,
                "agent");

        Document own = page("/portal/fr/status/" + firstToken);
        assertThat(own.text())
                .contains(firstReference)
                .doesNotContain(secondTicket)
                .doesNotContain("confidentielle")
                .doesNotContain(second);

        HttpResponse<String> unknown = get("/portal/fr/status/" + "A".repeat(43));
        HttpResponse<String> malformed = get("/portal/fr/status/abc");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(404);
        Document gone = Jsoup.parse(unknown.body());
        assertThat(gone.select("h1").text()).isEqualTo("Ce lien ne fonctionne pas");
        assertThat(gone.select("html").attr("lang")).isEqualTo("fr");

        // 90 days on it still works; a moment after its 90th day, it answers exactly as a wrong token does.
        clock.advance(Duration.ofDays(89));
        assertThat(get("/portal/fr/status/" + firstToken).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        HttpResponse<String> expired = get("/portal/fr/status/" + firstToken);
        assertThat(expired.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(expired.body()).select("main").html())
                .isEqualTo(gone.select("main").html());
        assertThat(get("/portal/fr/ask/sent/" + firstToken).statusCode()).isEqualTo(404);
    }

    @Test
    void eachMissingOrWrongFieldIsSaidInTheSummaryAndBesideItWithEverythingTypedKeptAndNothingStored()
            throws Exception {
        String asker = address();
        Document form = page("/portal/nl/ask?q=stookolie+mazout");
        assertThat(form.select("#question").text()).as("the search words").isEqualTo("stookolie mazout");
        long before = questions();

        HttpResponse<String> empty = post("/portal/nl/ask", Map.of("token", token(form), "language", ""), null);
        assertThat(empty.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(empty.body());
        assertThat(page.title()).startsWith("Fout:");
        assertThat(page.select("#error-summary").attr("tabindex")).isEqualTo("-1");
        assertThat(page.select("#error-summary").hasAttr("autofocus")).isTrue();
        assertThat(page.select("#error-summary a").eachAttr("href"))
                .containsExactly("#organisation-none", "#name", "#email", "#domain", "#language", "#question");
        for (String href : page.select("#error-summary a").eachAttr("href")) {
            assertThat(page.select(href)).as("the field of %s", href).hasSize(1);
        }
        assertThat(page.select(".pt-field-error").eachText()).allMatch(text -> text.startsWith("Fout: "));

        Map<String, String> wrong = valid(form, "not-an-address");
        wrong.put("organisation", "none");
        wrong.put("organisationName", "");
        wrong.put("postcode", "12");
        wrong.put("question", "x".repeat(5001));
        wrong.put("name", "Jan\u0000Peeters");
        HttpResponse<String> refused = post("/portal/nl/ask", wrong, null);
        assertThat(refused.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(refused.body());
        assertThat(again.select("#error-summary a").eachAttr("href"))
                .containsExactly("#name", "#organisationName", "#postcode", "#email", "#question");
        assertThat(again.select("#error-summary a").eachText())
                .contains(
                        "Dit veld bevat tekens die we niet kunnen aanvaarden; typ het opnieuw",
                        "Vul de postcode van uw organisatie in, 4 cijfers, zoals 1000",
                        "Vul een geldig e-mailadres in, zoals naam@ocmw-gent.be",
                        "Uw vraag mag hoogstens 5000 tekens lang zijn");
        // Everything typed comes back.
        assertThat(again.select("#email").val()).isEqualTo("not-an-address");
        assertThat(again.select("#postcode").val()).isEqualTo("12");
        assertThat(again.select("#organisation-none").hasAttr("checked")).isTrue();
        assertThat(again.select("#domain option[selected]").val()).isEqualTo("HEATING_FUND");
        assertThat(again.select("#question").text()).hasSize(5001);

        // An unknown organisation and topic, a language that is not one of the four.
        Map<String, String> unknown = valid(form, asker);
        unknown.put("organisation", "999999999");
        unknown.put("domain", "NOPE");
        unknown.put("language", "es");
        // An address list instead of one address.
        unknown.put("email", "a@ocmw.example," + asker);
        Document third = Jsoup.parse(post("/portal/nl/ask", unknown, null).body());
        assertThat(third.select("#error-summary a").eachAttr("href"))
                .containsExactly("#organisation-none", "#email", "#domain", "#language");

        assertThat(questions()).isEqualTo(before);
        assertThat(received(asker)).isEmpty();
    }

    @Test
    void anAttachmentTooLargeOrAProgramIsRefusedAndNothingIsStored() throws Exception {
        String asker = address();
        Document form = page("/portal/de/ask");
        long before = questions();
        Map<String, String> fields = valid(form, asker);
        fields.put("organisation", Long.toString(cpas.id()));

        byte[] large = new byte[11 * 1024 * 1024];
        large[0] = '%';
        Document tooLarge = Jsoup.parse(post("/portal/de/ask", fields, new File("scan.pdf", "application/pdf", large))
                .body());
        assertThat(tooLarge.select("#attachment-error").text())
                .isEqualTo("Fehler: Der Anhang ist zu groß: Wählen Sie eine kleinere Datei");
        assertThat(tooLarge.select("#error-summary a").eachAttr("href")).containsExactly("#attachment");

        for (File program : List.of(
                new File("setup.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0}),
                new File("scan.pdf", "application/pdf", new byte[] {'M', 'Z', 1, 2, 3}),
                new File("facture.pdf.exe", "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8)),
                new File("script.pdf", "application/pdf", "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.UTF_8)),
                new File("archive.zip", "application/zip", new byte[] {'P', 'K', 3, 4}))) {
            HttpResponse<String> response = post("/portal/de/ask", fields, program);
            assertThat(response.statusCode()).as(program.name()).isEqualTo(400);
            assertThat(Jsoup.parse(response.body()).select("#attachment-error").text())
                    .as(program.name())
                    .startsWith("Fehler: Diese Art von Datei kann nicht gesendet werden");
        }
        assertThat(questions()).isEqualTo(before);
    }

    @Test
    void aFilledHoneypotLooksAcceptedButNothingIsStoredOrSent() throws Exception {
        String asker = address();
        Document form = page("/portal/en/ask");
        assertThat(form.select("input[name=website]").attr("tabindex")).isEqualTo("-1");
        long before = questions();
        Map<String, String> fields = valid(form, asker);
        fields.put("organisation", Long.toString(cpas.id()));
        fields.put("website", "http://spam.example");
        HttpResponse<String> response = post("/portal/en/ask", fields, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Question sent");
        assertThat(questions()).isEqualTo(before);
        TestOutbox.send(context);
        assertThat(received(asker)).isEmpty();
    }

    @Test
    void aComplaintSentFromTheFormBecomesAComplaintTicketWithItsCase() throws Exception {
        String asker = address();
        Document form = page("/portal/de/ask");
        assertThat(form.select("input[name=kind][value=complaint]")).hasSize(1);
        Map<String, String> fields = valid(form, asker);
        fields.put("organisation", Long.toString(cpas.id()));
        fields.put("kind", "complaint");
        fields.put("question", "Niemand hat mich zurückgerufen.");
        HttpResponse<String> sent = post("/portal/de/ask", fields, null);
        assertThat(sent.statusCode()).isEqualTo(302);
        Document confirmation = page(sent.headers().firstValue("Location").orElseThrow());
        assertThat(confirmation.text())
                .as("a complaint is not promised the question's two working days")
                .contains("Wir behandeln Ihre Nachricht als Beschwerde")
                .doesNotContain("zwei Werktagen");
        String reference = jdbc.sql("select ticket_reference from portal_question where asker_email = :a")
                .param("a", asker)
                .query(String.class)
                .single();

        assertThat(jdbc.sql("select type from ticket where reference = :r")
                        .param("r", reference)
                        .query(String.class)
                        .single())
                .isEqualTo("COMPLAINT");
        assertThat(jdbc.sql(
                                "select text_body from mail_outbox where ticket_reference = :r and kind = 'ACKNOWLEDGEMENT'")
                        .param("r", reference)
                        .query(String.class)
                        .single())
                .as("the mail in the language chosen on the form")
                .contains("Nous traitons votre message comme une plainte")
                .doesNotContain("deux jours ouvrables");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from complaint_case where reference = :r")
                                .param("r", reference)
                                .query(Long.class)
                                .single()
                        == 1);
    }

    @Test
    void questionsBeyondTheLimitsPerAddressAndPerIpAreRefusedWithALocalisedPage() throws Exception {
        String busy = address();
        for (int i = 0; i < 5; i++) {
            ask(busy, "Question " + i + " wobbel");
        }
        long before = questions();
        Document form = page("/portal/fr/ask");
        Map<String, String> fields = valid(form, busy);
        fields.put("organisation", Long.toString(cpas.id()));
        HttpResponse<String> perAddress = post("/portal/fr/ask", fields, null);
        assertThat(perAddress.statusCode()).isEqualTo(429);
        Document page = Jsoup.parse(perAddress.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("h1").text()).isEqualTo("Trop de questions");
        assertThat(questions()).isEqualTo(before);

        // Another address from the same IP address goes on until the address's own limit of 10 an hour.
        for (int i = 0; i < 4; i++) {
            ask(address(), "Autre question " + i);
        }
        fields.put("email", address());
        HttpResponse<String> perIp = post("/portal/fr/ask", fields, null);
        assertThat(perIp.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(perIp.body()).select("h1").text()).isEqualTo("Trop de questions");
        assertThat(questions()).isEqualTo(before + 4);
    }

    @Test
    void aFormWithoutItsTokenOrWithAnotherBrowsersIsRefused() throws Exception {
        Document form = page("/portal/fr/ask");
        Map<String, String> fields = valid(form, address());
        fields.put("organisation", Long.toString(cpas.id()));
        fields.remove("token");
        assertThat(post("/portal/fr/ask", fields, null).statusCode()).isEqualTo(400);
        fields.put("token", "0".repeat(64));
        assertThat(post("/portal/fr/ask", fields, null).statusCode()).isEqualTo(403);
    }

    /** A question from the French form with everything right; returns its status link's token. */
    private String ask(String asker, String question) throws Exception {
        Document form = page("/portal/fr/ask");
        Map<String, String> fields = valid(form, asker);
        fields.put("organisation", Long.toString(cpas.id()));
        fields.put("question", question);
        HttpResponse<String> sent = post("/portal/fr/ask", fields, null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String location = sent.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static Map<String, String> valid(Document form, String asker) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", token(form));
        fields.put("article", form.select("input[name=article]").val());
        fields.put("find", "");
        fields.put("organisation", "");
        fields.put("organisationName", "");
        fields.put("postcode", "");
        fields.put("name", "Sophie Lambert");
        fields.put("email", asker);
        fields.put("domain", "HEATING_FUND");
        fields.put("language", "fr");
        fields.put("question", "Nous chauffons au mazout et au gasoil : le fonds intervient-il pour les deux ?");
        fields.put("website", "");
        return fields;
    }

    private static String token(Document form) {
        String token = form.select("input[name=token]").val();
        assertThat(token).isNotBlank();
        return token;
    }

    private long questions() {
        return jdbc.sql("select count(*) from portal_question")
                .query(Long.class)
                .single();
    }

    private long questionsBefore(String asker) {
        assertThat(jdbc.sql("select count(*) from portal_question where asker_email = :a")
                        .param("a", asker)
                        .query(Long.class)
                        .single())
                .isZero();
        return questions();
    }

    private long publish(String nl, String fr) {
        long id = knowledge.create(
                new ArticleDraft(
                        "HEATING_FUND",
                        Audience.PUBLIC,
                        ContentLanguage.NL,
                        null,
                        List.of(
                                new TranslationText(ContentLanguage.NL, nl, "<p>Antwoord.</p>", ""),
                                new TranslationText(ContentLanguage.FR, fr, "<p>Réponse.</p>", ""))),
                "agent");
        knowledge.submitForReview(id, knowledge.get(id).version(), "agent");
        knowledge.publish(id, knowledge.get(id).version(), "expert");
        return id;
    }

    private static List<MimeMessage> received(String recipient) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return Arrays.stream(mail.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(recipient));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static MimeMessage single(String recipient) {
        List<MimeMessage> mails = received(recipient);
        assertThat(mails).as("mails to %s", recipient).hasSize(1);
        return mails.get(0);
    }

    private static String text(MimeMessage mail) throws Exception {
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        return (String) alternative.getBodyPart(0).getContent();
    }

    private static String address() {
        return "q" + UUID.randomUUID().toString().substring(0, 12) + "@ocmw.example";
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private record File(String name, String type, byte[] content) {}

    /** The form as a browser sends it: multipart, with the file when there is one. */
    private HttpResponse<String> post(String path, Map<String, String> fields, File file) throws Exception {
        String boundary = "----portal" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\""
                            + file.name() + "\"\r\nContent-Type: " + file.type() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
