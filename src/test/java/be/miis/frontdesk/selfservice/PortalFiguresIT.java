package be.miis.frontdesk.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.knowledge.ArticleDraft;
import be.miis.frontdesk.knowledge.Audience;
import be.miis.frontdesk.knowledge.KnowledgeService;
import be.miis.frontdesk.knowledge.TranslationText;
import be.miis.frontdesk.selfservice.HelpfulVotes.Visitor;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.NotPermittedException;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.WebSession;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal's figures (docs/portal.md, "Figures"; docs/statistics.md, "The portal") on the real database over
 * real HTTP: searches counted per day and language once the visitor stops refining them, the words of those that
 * found nothing, views, votes and follow-ups summed per month from the roll-up and from the raw rows alike, the
 * deflection with its floor, the statistics page's block, and the experts' pages, which nobody else sees.
 */
@FrontdeskIntegrationTest
class PortalFiguresIT {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36";

    /** A month no other test writes portal rows in: rolled up by the test itself. */
    private static final YearMonth PAST = YearMonth.of(2019, 3);
    /** A month after the reference day: never rolled up, so read from the raw rows. */
    private static final YearMonth FUTURE = YearMonth.of(2031, 5);

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    PortalSearches searches;

    @Autowired
    PortalFigures figures;

    @Autowired
    PortalFeedbackQueries feedback;

    @Autowired
    ArticleViews views;

    @Autowired
    HelpfulVotes votes;

    @Autowired
    RateLimits limits;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    long article;

    @BeforeEach
    void setUp() {
        limits.forget();
        // What other tests left open is counted now, so that the counts below are this test's alone.
        searches.countOpen();
        article = knowledge.create(
                new ArticleDraft(
                        "RMI",
                        Audience.PUBLIC,
                        ContentLanguage.NL,
                        null,
                        List.of(
                                new TranslationText(ContentLanguage.NL, "Hoe tel ik een quarvelbon?", "<p>Zo.</p>", ""),
                                new TranslationText(
                                        ContentLanguage.FR, "Comment compter un quarvelbon ?", "<p>Ainsi.</p>", ""))),
                "agent");
        knowledge.submitForReview(article, knowledge.get(article).version(), "agent");
        knowledge.publish(article, knowledge.get(article).version(), "expert");
    }

    @AfterEach
    void forgetLimits() {
        limits.forget();
    }

    @Test
    void searchesAreCountedOncePerRefinedSearchWithTheWordsOfThoseThatFoundNothing() throws Exception {
        LocalDate today = today();
        long[] nl = searchDay(today, "nl");
        long[] fr = searchDay(today, "fr");

        // A plain GET that finds the article.
        assertThat(search("nl", "quarvelbon", "A", false)).isEqualTo(200);
        // The same visitor types a search that finds nothing: three htmx requests as they pause, then Enter sends
        // the form with the same words. One search.
        search("nl", "ploz", "A", true);
        search("nl", "plozzer", "A", true);
        search("nl", "Plozzer   Vrunk", "A", true);
        search("nl", "Plozzer   Vrunk", "A", false);
        // Another browser, in French, with other spaces and capitals: the same normalised words.
        search("fr", "  PLOZZER vrunk ", "B", false);
        // Visitor text with markup, in vain.
        search("nl", "<b>plozzer</b>", "C", false);
        // A robot's searches are not counted.
        search("nl", "plozzer vrunk", "Mozilla/5.0 (compatible; Googlebot/2.1)", false);
        // Only the first search is counted yet (its visitor started another); the others may still be refined.
        assertThat(searchDay(today, "nl")).containsExactly(nl[0] + 1, nl[1]);
        assertThat(searchDay(today, "fr")).isEqualTo(fr);

        searches.countOpen();

        assertThat(searchDay(today, "nl")).containsExactly(nl[0] + 3, nl[1] + 2);
        assertThat(searchDay(today, "fr")).containsExactly(fr[0] + 1, fr[1] + 1);
        assertThat(missCount(today, "nl", "plozzer vrunk")).isEqualTo(1);
        assertThat(missCount(today, "fr", "plozzer vrunk")).isEqualTo(1);
        assertThat(missCount(today, "nl", "<b>plozzer</b>")).isEqualTo(1);
        assertThat(missCount(today, "nl", "plozzer")).isZero();

        // Again the same words another time: the same row, one more.
        search("nl", "plozzer vrunk", "D", false);
        searches.countOpen();
        assertThat(missCount(today, "nl", "plozzer vrunk")).isEqualTo(2);

        // The experts' page lists them, escaped, with a link to an article that starts with those words.
        Document page = expert().page("/knowledge/feedback/searches");
        Element row = page.select("#misses tbody tr").stream()
                .filter(tr -> tr.select("td").first().text().equals("plozzer vrunk")
                        && tr.select("td").first().attr("lang").equals("nl"))
                .findFirst()
                .orElseThrow();
        assertThat(row.select("td").get(2).text()).isEqualTo("2");
        assertThat(page.select("#misses td b")).isEmpty();
        assertThat(page.select("#misses td").eachText()).contains("<b>plozzer</b>");
        String create = row.select("a").attr("href");
        assertThat(create).isEqualTo("/knowledge/articles/new?question=plozzer%20vrunk&lang=nl");
        Document form = expert().page(create);
        assertThat(form.select("[name='translations[0].question']").val()).isEqualTo("plozzer vrunk");
        assertThat(form.select("[name=sourceLanguage] option[selected]").val()).isEqualTo("NL");
        assertThat(form.select("[name=audience] option[selected], [name=audience][checked]")
                        .first()
                        .val())
                .isEqualTo("PUBLIC");
    }

    @Test
    void viewsVotesAndFollowUpsAddUpPerMonthWithTheDeflectionFlooredPerDayAndArticle() {
        for (YearMonth month : List.of(PAST, FUTURE)) {
            writeMonth(month);
        }
        figures.recount(PAST.atDay(1), PAST.plusMonths(1).atEndOfMonth());

        for (YearMonth month : List.of(PAST, FUTURE)) {
            List<PortalFigures.Month> two = figures.months(month, month.plusMonths(1));
            PortalFigures.Month march = two.get(0);
            // views 10 + 1 + 5; deflection 7 + 0 (1 - 2 - 1, floored) + 5, not 7 - 2 + 5.
            assertThat(march).as(month.toString()).isEqualTo(new PortalFigures.Month(month, 16, 4, 2, 12, 3, 2, 6, 3));
            assertThat(march.deflectionShare()).isEqualTo(0.75);
            assertThat(two.get(1)).isEqualTo(new PortalFigures.Month(month.plusMonths(1), 100, 0, 0, 100, 0, 0, 0, 0));
        }
        assertThat(figures.months(PAST.minusMonths(1), PAST.minusMonths(1))
                        .get(0)
                        .deflectionShare())
                .isNull();
    }

    @Test
    void todaysReadingsVotesAndFollowUpsCountInTheCurrentMonthAndRobotsDoNot() throws Exception {
        YearMonth current = YearMonth.from(today());
        PortalFigures.Month before = figures.months(current, current).get(0);
        String path = articlePath();
        for (int i = 0; i < 3; i++) {
            assertThat(get(path, BROWSER).statusCode()).isEqualTo(200);
        }
        assertThat(get(path, "Mozilla/5.0 (compatible; bingbot/2.0)").statusCode())
                .isEqualTo(200);
        views.followedUp(article, ArticleViews.FollowUp.QUESTION);
        votes.vote(article, ContentLanguage.NL, false, "Te vaag", new Visitor("10.1.0.1", BROWSER));
        votes.vote(article, ContentLanguage.NL, true, null, new Visitor("10.1.0.2", BROWSER));

        PortalFigures.Month after = figures.months(current, current).get(0);
        assertThat(after.views() - before.views()).isEqualTo(3);
        assertThat(after.questions() - before.questions()).isEqualTo(1);
        assertThat(after.deflected() - before.deflected()).isEqualTo(2);
        assertThat(after.helpfulNo() - before.helpfulNo()).isEqualTo(1);
        assertThat(after.helpfulYes() - before.helpfulYes()).isEqualTo(1);
    }

    @Test
    void theStatisticsPageAndItsExportShowThePortalBlock() throws Exception {
        writeMonth(FUTURE);
        // The demo manager reads the back office in French.
        WebSession manager = new WebSession(port).login("manager");
        String query = "?from=" + FUTURE + "&to=" + FUTURE.plusMonths(1);
        HttpResponse<String> response = manager.get("/manager/statistics" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        Element table = page.selectFirst("#portal-table");
        assertThat(table).isNotNull();
        assertThat(table.select("caption").text()).isEqualTo("Portail public par mois");
        assertThat(cells(table, "Articles lus")).containsExactly("16", "100", "116");
        assertThat(cells(table, "Recherches sans résultat")).containsExactly("3", "0", "3");
        assertThat(cells(table, "Lectures sans question ni demande de rappel (déflexion)"))
                .containsExactly("12", "100", "112");
        assertThat(cells(table, "Déflexion (% des articles lus)"))
                .extracting(text -> text.replaceAll("[\\s\u00a0\u202f]", ""))
                .containsExactly("75%", "100%", "96,6%");
        assertThat(page.select("#portal-note").text()).contains("jamais moins que 0");

        HttpResponse<String> csv =
                manager.get("/manager/statistics/export" + query + "&view=CHANNEL&table=portal&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst().orElseThrow()).endsWith(",2031-05,2031-06,Total");
        assertThat(csv.body()).contains("Articles lus,16,100,116");
    }

    @Test
    void expertsReadTheNotHelpfulCommentsNewestFirstAsTextAndPageOnThroughThem() throws Exception {
        int count = PortalFeedbackQueries.COMMENTS_PAGE + 2;
        for (int i = 0; i < count; i++) {
            votes.vote(
                    article,
                    ContentLanguage.NL,
                    false,
                    i == count - 1 ? "<script>alert(1)</script> Te vaag" : "Opmerking " + i,
                    new Visitor("10.2.0." + i, BROWSER));
        }
        votes.vote(article, ContentLanguage.NL, true, "Prima", new Visitor("10.2.1.1", BROWSER));
        ExpertSession expert = expert();

        // On the article's page: the figures and the newest comments.
        Document show = expert.page("/knowledge/articles/" + article);
        Element block = show.selectFirst("#portal-feedback");
        assertThat(block).isNotNull();
        assertThat(block.select("tbody tr").get(1).select("td").eachText()).containsExactly("1", "1");
        assertThat(block.select("tbody tr").get(2).select("td").eachText())
                .containsExactly(String.valueOf(count), String.valueOf(count));
        assertThat(block.select(".fd-comment").eachText()).first().isEqualTo("<script>alert(1)</script> Te vaag");
        assertThat(block.select("script")).isEmpty();
        assertThat(block.select(".fd-comment")).hasSize(5);
        assertThat(block.select("a[href='/knowledge/feedback/comments?article=" + article + "']"))
                .hasSize(1);

        // The article's own list: a page, then the rest; "Prima" (helpful) is no work for the FAQ.
        Document first = expert.page("/knowledge/feedback/comments?article=" + article);
        List<String> firstTexts = first.select("#comments .fd-comment").eachText();
        assertThat(firstTexts).hasSize(PortalFeedbackQueries.COMMENTS_PAGE);
        assertThat(firstTexts.get(0)).isEqualTo("<script>alert(1)</script> Te vaag");
        assertThat(first.select("#comments script")).isEmpty();
        Document second = expert.page(first.select("a#older").attr("href"));
        assertThat(second.select("#comments .fd-comment").eachText()).containsExactly("Opmerking 1", "Opmerking 0");
        assertThat(second.select("a#older")).isEmpty();
        assertThat(second.text()).doesNotContain("Prima");

        // Across articles: the newest comment, with its article.
        Document all = expert.page("/knowledge/feedback/comments");
        Element newest = all.selectFirst("#comments tbody tr");
        assertThat(newest.select(".fd-comment").text()).isEqualTo("<script>alert(1)</script> Te vaag");
        assertThat(newest.select("a").attr("href")).isEqualTo("/knowledge/articles/" + article);
        assertThat(newest.select("a").text()).isEqualTo("Hoe tel ik een quarvelbon?");

        // Bad addresses: a malformed article is a 400, an unknown one a 404, a hand-edited cursor the first page.
        assertThat(expert.session()
                        .get("/knowledge/feedback/comments?article=abc")
                        .statusCode())
                .isEqualTo(400);
        assertThat(expert.session()
                        .get("/knowledge/feedback/comments?article=987654321")
                        .statusCode())
                .isEqualTo(404);
        assertThat(expert.page("/knowledge/feedback/comments?article=" + article + "&after=x'--")
                        .select("#comments .fd-comment")
                        .eachText())
                .isEqualTo(firstTexts);
    }

    @Test
    void agentsManagersAndAnonymousVisitorsDoNotSeeWhatTheReadersSaid() throws Exception {
        votes.vote(article, ContentLanguage.NL, false, "Onduidelijk", new Visitor("10.3.0.1", BROWSER));
        for (String path : List.of("/knowledge/feedback/searches", "/knowledge/feedback/comments")) {
            HttpResponse<String> anonymous = get(path, BROWSER);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
            for (String user : List.of("agent", "manager", "admin")) {
                assertThat(new WebSession(port).login(user).get(path).statusCode())
                        .as(user + " " + path)
                        .isEqualTo(403);
            }
        }
        // The agent reads the article, without the portal's block.
        HttpResponse<String> agentsView = new WebSession(port).login("agent").get("/knowledge/articles/" + article);
        assertThat(agentsView.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(agentsView.body()).select("#portal-feedback")).isEmpty();
        assertThat(agentsView.body()).doesNotContain("Onduidelijk");
        // The service refuses as the address does.
        assertThatThrownBy(() -> feedback.misses("agent")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> feedback.comments(null, null, "manager")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> feedback.of(article, 5, "agent")).isInstanceOf(NotPermittedException.class);
    }

    /**
     * The same month of raw rows for the roll-up and the live sums: two articles on the first day (one with more
     * follow-ups than views), one on the last, votes, searches in two languages, and a day of the next month.
     */
    private void writeMonth(YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate next = month.plusMonths(1).atDay(1);
        for (String table : List.of("portal_article_view", "portal_helpful_vote", "portal_search_day")) {
            jdbc.sql("delete from " + table + " where day between :from and :to")
                    .param("from", first)
                    .param("to", next.plusMonths(1).minusDays(1))
                    .update();
        }
        view(900_001, first, 10, 2, 1);
        view(900_002, first, 1, 2, 1);
        view(900_001, month.atEndOfMonth(), 5, 0, 0);
        view(900_001, next, 100, 0, 0);
        LocalDate mid = month.atDay(15);
        for (int i = 0; i < 5; i++) {
            jdbc.sql("""
                            insert into portal_helpful_vote
                                (article_id, day, visitor_hash, language, helpful, comment, created_at)
                            values (900001, :day, :visitor, 'nl', :helpful, null, now())
                            """)
                    .param("day", mid)
                    .param("visitor", "figures-" + i)
                    .param("helpful", i < 3)
                    .update();
        }
        searchRow(month.atDay(2), "nl", 4, 1);
        searchRow(month.atEndOfMonth(), "fr", 2, 2);
    }

    private void view(long articleId, LocalDate day, int views, int questions, int callbacks) {
        jdbc.sql("insert into portal_article_view (article_id, day, views, questions, callbacks)"
                        + " values (:a, :d, :v, :q, :c)")
                .param("a", articleId)
                .param("d", day)
                .param("v", views)
                .param("q", questions)
                .param("c", callbacks)
                .update();
    }

    private void searchRow(LocalDate day, String language, int searches, int noHits) {
        jdbc.sql("insert into portal_search_day (day, language, searches, no_hits) values (:d, :l, :s, :n)")
                .param("d", day)
                .param("l", language)
                .param("s", searches)
                .param("n", noHits)
                .update();
    }

    private static List<String> cells(Element table, String label) {
        return table.select("tbody tr").stream()
                .filter(tr -> tr.select("th").text().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line " + label))
                .select("td")
                .eachText();
    }

    private long[] searchDay(LocalDate day, String language) {
        return jdbc.sql("select coalesce(sum(searches), 0), coalesce(sum(no_hits), 0) from portal_search_day"
                        + " where day = :d and language = :l")
                .param("d", day)
                .param("l", language)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    private long missCount(LocalDate day, String language, String words) {
        return jdbc.sql("select coalesce(sum(searches), 0) from portal_search_miss"
                        + " where day = :d and language = :l and words = :w")
                .param("d", day)
                .param("l", language)
                .param("w", words)
                .query(Long.class)
                .single();
    }

    private int search(String language, String words, String userAgent, boolean htmx) throws Exception {
        HttpRequest.Builder request = request(
                        "/portal/" + language + "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8))
                .header("User-Agent", userAgent);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private String articlePath() throws Exception {
        HttpResponse<String> redirect = get("/portal/nl/articles/" + article, BROWSER);
        assertThat(redirect.statusCode()).isEqualTo(301);
        return redirect.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> get(String path, String userAgent) throws Exception {
        return CLIENT.send(request(path).header("User-Agent", userAgent).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private ExpertSession expert() throws Exception {
        return new ExpertSession(new WebSession(port).login("expert"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    /** The expert's pages as documents, each answered 200. */
    private record ExpertSession(WebSession session) {
        Document page(String path) throws Exception {
            HttpResponse<String> response = session.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return Jsoup.parse(response.body());
        }
    }
}
