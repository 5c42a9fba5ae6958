package be.miis.frontdesk.quality;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.quality.SatisfactionFigures.Dimension;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.ReferenceClockConfiguration.ReferenceClock;
import be.miis.frontdesk.test.WebSession;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.Customer;
import be.miis.frontdesk.ticket.TicketAnswered;
import be.miis.frontdesk.ticket.TicketService;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rating link of answer mails end to end (docs/satisfaction.md): the answer's mail carries it, opening it counts
 * nothing, confirming counts once, it expires, a low rating opens a follow-up task, and the figures, the API and the
 * statistics page count it. Other tests' and the demo's ratings share the database: figures are compared before
 * and after.
 */
@FrontdeskIntegrationTest
class SatisfactionIT {

    private static final Pattern LINK = Pattern.compile("/portal/([a-z]{2})/rating/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    TicketService tickets;

    @Autowired
    OrganisationService organisations;

    @Autowired
    SatisfactionFigures figures;

    @Autowired
    SatisfactionSurveys surveys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceClock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theLinkAsksToConfirmCountsOnceAndThanksInTheCustomersLanguage() throws Exception {
        String path = answeredByMail(ContentLanguage.FR);
        long survey = survey(path);

        HttpResponse<String> opened = get(path + "?score=4");
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(opened.body())
                .contains("lang=\"fr\"")
                .contains("Évaluez notre réponse")
                .contains("Confirmer mon évaluation")
                .containsPattern("id=\"score-4\"[^>]*checked");
        assertThat(score(survey))
                .as("opening the link (a mail scanner does) counts nothing")
                .isNull();

        HttpResponse<String> confirmed = post(path, "score=4&comment=" + encode("Clair et rapide."));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Merci").contains("Votre évaluation est enregistrée");
        assertThat(score(survey)).isEqualTo(4);

        HttpResponse<String> again = post(path, "score=1");
        assertThat(again.body()).contains("Vous avez déjà évalué cette réponse");
        assertThat(score(survey)).as("counted once").isEqualTo(4);
        assertThat(get(path).body()).as("the link opened later").contains("Vous avez déjà évalué cette réponse");
        assertThat(followUps(survey)).as("a good rating opens no task").isZero();
    }

    @Test
    void theLinkShowsTheSamePageInEachLanguageAndStopsWorkingAfterTwentyEightDays() throws Exception {
        String path = answeredByMail(ContentLanguage.NL);
        String token = path.substring(path.lastIndexOf('/') + 1);
        assertThat(get("/portal/de/rating/" + token).body())
                .contains("Bewerten Sie unsere Antwort")
                .contains("lang=\"de\"");

        clock.advance(Duration.ofDays(27).plusHours(23));
        assertThat(get(path).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofHours(1));

        HttpResponse<String> expired = get(path);
        assertThat(expired.statusCode()).isEqualTo(404);
        assertThat(expired.body()).contains("Deze link werkt niet");
        assertThat(post(path, "score=5").statusCode()).isEqualTo(404);
        assertThat(score(survey(path))).isNull();

        String unknown = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);
        assertThat(get("/portal/nl/rating/" + unknown).statusCode()).isEqualTo(404);
        assertThat(get("/portal/nl/rating/not-a-token").statusCode()).isEqualTo(404);
    }

    @Test
    void aRatingWithoutScoreOrWithATooLongCommentIsRefusedWithTheReasonAndNothingCounts() throws Exception {
        String path = answeredByMail(ContentLanguage.EN);
        long survey = survey(path);

        HttpResponse<String> noScore = post(path, "comment=" + encode("Kept when refused"));
        assertThat(noScore.statusCode()).isEqualTo(400);
        assertThat(noScore.body())
                .contains("<title>Error: Rate our answer")
                .contains("There is a problem")
                .contains("href=\"#score-5\"")
                .contains("Choose how satisfied you are")
                .contains("Kept when refused");

        HttpResponse<String> tooLong = post(path, "score=3&comment=" + "x".repeat(1001));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("Your remark can be at most 1,000 characters long");
        assertThat(post(path, "score=9").statusCode()).isEqualTo(400);
        assertThat(score(survey)).isNull();
    }

    @Test
    void aLowRatingOpensAFollowUpThatAManagerClosesWithANote() throws Exception {
        String path = answeredByMail(ContentLanguage.NL);
        long survey = survey(path);

        HttpResponse<String> rated = post(path, "score=1&comment=" + encode("Geen antwoord op mijn vraag."));

        assertThat(rated.body()).contains("Een verantwoordelijke bekijkt uw vraag opnieuw");
        assertThat(followUps(survey)).isEqualTo(1);
        long task = jdbc.sql("select id from satisfaction_follow_up where survey_id = ?")
                .param(survey)
                .query(Long.class)
                .single();
        // The demo manager reads French.
        WebSession manager = new WebSession(port).login("manager");
        assertThat(manager.get("/quality/follow-ups").body())
                .contains("follow-up-" + task)
                .contains("Geen antwoord op mijn vraag.")
                .contains("1 sur 5");
        WebSession agent = new WebSession(port).login("agent");
        assertThat(agent.get("/quality/follow-ups").statusCode()).isEqualTo(403);

        HttpResponse<String> empty = manager.post("/quality/follow-ups/" + task + "/close", "note=");
        assertThat(empty.body()).contains("Notez ce qui a été fait.");
        HttpResponse<String> closed =
                manager.post("/quality/follow-ups/" + task + "/close", "note=" + encode("Teruggebeld."));
        assertThat(closed.body()).contains("Le suivi est clôturé.").doesNotContain("follow-up-" + task + "\"");
        assertThat(jdbc.sql("select done_by from satisfaction_follow_up where id = ?")
                        .param(task)
                        .query(String.class)
                        .single())
                .isEqualTo("manager");
        assertThat(manager.post("/quality/follow-ups/" + task + "/close", "note=" + encode("Nog eens."))
                        .body())
                .as("closed once")
                .contains("Quelqu&#39;un a déjà clôturé ce suivi.");
        assertThat(jdbc.sql("select note from satisfaction_follow_up where id = ?")
                        .param(task)
                        .query(String.class)
                        .single())
                .isEqualTo("Teruggebeld.");
    }

    @Test
    void aConfirmedRatingCountsInTheMonthsFiguresTheApiAndTheStatisticsPage() throws Exception {
        YearMonth month = YearMonth.now(clock.withZone(BusinessTime.ZONE));
        SatisfactionFigures.Month before = figures.months(month, month).get(0);
        SatisfactionFigures.Month emailBefore = channel(month, Channel.EMAIL);
        String path = answeredByMail(ContentLanguage.FR);

        post(path, "score=2");

        SatisfactionFigures.Month after = figures.months(month, month).get(0);
        assertThat(after.ratings()).isEqualTo(before.ratings() + 1);
        assertThat(after.scoreSum()).isEqualTo(before.scoreSum() + 2);
        assertThat(after.dissatisfied()).isEqualTo(before.dissatisfied() + 1);
        assertThat(after.satisfied()).isEqualTo(before.satisfied());
        assertThat(channel(month, Channel.EMAIL).ratings()).isEqualTo(emailBefore.ratings() + 1);

        String monthly = "/api/v1/satisfaction/monthly?from=" + month + "&to=" + month;
        HttpResponse<String> api = api(monthly, "manager", "application/json");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body())
                .contains("\"month\":\"" + month + "\"")
                .contains("\"ratings\":" + after.ratings())
                .contains("\"dissatisfied\":" + after.dissatisfied());
        HttpResponse<String> csv = api(monthly, "manager", "text/csv");
        assertThat(csv.body().lines().toList()).first().isEqualTo("month,ratings,average,satisfied,dissatisfied");
        assertThat(csv.body()).contains(month + "," + after.ratings() + ",");
        HttpResponse<String> refused = api(monthly, "agent", "application/json");
        assertThat(refused.statusCode()).isEqualTo(403);

        String page = new WebSession(port)
                .login("manager")
                .get("/manager/statistics?from=" + month + "&to=" + month)
                .body();
        assertThat(page)
                .contains("satisfaction-heading")
                .contains("Satisfaction par file")
                .contains("Satisfaction par collaborateur")
                .contains("/quality/follow-ups");
    }

    @Test
    void theDemoYearHasRatingsOfEveryScoreAndFollowUpsOpenAndClosed() {
        Map<String, Object> demo = jdbc.sql("""
                        select count(*) filter (where score is not null) as rated,
                               count(distinct score) as scores,
                               count(distinct date_trunc('month', rated_at)) as months
                        from satisfaction_survey where rated_at < :reference
                        """)
                .param("reference", java.sql.Timestamp.from(java.time.Instant.parse("2026-12-02T00:00:00Z")))
                .query()
                .singleRow();
        assertThat((Long) demo.get("rated")).as("rated demo answers").isGreaterThanOrEqualTo(30);
        assertThat((Long) demo.get("scores")).as("every score from 1 to 5").isEqualTo(5);
        assertThat((Long) demo.get("months")).as("months with ratings").isGreaterThanOrEqualTo(10);
        assertThat(jdbc.sql("select count(*) from satisfaction_follow_up where done_at is not null")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aSecondDeliveryOfTheAnswerMakesNoSecondSurvey() throws Exception {
        String path = answeredByMail(ContentLanguage.NL);
        Map<String, Object> row = jdbc.sql("select * from satisfaction_survey where id = ?")
                .param(survey(path))
                .query()
                .singleRow();
        TicketAnswered again = new TicketAnswered(
                (Long) row.get("ticket_id"),
                (String) row.get("reference"),
                new Customer(Channel.EMAIL, ContentLanguage.NL, null, null),
                false,
                (UUID) row.get("answer_id"),
                Channel.EMAIL,
                "Voici la réponse.",
                "agent",
                ((java.sql.Timestamp) row.get("answered_at")).toInstant());

        assertThat(surveys.invite(again)).as("no second link").isEmpty();

        assertThat(jdbc.sql("select count(*) from satisfaction_survey where ticket_id = ?")
                        .param(row.get("ticket_id"))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mail_outbox where ticket_id = ? and kind = 'ANSWER'")
                        .param(row.get("ticket_id"))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private String answeredByMail(ContentLanguage language) {
        return AnsweredByMail.ratingLink(tickets, organisations, jdbc, language);
    }

    private long survey(String path) {
        String token = path.substring(path.lastIndexOf('/') + 1);
        return jdbc.sql("select id from satisfaction_survey where token_hash = ?")
                .param(be.miis.frontdesk.shared.SecretTokens.hash(token))
                .query(Long.class)
                .single();
    }

    private Integer score(long survey) {
        return jdbc.sql("select score from satisfaction_survey where id = ?")
                .param(survey)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    private long followUps(long survey) {
        return jdbc.sql("select count(*) from satisfaction_follow_up where survey_id = ?")
                .param(survey)
                .query(Long.class)
                .single();
    }

    private SatisfactionFigures.Month channel(YearMonth month, Channel channel) {
        return figures.by(Dimension.CHANNEL, month, month).stream()
                .filter(cut -> cut.key().equals(channel.name()))
                .findFirst()
                .map(cut -> cut.months().get(0))
                .orElse(new SatisfactionFigures.Month(month, 0, 0, 0, 0));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> api(String path, String user, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", basic(user))
                        .header("Accept", accept)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
