package be.miis.frontdesk.knowledge.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.knowledge.ArticleDraft;
import be.miis.frontdesk.knowledge.ArticleView;
import be.miis.frontdesk.knowledge.Audience;
import be.miis.frontdesk.knowledge.InvalidArticleException;
import be.miis.frontdesk.knowledge.KnowledgeService;
import be.miis.frontdesk.knowledge.SearchHit;
import be.miis.frontdesk.knowledge.SearchQuery;
import be.miis.frontdesk.knowledge.VersionView;
import be.miis.frontdesk.shared.ContentLanguage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The FAQ base for integrations (and the self-service portal later): search, read, write and review. */
@RestController
@Tag(name = "FAQ")
class FaqApiController {

    private final KnowledgeService knowledge;

    FaqApiController(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping("/api/v1/faq/search")
    @Operation(
            summary = "Ranked published articles for q (stemmed, accents ignored, typo tolerant): id, version, "
                    + "question, highlighted snippet and the language of the hit; other languages are marked")
    List<SearchHit> search(
            @RequestParam String q,
            @RequestParam(defaultValue = "nl") String lang,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String audience,
            @RequestParam(defaultValue = "20") int limit) {
        if (q.isBlank()) {
            throw InvalidArticleException.forParameter("q", "knowledge.search.hint");
        }
        return knowledge.search(new SearchQuery(
                q,
                language(lang),
                category == null || category.isBlank() ? null : category,
                audience(audience),
                limit));
    }

    @GetMapping("/api/v1/faq/{id}")
    @Operation(summary = "One article: working translations (with 'to update' flags) and every published version")
    ArticleView showArticle(@PathVariable long id) {
        return knowledge.get(id);
    }

    @GetMapping("/api/v1/faq/{id}/versions/{number}")
    @Operation(summary = "One language of one published version, also a retired one")
    ResponseEntity<VersionView> showVersion(
            @PathVariable long id, @PathVariable int number, @RequestParam(defaultValue = "nl") String lang) {
        return ResponseEntity.of(knowledge.findVersion(id, number, language(lang)));
    }

    @PostMapping("/api/v1/faq")
    @Operation(summary = "Propose a new article (a draft); answer HTML is sanitised")
    ResponseEntity<ArticleView> createArticle(
            @RequestBody ArticleDraft draft, @AuthenticationPrincipal FrontdeskUser user) {
        long id = knowledge.create(draft, user.getUsername());
        return ResponseEntity.created(URI.create("/api/v1/faq/" + id)).body(knowledge.get(id));
    }

    @PutMapping("/api/v1/faq/{id}")
    @Operation(summary = "Replace the content; a published article becomes a draft revision, its publication stays")
    ArticleView updateArticle(
            @PathVariable long id,
            @RequestParam int version,
            @RequestBody ArticleDraft draft,
            @AuthenticationPrincipal FrontdeskUser user) {
        knowledge.update(id, version, draft, user.getUsername());
        return knowledge.get(id);
    }

    @PostMapping("/api/v1/faq/{id}/submit")
    @Operation(summary = "Submit a draft for review")
    ArticleView submit(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal FrontdeskUser user) {
        knowledge.submitForReview(id, version, user.getUsername());
        return knowledge.get(id);
    }

    @PostMapping("/api/v1/faq/{id}/publish")
    @Operation(summary = "Publish the revision in review as a new version (EXPERT, not the author)")
    ArticleView publish(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal FrontdeskUser user) {
        knowledge.publish(id, version, user.getUsername());
        return knowledge.get(id);
    }

    @PostMapping("/api/v1/faq/{id}/send-back")
    @Operation(summary = "Send a revision in review back to its author (EXPERT)")
    ArticleView sendBack(@PathVariable long id, @RequestParam int version) {
        knowledge.sendBack(id, version);
        return knowledge.get(id);
    }

    @PostMapping("/api/v1/faq/{id}/archive")
    @Operation(summary = "Take the article out of search; its versions stay readable (EXPERT)")
    ArticleView archive(@PathVariable long id, @RequestParam int version) {
        knowledge.archive(id, version);
        return knowledge.get(id);
    }

    private static ContentLanguage language(String code) {
        return ContentLanguage.fromCode(code)
                .orElseThrow(() -> InvalidArticleException.forParameter("lang", "knowledge.language.unknown"));
    }

    private static @Nullable Audience audience(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Audience.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidArticleException.forParameter("audience", "knowledge.audience.unknown");
        }
    }
}
