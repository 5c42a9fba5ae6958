package be.miis.frontdesk.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import be.miis.frontdesk.identity.CreateUser;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.shared.NotPermittedException;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.WebSession;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Answer reviews end to end (docs/reviews.md): answers reach the read model through the ticket events, a
 * reviewer's month is drawn once and never holds the reviewer's own answers, scoring over real HTTP goes to the next
 * ticket, the agent reads and replies, and the API gives the month as JSON and CSV. Each test has its own reviewer,
 * since all share one database.
 */
@FrontdeskIntegrationTest
class ReviewIT {

    @LocalServerPort
    int port;

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewAnswerRepository answers;

    @Autowired
    TicketService tickets;

    @Autowired
    IdentityService identity;

    @Autowired
    OrganisationService organisations;

    private String user(String prefix, Role... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        identity.create(
                new CreateUser(username, "Test " + prefix, null, "demo", Language.EN, EnumSet.copyOf(List.of(roles))),
                "test");
        return username;
    }

    /** A question answered at first contact by {@code agent}, and its answer known to the read model. */
    private String answered(String agent) {
        long gent = organisations.search("44021", 1).get(0).id();
        String reference = tickets.open(
                new OpenTicket(
                        Channel.PHONE,
                        TicketType.QUESTION,
                        "RMI",
                        ContentLanguage.NL,
                        gent,
                        null,
                        "Leefloon student",
                        "Hoe berekenen we het leefloon van een samenwonende student?",
                        null,
                        120,
                        OpenTicket.Outcome.ANSWERED,
                        "Volgens de omzendbrief van 2026."),
                agent);
        await().atMost(Duration.ofSeconds(30)).until(() -> answers.findFirstByReferenceOrderByAnsweredAtDesc(reference)
                .isPresent());
        return reference;
    }

    @Test
    void theMonthIsDrawnOnceFromItsSeedAndNeverHoldsTheReviewersOwnAnswers() {
        String reviewer = user("rev", Role.MANAGER, Role.AGENT);
        String colleague = user("ag", Role.AGENT);
        List<String> own = List.of(answered(reviewer), answered(reviewer), answered(reviewer));
        List<String> theirs = List.of(answered(colleague), answered(colleague));
        YearMonth month = reviews.currentMonth();

        ReviewMonth first = reviews.month(month, reviewer);

        assertThat(first.seed()).isEqualTo(SampleDraw.seed(month, reviewer));
        assertThat(first.reviews()).extracting(ReviewView::reference).doesNotContainAnyElementsOf(own);
        assertThat(first.reviews()).extracting(ReviewView::agent).doesNotContain(reviewer);
        assertThat(first.reviews()).filteredOn(r -> r.agent().equals(colleague)).hasSize(2);
        assertThat(first.reviews()).extracting(ReviewView::reference).containsAll(theirs);
        assertThat(first.uncovered()).doesNotContain(colleague, reviewer);
        // Drawn once: later answers do not change a drawn month, the same month reads the same.
        answered(colleague);
        assertThat(reviews.month(month, reviewer).reviews()).isEqualTo(first.reviews());
        // By hand: not one's own ticket, not twice, not an unknown one.
        assertThatThrownBy(() -> reviews.addByHand(month, own.get(0), reviewer))
                .isInstanceOf(InvalidReviewException.class)
                .hasMessageContaining("ownAnswer");
        assertThatThrownBy(() -> reviews.addByHand(month, theirs.get(0), reviewer))
                .hasMessageContaining("inSample");
        assertThatThrownBy(() -> reviews.addByHand(month, "CMI-1999-999999", reviewer))
                .hasMessageContaining("notAnswered");
        String extra = answered(colleague);
        long added = reviews.addByHand(month, extra.toLowerCase(), reviewer);
        assertThat(reviews.get(added, reviewer).byHand()).isTrue();
        // Reviewers are managers.
        assertThatThrownBy(() -> reviews.month(month, colleague)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> reviews.month(month.plusMonths(1), reviewer)).hasMessageContaining("future");
    }

    @Test
    void scoringOverTheKeyboardFormGoesToTheNextTicketAndTheAgentReplies() throws Exception {
        String reviewer = user("rev", Role.MANAGER);
        String agent = user("ag", Role.AGENT);
        answered(agent);
        answered(agent);
        WebSession session = new WebSession(port).login(reviewer);

        Document month = Jsoup.parse(session.get("/manager/reviews").body());
        assertThat(month.select("#sample tbody tr")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(month.select("#start-scoring")).hasSize(1);
        long id = reviews.month(reviews.currentMonth(), reviewer).reviews().stream()
                .filter(r -> r.agent().equals(agent))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(month.select("#review-" + id + " a")).hasSize(1);
        Document form = Jsoup.parse(session.get("/manager/reviews/" + id).body());
        assertThat(form.select("[data-score-group]")).hasSize(ReviewItem.values().length);
        assertThat(form.select("input[autofocus]")).hasSize(1);
        String version = form.selectFirst("input[name=version]").val();

        // A missing score: the form again, with the message at the item, nothing saved.
        HttpResponse<String> missing =
                session.post("/manager/reviews/" + id, "version=" + version + "&score_CORRECT=3&score_COMPLETE=4");
        assertThat(missing.statusCode()).isEqualTo(200);
        Document again = Jsoup.parse(missing.body());
        assertThat(again.select("#error-summary li")).isNotEmpty();
        assertThat(again.selectFirst("#score_CORRECT-3").hasAttr("checked")).isTrue();
        assertThat(reviews.get(id, reviewer).scored()).isFalse();

        HttpResponse<String> saved = session.post(
                "/manager/reviews/" + id,
                "version=" + version
                        + "&score_CORRECT=2&comment_CORRECT=Oude+omzendbrief&score_COMPLETE=4&score_CLEAR=3"
                        + "&score_FRIENDLY=4&score_FAQ_CONSISTENT=0&score_ON_TIME=4&comment=Goed+gesprek");
        // Saved, and on to the next ticket still to score (the redirect is followed).
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.uri().getPath()).matches("/manager/reviews/\\d+").isNotEqualTo("/manager/reviews/" + id);
        assertThat(Jsoup.parse(saved.body()).select("input[autofocus]")).hasSize(1);
        ReviewView scored = reviews.get(id, reviewer);
        assertThat(scored.score(ReviewItem.CORRECT)).isEqualTo(2);
        assertThat(scored.itemComment(ReviewItem.CORRECT)).isEqualTo("Oude omzendbrief");
        assertThat(scored.score(ReviewItem.FAQ_CONSISTENT)).isNull();
        assertThat(scored.average()).isEqualTo(3.4);

        // The agent whose answer it is reads it among their own and replies once.
        WebSession agentSession = new WebSession(port).login(agent);
        Document mine = Jsoup.parse(agentSession.get("/frontdesk/reviews").body());
        assertThat(mine.select("#review-" + id)).hasSize(1);
        Document page = Jsoup.parse(agentSession.get("/frontdesk/reviews/" + id).body());
        String replyVersion =
                page.selectFirst("#reply-form input[name=version]").val();
        assertThat(agentSession
                        .post("/frontdesk/reviews/" + id + "/reply", "version=" + replyVersion + "&reply=Klopt,+dank")
                        .uri()
                        .getPath())
                .isEqualTo("/frontdesk/reviews/" + id);
        assertThat(reviews.get(id, agent).reply()).isEqualTo("Klopt, dank");
        assertThat(Jsoup.parse(agentSession.get("/frontdesk/reviews/" + id).body())
                        .select("#reply-form"))
                .isEmpty();
        // Replied: the reviewer's scores stay as they were replied to.
        assertThatThrownBy(() -> reviews.score(id, scored.version() + 1, Map.of(), null, reviewer))
                .isInstanceOf(ReviewRefusedException.class);
    }

    @Test
    void anAgentSeesOnlyTheirOwnScoredReviewsAndRepliesOnce() {
        String reviewer = user("rev", Role.MANAGER);
        String agent = user("ag", Role.AGENT);
        String other = user("ag", Role.AGENT);
        String reference = answered(agent);
        ReviewMonth month = reviews.month(reviews.currentMonth(), reviewer);
        ReviewView review = month.reviews().stream()
                .filter(r -> r.reference().equals(reference))
                .findFirst()
                .orElseThrow();

        // Not scored yet: nothing to see or reply to.
        assertThat(reviews.mine(agent, null, 10).items()).isEmpty();
        assertThatThrownBy(() -> reviews.own(review.id(), agent)).isInstanceOf(ReviewNotFoundException.class);
        assertThatThrownBy(() -> reviews.reply(review.id(), review.version(), "Te vroeg", agent))
                .isInstanceOf(ReviewRefusedException.class);

        Optional<Long> next = reviews.score(review.id(), review.version(), full(3), "Goed", reviewer);
        assertThat(next).isPresent().get().isNotEqualTo(review.id());

        assertThat(reviews.mine(agent, null, 10).items())
                .extracting(ReviewView::id)
                .containsExactly(review.id());
        assertThat(reviews.mine(other, null, 10).items()).isEmpty();
        assertThatThrownBy(() -> reviews.own(review.id(), other)).isInstanceOf(ReviewNotFoundException.class);
        assertThatThrownBy(() -> reviews.get(review.id(), other)).isInstanceOf(ReviewNotFoundException.class);
        int version = reviews.own(review.id(), agent).version();
        assertThatThrownBy(() -> reviews.reply(review.id(), version, "Niet van mij", other))
                .isInstanceOf(ReviewRefusedException.class);
        assertThatThrownBy(() -> reviews.reply(review.id(), version, "  ", agent))
                .isInstanceOf(InvalidReviewException.class);
        assertThatThrownBy(() -> reviews.reply(review.id(), version - 1, "Oud", agent))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        reviews.reply(review.id(), version, "Dank voor de tip", agent);
        assertThatThrownBy(() -> reviews.reply(review.id(), version + 1, "Nog eens", agent))
                .isInstanceOf(ReviewRefusedException.class);
    }

    @Test
    void aScoreNeedsEveryItemButTheFaqOne() {
        String reviewer = user("rev", Role.MANAGER);
        String agent = user("ag", Role.AGENT);
        String reference = answered(agent);
        ReviewView review = reviews.month(reviews.currentMonth(), reviewer).reviews().stream()
                .filter(r -> r.reference().equals(reference))
                .findFirst()
                .orElseThrow();
        Map<ReviewItem, ReviewScore> partial = full(4);
        partial.remove(ReviewItem.CLEAR);

        assertThatThrownBy(() -> reviews.score(review.id(), review.version(), partial, null, reviewer))
                .isInstanceOf(InvalidReviewException.class)
                .hasMessageContaining("CLEAR");
        assertThatThrownBy(() -> new ReviewScore(5, null)).isInstanceOf(InvalidReviewException.class);
        String otherReviewer = user("rev", Role.MANAGER);
        assertThatThrownBy(() -> reviews.score(review.id(), review.version(), full(4), null, otherReviewer))
                .isInstanceOf(ReviewRefusedException.class);
        Map<ReviewItem, ReviewScore> withoutFaq = full(4);
        withoutFaq.remove(ReviewItem.FAQ_CONSISTENT);
        reviews.score(review.id(), review.version(), withoutFaq, null, reviewer);
        assertThat(reviews.get(review.id(), reviewer).scores()).hasSize(5);
    }

    @Test
    void theDemoManagerHasPastMonthsScoredAndThisMonthsSampleReady() {
        YearMonth current = reviews.currentMonth();
        ReviewFigures figures = reviews.figures(current, "manager");

        assertThat(figures.trend().subList(6, 11))
                .allSatisfy(m -> assertThat(m.scored()).isPositive());
        assertThat(reviews.month(current, "manager").reviews()).isNotEmpty();
        assertThat(reviews.month(current, "manager").nextToScore()).isNotNull();
    }

    @Test
    void theApiGivesTheMonthsReviewsAsJsonAndCsvToManagersOnly() throws Exception {
        String reviewer = user("rev", Role.MANAGER);
        String agent = user("ag", Role.AGENT);
        String reference = answered(agent);
        ReviewView review = reviews.month(reviews.currentMonth(), reviewer).reviews().stream()
                .filter(r -> r.reference().equals(reference))
                .findFirst()
                .orElseThrow();
        reviews.score(review.id(), review.version(), full(2), null, reviewer);
        String month = reviews.currentMonth().toString();

        HttpResponse<String> json = api("/api/v1/quality/reviews?month=" + month, reviewer, "application/json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body())
                .contains("\"reference\":\"" + reference + "\"", "\"correct\":2", "\"team\":\"FRONTDESK\"");
        HttpResponse<String> csv = api("/api/v1/quality/reviews?month=" + month, reviewer, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body())
                .startsWith(
                        "month,reference,agent,team,answered_at,reviewer,by_hand,reviewed_at,correct,complete,clear,friendly,faq_consistent,on_time,average,replied");
        assertThat(csv.body().lines().filter(l -> l.contains(reference)))
                .singleElement()
                .asString()
                .contains("," + agent + ",FRONTDESK,");
        HttpResponse<String> bad = api("/api/v1/quality/reviews?month=2026-13", reviewer, "application/json");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(api("/api/v1/quality/reviews", agent, "application/json").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theFiguresShowTeamsAndTheItemsMostOftenScoredLow() {
        String reviewer = user("rev", Role.MANAGER);
        String agent = user("ag", Role.AGENT);
        List<String> refs = List.of(answered(agent), answered(agent), answered(agent));
        ReviewMonth month = reviews.month(reviews.currentMonth(), reviewer);
        List<ReviewView> ours = new ArrayList<>(month.reviews().stream()
                .filter(r -> refs.contains(r.reference()))
                .toList());
        assertThat(ours).hasSize(3);
        for (ReviewView r : ours) {
            Map<ReviewItem, ReviewScore> scores = full(4);
            scores.put(ReviewItem.COMPLETE, new ReviewScore(1, "onvolledig"));
            reviews.score(r.id(), r.version(), scores, null, reviewer);
        }

        ReviewFigures figures = reviews.figures(reviews.currentMonth(), reviewer);

        // Most often low first; COMPLETE was low in all three of ours (other tests and the demo add their own).
        assertThat(figures.items())
                .extracting(ReviewFigures.Item::low)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(figures.items())
                .filteredOn(i -> i.item() == ReviewItem.COMPLETE)
                .singleElement()
                .satisfies(i -> assertThat(i.low()).isGreaterThanOrEqualTo(3));
        assertThat(figures.teams()).anyMatch(t -> t.queueId() == null && t.scored() >= 3);
        assertThat(figures.trend())
                .hasSize(12)
                .last()
                .extracting(ReviewFigures.Trend::month)
                .isEqualTo(reviews.currentMonth());
        Set<ReviewItem> items =
                figures.items().stream().map(ReviewFigures.Item::item).collect(Collectors.toSet());
        assertThat(items).containsExactlyInAnyOrder(ReviewItem.values());
    }

    private static Map<ReviewItem, ReviewScore> full(int score) {
        Map<ReviewItem, ReviewScore> scores = new EnumMap<>(ReviewItem.class);
        for (ReviewItem item : ReviewItem.values()) {
            scores.put(item, new ReviewScore(score, null));
        }
        return scores;
    }

    private HttpResponse<String> api(String path, String user, String accept) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Accept", accept)
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                (user + ":demo").getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
