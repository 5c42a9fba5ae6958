package be.miis.frontdesk.selfservice.web;

import be.miis.frontdesk.knowledge.PublicArticle;
import be.miis.frontdesk.knowledge.PublicTranslation;
import be.miis.frontdesk.knowledge.SearchHit;
import be.miis.frontdesk.selfservice.ArticleViews;
import be.miis.frontdesk.selfservice.HelpfulVotes;
import be.miis.frontdesk.selfservice.HelpfulVotes.Visitor;
import be.miis.frontdesk.selfservice.PortalCatalogue;
import be.miis.frontdesk.selfservice.PortalCatalogue.Category;
import be.miis.frontdesk.selfservice.RateLimits;
import be.miis.frontdesk.selfservice.Slugs;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * The public FAQ portal (docs/portal.md): home, categories, articles with their slug per language, search, the
 * helpful vote, the accessibility statement and the sitemap. Everything it shows comes from {@link
 * PortalCatalogue}, which only ever holds public publications.
 */
@Controller
class PortalController {

    static final int MAX_SEARCH = 200;

    private final PortalCatalogue catalogue;
    private final ArticleViews views;
    private final HelpfulVotes votes;
    private final RateLimits limits;
    private final String portalUrl;

    PortalController(
            PortalCatalogue catalogue,
            ArticleViews views,
            HelpfulVotes votes,
            RateLimits limits,
            @Value("${frontdesk.portal.url:http://localhost:8080/portal}") String portalUrl) {
        this.catalogue = catalogue;
        this.views = views;
        this.limits = limits;
        this.votes = votes;
        this.portalUrl = portalUrl.replaceAll("/+$", "");
    }

    /** The visitor's language from Accept-Language; the answer varies with it, so caches must keep them apart. */
    @GetMapping("/portal")
    ResponseEntity<Void> portal(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(
                        HttpHeaders.LOCATION,
                        "/portal/" + PortalLanguages.preferred(request).code())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    @GetMapping("/portal/{lang}")
    String home(@PathVariable String lang, Model model) {
        ContentLanguage language = language(lang);
        page(model, language, homeSwitches());
        model.addAttribute("categories", catalogue.categories(language));
        model.addAttribute("mostRead", catalogue.mostRead(language));
        return "portal/home";
    }

    @GetMapping("/portal/{lang}/categories/{code}")
    String category(@PathVariable String lang, @PathVariable String code, Model model) {
        ContentLanguage language = language(lang);
        Category category = catalogue.category(code, language).orElseThrow(PortalException::notFound);
        page(model, language, switches(code(c -> "/portal/" + c + "/categories/" + enc(code))));
        model.addAttribute("category", category);
        model.addAttribute("articles", catalogue.inCategory(code, language));
        return "portal/category";
    }

    /** An address without its slug (or an old one): to the article's right address. */
    @GetMapping("/portal/{lang}/articles/{id}")
    ResponseEntity<Void> articleWithoutSlug(@PathVariable String lang, @PathVariable long id) {
        ContentLanguage language = language(lang);
        PublicArticle article = catalogue.article(id, language).orElseThrow(PortalException::notFound);
        return moved(articlePath(language, article));
    }

    @GetMapping("/portal/{lang}/articles/{id}/{slug}")
    Object article(
            @PathVariable String lang,
            @PathVariable long id,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String voted,
            HttpServletRequest request,
            Model model) {
        ContentLanguage language = language(lang);
        PublicArticle article = catalogue.article(id, language).orElseThrow(PortalException::notFound);
        if (!slug.equals(Slugs.of(article.question()))) {
            return moved(articlePath(language, article));
        }
        views.count(id);
        showArticle(model, language, article, request);
        if ("yes".equals(voted) || "again".equals(voted)) {
            model.addAttribute("voted", voted);
        }
        return "portal/article";
    }

    /**
     * The helpful vote: a plain form (no script needed), answered with a redirect to the article that thanks the
     * visitor, or says that today's vote was already counted.
     */
    @PostMapping("/portal/{lang}/articles/{id}/helpful")
    String vote(
            @PathVariable String lang,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String helpful,
            @RequestParam(required = false) @Nullable String comment,
            @RequestParam(required = false) @Nullable String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ContentLanguage language = language(lang);
        PublicArticle article = catalogue.article(id, language).orElseThrow(PortalException::notFound);
        Visitor visitor = visitor(request);
        if (token == null || token.isBlank()) {
            throw new PortalException(HttpStatus.BAD_REQUEST);
        }
        if (!votes.validToken(id, visitor, token)) {
            throw new PortalException(HttpStatus.FORBIDDEN);
        }
        if (!limits.allow(RateLimits.Kind.VOTE, visitor.address())) {
            throw new PortalException(HttpStatus.TOO_MANY_REQUESTS);
        }
        boolean yes = "yes".equals(helpful);
        String error = null;
        if (!yes && !"no".equals(helpful)) {
            error = "portal.helpful.error.choice";
        } else if (comment != null && comment.strip().length() > HelpfulVotes.MAX_COMMENT) {
            error = "portal.helpful.error.comment";
        }
        if (error != null) {
            // The article again with the error and what was typed; nothing is stored.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            showArticle(model, language, article, request);
            model.addAttribute("voteError", error);
            model.addAttribute("comment", comment == null ? "" : comment);
            model.addAttribute("helpful", helpful);
            return "portal/article";
        }
        boolean counted = votes.vote(id, article.language(), yes, comment, visitor);
        return "redirect:" + articlePath(language, article) + "?voted=" + (counted ? "yes" : "again") + "#helpful";
    }

    /**
     * Search: the whole page for a plain GET (no script needed), only the results for htmx as the visitor types.
     * The words are in the query string only, and the page is not for search engines.
     */
    @GetMapping("/portal/{lang}/search")
    String search(
            @PathVariable String lang,
            @RequestParam(required = false) @Nullable String q,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ContentLanguage language = language(lang);
        String words = q == null ? "" : q.strip();
        if (words.length() > MAX_SEARCH) {
            throw new PortalException(HttpStatus.BAD_REQUEST);
        }
        response.setHeader("X-Robots-Tag", "noindex");
        page(
                model,
                language,
                switches(code(c -> "/portal/" + c + "/search" + (words.isEmpty() ? "" : "?q=" + enc(words)))));
        model.addAttribute("noindex", true);
        model.addAttribute("q", words);
        if (!words.isEmpty()) {
            if (!limits.allow(RateLimits.Kind.SEARCH, request.getRemoteAddr())) {
                throw new PortalException(HttpStatus.TOO_MANY_REQUESTS);
            }
            List<SearchHit> hits = catalogue.search(words, language);
            model.addAttribute(
                    "hits", hits.stream().map(hit -> new Hit(hit, language)).toList());
        }
        boolean fragment =
                request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null;
        return fragment ? "portal/search :: results" : "portal/search";
    }

    @GetMapping("/portal/{lang}/accessibility")
    String accessibility(@PathVariable String lang, Model model) {
        ContentLanguage language = language(lang);
        page(model, language, switches(code(c -> "/portal/" + c + "/accessibility")));
        return "portal/accessibility";
    }

    /** Every public article in every language it is published in, each with its alternates (hreflang). */
    @GetMapping(value = "/portal/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    String sitemap() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                """);
        List<String> homes = Arrays.stream(ContentLanguage.values())
                .map(l -> portalUrl + "/" + l.code())
                .toList();
        for (ContentLanguage language : ContentLanguage.values()) {
            url(xml, portalUrl + "/" + language.code(), null, alternates(homes));
        }
        for (List<PublicTranslation> article : catalogue.allTranslations().values()) {
            List<Alternate> alternates = article.stream()
                    .map(t -> new Alternate(
                            t.language().code(),
                            portalUrl + "/" + t.language().code() + "/articles/" + t.articleId() + "/"
                                    + Slugs.of(t.question())))
                    .toList();
            for (PublicTranslation translation : article) {
                String href = alternates.stream()
                        .filter(a -> a.code().equals(translation.language().code()))
                        .findFirst()
                        .orElseThrow()
                        .href();
                url(xml, href, date(translation.publishedAt()), alternates);
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    /** Any other address under the portal: the portal's own 404 page, never the back office's. */
    @org.springframework.web.bind.annotation.RequestMapping("/portal/**")
    String unknown() {
        throw PortalException.notFound();
    }

    private static void url(
            StringBuilder xml, String loc, @Nullable LocalDate lastModified, List<Alternate> alternates) {
        xml.append("  <url>\n    <loc>").append(HtmlUtils.htmlEscape(loc)).append("</loc>\n");
        if (lastModified != null) {
            xml.append("    <lastmod>").append(lastModified).append("</lastmod>\n");
        }
        for (Alternate alternate : alternates) {
            xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
                    .append(alternate.code())
                    .append("\" href=\"")
                    .append(HtmlUtils.htmlEscape(alternate.href()))
                    .append("\"/>\n");
        }
        xml.append("  </url>\n");
    }

    private static List<Alternate> alternates(List<String> homes) {
        return homes.stream()
                .map(href -> new Alternate(href.substring(href.lastIndexOf('/') + 1), href))
                .toList();
    }

    private void showArticle(Model model, ContentLanguage language, PublicArticle article, HttpServletRequest request) {
        page(model, language, articleSwitches(article));
        model.addAttribute("article", article);
        model.addAttribute("updated", date(article.publishedAt()));
        model.addAttribute(
                "updatedText",
                date(article.publishedAt())
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(Locale.forLanguageTag(language.code()))));
        model.addAttribute(
                "category", catalogue.category(article.domainCode(), language).orElse(null));
        model.addAttribute("related", catalogue.related(article, language));
        model.addAttribute("token", votes.formToken(article.articleId(), visitor(request)));
        model.addAttribute(
                "alternates",
                article.questions().entrySet().stream()
                        .map(e -> new Alternate(
                                e.getKey().code(),
                                portalUrl + "/" + e.getKey().code() + "/articles/" + article.articleId() + "/"
                                        + Slugs.of(e.getValue())))
                        .toList());
        model.addAttribute(
                "canonical", portalUrl + articlePath(language, article).substring("/portal".length()));
    }

    private static void page(Model model, ContentLanguage language, List<Switch> switches) {
        model.addAttribute("lang", language);
        model.addAttribute("switches", switches);
    }

    /** The language links of a page that exists alike in every language. */
    static List<Switch> homeSwitches() {
        return switches(code(c -> "/portal/" + c));
    }

    /**
     * The language links of an article: to its own slug in each language it is published in; to the article in
     * a language it lacks too, where the page says so and shows it in its source language.
     */
    private static List<Switch> articleSwitches(PublicArticle article) {
        Map<ContentLanguage, String> questions = article.questions();
        return Arrays.stream(ContentLanguage.values())
                .map(l -> new Switch(
                        l.code(),
                        "/portal/" + l.code() + "/articles/" + article.articleId() + "/"
                                + Slugs.of(questions.getOrDefault(l, article.question())),
                        questions.containsKey(l)))
                .toList();
    }

    private static List<Switch> switches(java.util.function.Function<String, String> href) {
        return Arrays.stream(ContentLanguage.values())
                .map(l -> new Switch(l.code(), href.apply(l.code()), true))
                .toList();
    }

    private static java.util.function.Function<String, String> code(java.util.function.Function<String, String> f) {
        return f;
    }

    private static String articlePath(ContentLanguage language, PublicArticle article) {
        return "/portal/" + language.code() + "/articles/" + article.articleId() + "/" + Slugs.of(article.question());
    }

    private static ResponseEntity<Void> moved(String path) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, path)
                .build();
    }

    static ContentLanguage language(String code) {
        return ContentLanguage.fromCode(code).filter(l -> l.code().equals(code)).orElseThrow(PortalException::notFound);
    }

    private static LocalDate date(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, BusinessTime.ZONE);
    }

    private static String enc(String value) {
        return UriUtils.encodeQueryParam(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    static Visitor visitor(HttpServletRequest request) {
        String agent = request.getHeader(HttpHeaders.USER_AGENT);
        return new Visitor(request.getRemoteAddr(), agent == null ? "" : agent);
    }

    /** A language link: {@code available} false when the article is not published in that language. */
    record Switch(String code, String href, boolean available) {}

    record Alternate(String code, String href) {}

    /** A search hit with the address of its article in the language it was found in. */
    record Hit(SearchHit hit, String href) {
        Hit(SearchHit hit, ContentLanguage page) {
            this(
                    hit,
                    // A hit in another language opens the article in the page's language, which shows it in the
                    // language it has with a clear note (its slug follows by redirect).
                    "/portal/" + page.code() + "/articles/" + hit.articleId()
                            + (hit.otherLanguage() ? "" : "/" + Slugs.of(hit.question())));
        }
    }
}
