package be.miis.frontdesk.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.knowledge.ArticleDraft;
import be.miis.frontdesk.knowledge.Audience;
import be.miis.frontdesk.knowledge.KnowledgeService;
import be.miis.frontdesk.knowledge.TranslationText;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.ReferenceClockConfiguration.ReferenceClock;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public portal over real HTTP, anonymous: what an internal, draft-only or archived article never shows up in
 * (each path), slugs and their redirects, the language switch, the sitemap, the helpful vote once per day, the
 * rate limit and the bad input answered with the portal's own 4xx pages.
 */
@FrontdeskIntegrationTest
class PortalIT {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    HelpfulVotes votes;

    @Autowired
    RateLimits limits;

    @Autowired
    ArticleViews views;

    @Autowired
    ReferenceClock clock;

    long published;
    long internal;
    long draft;
    long archived;

    @BeforeEach
    void articles() {
        limits.forget();
        String word = "zwibbelkorst";
        published =
                publish(Audience.PUBLIC, "Hoe vraag ik een " + word + " aan?", "Comment demander un " + word + " ?");
        internal = publish(Audience.INTERNAL, "Interne " + word + " procedure", "Procédure interne " + word);
        draft = knowledge.create(draft(Audience.PUBLIC, "Ontwerp over " + word, "Brouillon sur " + word), "agent");
        archived = publish(Audience.PUBLIC, "Gearchiveerde " + word, "Archivé " + word);
        knowledge.archive(archived, knowledge.get(archived).version(), "expert");
    }

    @AfterEach
    void forgetLimits() {
        limits.forget();
        clock.reset();
        // A ranking counted a year on would stand until then: count afresh at the reference day.
        views.refresh();
    }

    @Test
    void internalDraftAndArchivedArticlesAppearNowhere() throws Exception {
        List<Long> hidden = List.of(internal, draft, archived);
        // Category list, in both languages.
        for (String lang : List.of("nl", "fr")) {
            Document category = page("/portal/" + lang + "/categories/RMI");
            assertThat(articleIds(category)).contains(published).doesNotContainAnyElementsOf(hidden);
        }
        // Search.
        Document search = page("/portal/nl/search?q=zwibbelkorst");
        assertThat(articleIds(search)).contains(published).doesNotContainAnyElementsOf(hidden);
        Document searchFr = page("/portal/fr/search?q=zwibbelkorst");
        assertThat(articleIds(searchFr)).contains(published).doesNotContainAnyElementsOf(hidden);
        // Related articles beside a public article of the same category.
        String path = articlePath("nl", published);
        Document article = page(path);
        assertThat(article.select("#related-title + ul a")).isNotEmpty();
        assertThat(articleIds(article.select("#related-title + ul").first())).doesNotContainAnyElementsOf(hidden);
        // Most read: read the public one; the hidden ones cannot be read at all. A year on, so that the demo's
        // readers (DemoPortal, the half year before the reference day) are out of the ranking's window.
        clock.advance(Duration.ofDays(365));
        for (int i = 0; i < 30; i++) {
            page(path);
        }
        views.refresh();
        Document home = page("/portal/nl");
        assertThat(articleIds(home)).doesNotContainAnyElementsOf(hidden);
        assertThat(home.select("#most-read + ul a").eachAttr("href"))
                .anyMatch(href -> href.contains("/articles/" + published + "/"));
        // Sitemap.
        String sitemap = get("/portal/sitemap.xml").body();
        assertThat(sitemap).contains("/articles/" + published + "/");
        for (long id : hidden) {
            assertThat(sitemap).doesNotContain("/articles/" + id + "/");
            // Direct addresses, with and without a slug, and the vote: a 404 like an article that never existed.
            assertThat(get("/portal/nl/articles/" + id).statusCode()).isEqualTo(404);
            HttpResponse<String> direct = get("/portal/nl/articles/" + id + "/interne-zwibbelkorst-procedure");
            assertThat(direct.statusCode()).isEqualTo(404);
            assertThat(Jsoup.parse(direct.body()).title()).contains("Pagina niet gevonden");
            assertThat(post("/portal/nl/articles/" + id + "/helpful", "helpful=yes&token=x")
                            .statusCode())
                    .isEqualTo(404);
        }
    }

    @Test
    void questionsAndCallBacksAfterReadingAnArticleAreCountedBesideItsViews() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        page(articlePath("nl", published));
        page(articlePath("fr", published));
        views.followedUp(published, ArticleViews.FollowUp.QUESTION);
        views.followedUp(published, ArticleViews.FollowUp.CALLBACK);
        views.followedUp(published, ArticleViews.FollowUp.CALLBACK);
        // An article nobody read today (a form opened from an old tab) still counts its follow-up.
        views.followedUp(internal, ArticleViews.FollowUp.QUESTION);

        assertThat(views.views(published, today)).isEqualTo(2);
        assertThat(views.followUps(published, today, ArticleViews.FollowUp.QUESTION))
                .isEqualTo(1);
        assertThat(views.followUps(published, today, ArticleViews.FollowUp.CALLBACK))
                .isEqualTo(2);
        assertThat(views.views(internal, today)).isZero();
        assertThat(views.followUps(internal, today, ArticleViews.FollowUp.QUESTION))
                .isEqualTo(1);
    }

    @Test
    void aRevisionOfAPublishedArticleIsNotPublicUntilItIsPublished() throws Exception {
        knowledge.update(
                published,
                knowledge.get(published).version(),
                draft(Audience.PUBLIC, "Nieuwe titel zwibbelkorst", "Nouveau titre zwibbelkorst"),
                "agent");
        Document article = page(articlePath("nl", published));
        assertThat(article.select("h1").text()).isEqualTo("Hoe vraag ik een zwibbelkorst aan?");
        assertThat(page("/portal/nl/search?q=titel+zwibbelkorst")
                        .select("a[href*=/articles/]")
                        .eachText())
                .doesNotContain("Nieuwe titel zwibbelkorst");
    }

    @Test
    void anArticleAddressWithAWrongOrNoSlugRedirectsPermanentlyToTheRightOne() throws Exception {
        HttpResponse<String> wrong = get("/portal/fr/articles/" + published + "/ancien-titre");
        assertThat(wrong.statusCode()).isEqualTo(301);
        assertThat(wrong.headers().firstValue("Location"))
                .hasValue("/portal/fr/articles/" + published + "/comment-demander-un-zwibbelkorst");
        HttpResponse<String> none = get("/portal/nl/articles/" + published);
        assertThat(none.statusCode()).isEqualTo(301);
        assertThat(none.headers().firstValue("Location"))
                .hasValue("/portal/nl/articles/" + published + "/hoe-vraag-ik-een-zwibbelkorst-aan");
        assertThat(get(none.headers().firstValue("Location").orElseThrow()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theLanguageSwitchKeepsTheArticleAndSaysWhenATranslationIsMissing() throws Exception {
        Document dutch = page(articlePath("nl", published));
        assertThat(dutch.select("html").attr("lang")).isEqualTo("nl");
        assertThat(dutch.select(".pt-languages a[hreflang=fr]").attr("href"))
                .isEqualTo("/portal/fr/articles/" + published + "/comment-demander-un-zwibbelkorst");
        Document french = page(dutch.select(".pt-languages a[hreflang=fr]").attr("href"));
        assertThat(french.select("html").attr("lang")).isEqualTo("fr");
        assertThat(french.select("article h1").text()).isEqualTo("Comment demander un zwibbelkorst ?");
        assertThat(french.select(".pt-notice")).isEmpty();

        // German: the same article, in its source language, said so in German, the passage marked as Dutch.
        Document german = page(dutch.select(".pt-languages a[hreflang=de]").attr("href"));
        assertThat(german.select("html").attr("lang")).isEqualTo("de");
        assertThat(german.select("article").attr("lang")).isEqualTo("nl");
        assertThat(german.select("article h1").text()).isEqualTo("Hoe vraag ik een zwibbelkorst aan?");
        assertThat(german.select("p.pt-notice").text())
                .isEqualTo(
                        "Dieser Artikel liegt (noch) nicht auf Deutsch vor. Sie lesen ihn unten auf Niederländisch.");
        assertThat(german.select("h2#helpful-title").text()).isEqualTo("War das hilfreich?");
        assertThat(german.select(".pt-updated time").attr("datetime"))
                .isEqualTo(LocalDate.now(clock.withZone(BusinessTime.ZONE)).toString());
    }

    @Test
    void thePortalAddressPicksTheVisitorsLanguage() throws Exception {
        assertThat(redirect("/portal", "de-BE,de;q=0.9,fr;q=0.5")).isEqualTo("/portal/de");
        assertThat(redirect("/portal", "es-ES,fr-BE;q=0.8")).isEqualTo("/portal/fr");
        assertThat(redirect("/portal", "es")).isEqualTo("/portal/nl");
        Document english = page("/portal/en");
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("h1").text()).isEqualTo("How can we help?");
    }

    @Test
    void theSitemapListsEachPublicTranslationWithItsHreflangAlternates() throws Exception {
        HttpResponse<String> response = get("/portal/sitemap.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
        Document sitemap = Jsoup.parse(response.body(), "", org.jsoup.parser.Parser.xmlParser());
        String nl = "/portal/nl/articles/" + published + "/hoe-vraag-ik-een-zwibbelkorst-aan";
        String fr = "/portal/fr/articles/" + published + "/comment-demander-un-zwibbelkorst";
        Element nlEntry = sitemap.select("url").stream()
                .filter(url -> url.selectFirst("loc").text().endsWith(nl))
                .findFirst()
                .orElseThrow();
        assertThat(nlEntry.select("xhtml|link").eachAttr("hreflang")).containsExactlyInAnyOrder("nl", "fr");
        assertThat(nlEntry.select("xhtml|link[hreflang=fr]").attr("href")).endsWith(fr);
        assertThat(sitemap.select("loc").eachText()).anyMatch(loc -> loc.endsWith(fr));
    }

    @Test
    void searchPagesAreNotIndexedAndTheWordsStayInTheQueryString() throws Exception {
        HttpResponse<String> response = get("/portal/nl/search?q=zwibbelkorst");
        assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("form[role=search]").attr("method")).isEqualTo("get");
        Document none = page("/portal/fr/search?q=qwxzvbnmpl");
        assertThat(none.select("#results").text()).contains("Aucun résultat pour « qwxzvbnmpl »");
        // As the visitor types: only the results.
        HttpResponse<String> fragment = get("/portal/nl/search?q=zwibbelkorst", "HX-Request", "true");
        assertThat(fragment.body()).doesNotContain("<html").contains("/articles/" + published + "/");
    }

    @Test
    void aVisitorVotesOncePerArticleAndDayWithAnOptionalComment() throws Exception {
        String path = articlePath("nl", published);
        String token = page(path).select("input[name=token]").val();
        HttpResponse<String> first = post(
                "/portal/nl/articles/" + published + "/helpful",
                "helpful=no&comment=" + URLEncoder.encode("Voorbeeld ontbreekt", StandardCharsets.UTF_8) + "&token="
                        + token);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).hasValue(path + "?voted=yes#helpful");
        assertThat(page(path + "?voted=yes").select(".pt-success").text())
                .isEqualTo("Bedankt, uw antwoord is genoteerd.");

        HttpResponse<String> second =
                post("/portal/nl/articles/" + published + "/helpful", "helpful=yes&token=" + token);
        assertThat(second.headers().firstValue("Location")).hasValue(path + "?voted=again#helpful");
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        assertThat(votes.tally(published, today)).isEqualTo(new HelpfulVotes.Tally(0, 1));

        // Another browser is another visitor.
        String otherToken = Jsoup.parse(get(path, "User-Agent", "Other browser").body())
                .select("input[name=token]")
                .val();
        assertThat(otherToken).isNotEqualTo(token);
        HttpResponse<String> other = CLIENT.send(
                request("/portal/nl/articles/" + published + "/helpful")
                        .header("User-Agent", "Other browser")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("helpful=yes&token=" + otherToken))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(other.headers().firstValue("Location")).hasValue(path + "?voted=yes#helpful");
        assertThat(votes.tally(published, today)).isEqualTo(new HelpfulVotes.Tally(1, 1));
        // A token of one browser does not work for another (nor one made up): another site cannot vote.
        assertThat(post("/portal/nl/articles/" + published + "/helpful", "helpful=yes&token=" + otherToken)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aVoteWithoutChoiceOrWithTooLongACommentShowsTheErrorAndStoresNothing() throws Exception {
        String path = articlePath("fr", published);
        String token = page(path).select("input[name=token]").val();
        HttpResponse<String> noChoice =
                post("/portal/fr/articles/" + published + "/helpful", "comment=texte&token=" + token);
        assertThat(noChoice.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(noChoice.body());
        assertThat(page.title()).startsWith("Erreur :");
        assertThat(page.select(".pt-error-summary a").attr("href")).isEqualTo("#helpful-yes");
        assertThat(page.select("textarea#comment").text()).isEqualTo("texte");
        HttpResponse<String> tooLong = post(
                "/portal/fr/articles/" + published + "/helpful",
                "helpful=yes&comment=" + "x".repeat(1001) + "&token=" + token);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(tooLong.body()).select(".pt-field-error").text()).contains("1000");
        assertThat(votes.tally(published, LocalDate.now(clock.withZone(BusinessTime.ZONE))))
                .isEqualTo(new HelpfulVotes.Tally(0, 0));
        assertThat(post("/portal/fr/articles/" + published + "/helpful", "helpful=yes")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void searchesBeyondTheLimitAreRefusedWithALocalisedPage() throws Exception {
        for (int i = 0; i < 60; i++) {
            assertThat(get("/portal/fr/search?q=chauffage").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = get("/portal/fr/search?q=chauffage");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("Trop de demandes");
        // Reading is not limited.
        assertThat(get("/portal/fr").statusCode()).isEqualTo(200);
    }

    @Test
    void votesBeyondTheLimitAreRefusedWithALocalisedPageAndNotStored() throws Exception {
        String token =
                page(articlePath("de", published)).select("input[name=token]").val();
        for (int i = 0; i < 20; i++) {
            assertThat(post("/portal/de/articles/" + published + "/helpful", "helpful=yes&token=" + token)
                            .statusCode())
                    .isEqualTo(302);
        }
        HttpResponse<String> refused =
                post("/portal/de/articles/" + published + "/helpful", "helpful=yes&token=" + token);
        assertThat(refused.statusCode()).isEqualTo(429);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("de");
        assertThat(page.select("h1").text()).isEqualTo("Zu viele Anfragen");
        assertThat(votes.tally(published, LocalDate.now(clock.withZone(BusinessTime.ZONE))))
                .isEqualTo(new HelpfulVotes.Tally(1, 0));
    }

    @Test
    void badAddressesAndValuesAreAnsweredWithThePortalsOwn4xxPagesNever500() throws Exception {
        assertThat(get("/portal/nl/articles/abc").statusCode()).isEqualTo(400);
        assertThat(get("/portal/nl/articles/99999999999999999999/x").statusCode())
                .isEqualTo(400);
        assertThat(get("/portal/xx").statusCode()).isEqualTo(404);
        assertThat(get("/portal/NL").statusCode()).isEqualTo(404);
        assertThat(get("/portal/nl/categories/NOPE").statusCode()).isEqualTo(404);
        assertThat(get("/portal/nl/nothing/here").statusCode()).isEqualTo(404);
        assertThat(get("/portal/nl/search?q=" + "a".repeat(201)).statusCode()).isEqualTo(400);
        assertThat(post("/portal/nl/articles/abc/helpful", "helpful=yes").statusCode())
                .isEqualTo(400);
        // Refused by the input filter before any controller: still the portal's page, in the address's language.
        HttpResponse<String> control = get("/portal/fr/search?q=a%00b", "Accept", "text/html");
        assertThat(control.statusCode()).isEqualTo(400);
        Document controlPage = Jsoup.parse(control.body());
        assertThat(controlPage.select("html").attr("lang")).isEqualTo("fr");
        assertThat(controlPage.select("h1").text()).isEqualTo("Cette adresse n'est pas correcte");
        HttpResponse<String> notFound = get("/portal/fr/articles/0/x");
        assertThat(notFound.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(notFound.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("h1").text()).isEqualTo("Page introuvable");
        // Nothing of the back office: no link outside the portal but its assets.
        assertThat(page.select("a[href]").eachAttr("href"))
                .allMatch(href -> href.startsWith("/portal") || href.startsWith("#"));
    }

    @Test
    void portalPagesCarryTheBackOfficesHeadersAndSetNoCookie() throws Exception {
        for (String path : List.of("/portal/nl", articlePath("nl", published), "/portal/de/accessibility")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("a[href]").eachAttr("href"))
                    .as("links of %s", path)
                    .allMatch(href -> href.startsWith("/portal") || href.startsWith("#"));
        }
    }

    private String articlePath(String lang, long id) throws Exception {
        HttpResponse<String> redirect = get("/portal/" + lang + "/articles/" + id);
        assertThat(redirect.statusCode()).isEqualTo(301);
        return redirect.headers().firstValue("Location").orElseThrow();
    }

    private long publish(Audience audience, String nl, String fr) {
        long id = knowledge.create(draft(audience, nl, fr), "agent");
        knowledge.submitForReview(id, knowledge.get(id).version(), "agent");
        knowledge.publish(id, knowledge.get(id).version(), "expert");
        return id;
    }

    private static ArticleDraft draft(Audience audience, String nl, String fr) {
        return new ArticleDraft(
                "RMI",
                audience,
                ContentLanguage.NL,
                null,
                List.of(
                        new TranslationText(ContentLanguage.NL, nl, "<p>Antwoord over " + nl + "</p>", ""),
                        new TranslationText(ContentLanguage.FR, fr, "<p>Réponse sur " + fr + "</p>", "")));
    }

    private static List<Long> articleIds(Element element) {
        return element.select("a[href*=/articles/]").eachAttr("href").stream()
                .map(href -> href.replaceAll(".*/articles/(\\d+).*", "$1"))
                .map(Long::valueOf)
                .toList();
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private String redirect(String path, String acceptLanguage) throws Exception {
        HttpResponse<String> response = get(path, "Accept-Language", acceptLanguage);
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return CLIENT.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
