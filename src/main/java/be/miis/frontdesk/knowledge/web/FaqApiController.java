package be.miis.frontdesk.knowledge.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.knowledge.ArticleDraft;
import be.miis.frontdesk.knowledge.ArticleNotFoundException;
import be.miis.frontdesk.knowledge.ArticleView;
import be.miis.frontdesk.knowledge.Audience;
import be.miis.frontdesk.knowledge.ImportResult;
import be.miis.frontdesk.knowledge.InvalidArticleException;
import be.miis.frontdesk.knowledge.KnowledgeService;
import be.miis.frontdesk.knowledge.KnowledgeTransfer;
import be.miis.frontdesk.knowledge.PortableArticle;
import be.miis.frontdesk.knowledge.SearchHit;
import be.miis.frontdesk.knowledge.SearchQuery;
import be.miis.frontdesk.knowledge.VersionView;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.PlainText;
import be.miis.frontdesk.shared.web.PlainTextJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The FAQ base for integrations (and the self-service portal later): search, read, write and review. */
@RestController
@Tag(name = "FAQ")
class FaqApiController {

    /** A migration file of a few thousand articles fits easily; a bigger one should be split, not buffered. */
    static final int MAX_IMPORT_MEGABYTES = 10;

    private static final int MAX_IMPORT_BYTES = MAX_IMPORT_MEGABYTES * 1024 * 1024;

    private final KnowledgeService knowledge;
    private final KnowledgeTransfer transfer;
    private final JsonMapper json;
    private final Clock clock;

    FaqApiController(KnowledgeService knowledge, KnowledgeTransfer transfer, JsonMapper json, Clock clock) {
        this.knowledge = knowledge;
        this.transfer = transfer;
        this.json = json;
        this.clock = clock;
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

    /**
     * Written to the response while the rows come from the database, so memory stays flat for any size of base.
     * A failure half-way leaves a truncated document, which no JSON reader accepts: the import cannot take it
     * for a complete one.
     */
    @GetMapping(value = "/api/v1/faq/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Every article in every status with its working translations (EXPERT or ADMIN), for "
                            + "migration to another Frontdesk: {\"exportedAt\": …, \"articles\": [...]}; the format POST /api/v1/faq/import reads",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = ExportDocument.class))))
    void exportArticles(HttpServletResponse response, @AuthenticationPrincipal FrontdeskUser user) throws IOException {
        // Refused before the first byte: once the document has started, the status can no longer change.
        transfer.requireTransfer(user.getUsername());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        try (OutputStream out = response.getOutputStream();
                JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringProperty("exportedAt", clock.instant().toString());
            generator.writeName("articles");
            generator.writeStartArray();
            transfer.exportAll(user.getUsername(), generator::writePOJO);
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    /**
     * Reads the body itself rather than through {@code @RequestBody}: that way the size is capped while reading
     * (413) and a malformed article is reported with its index instead of one error for the whole body.
     */
    @PostMapping(value = "/api/v1/faq/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Import articles (EXPERT or ADMIN), all or nothing: a JSON array of articles or the document "
                    + "of GET /api/v1/faq/export, at most 10 MB. Each article is checked and its HTML sanitised as "
                    + "on creation; an owner must be an existing user (none: the importer). PUBLISHED and IN_REVIEW "
                    + "articles arrive in review, the others as DRAFT, and neither the owner nor the importer may "
                    + "publish them. migration=true (ADMIN only) moves a whole base: its PUBLISHED articles are "
                    + "published at once as version 1 with the administrator as reviewer, on the audit trail. "
                    + "Answers the counts created, in review and published.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            array =
                                                    @ArraySchema(
                                                            schema = @Schema(implementation = PortableArticle.class)))))
    ImportResult importArticles(
            @RequestParam(defaultValue = "false") boolean migration,
            HttpServletRequest request,
            @AuthenticationPrincipal FrontdeskUser user)
            throws IOException {
        byte[] body = readAtMost(request.getInputStream(), MAX_IMPORT_BYTES);
        return transfer.importAll(articles(body), user.getUsername(), migration);
    }

    private List<PortableArticle> articles(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw InvalidArticleException.forParameter("articles", "knowledge.import.malformed");
        }
        JsonNode list = root.isObject() ? root.path("articles") : root;
        if (!list.isArray()) {
            throw InvalidArticleException.forParameter("articles", "knowledge.import.malformed");
        }
        List<PortableArticle> articles = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject()) {
                throw InvalidArticleException.forParameter("articles[" + i + "]", "knowledge.import.malformed");
            }
            try {
                articles.add(json.treeToValue(list.get(i), PortableArticle.class));
            } catch (PlainTextJson.RefusedText e) {
                throw InvalidArticleException.forParameter(
                        "articles[" + i + "]." + PlainTextJson.field(e), PlainText.REFUSED_KEY);
            } catch (JacksonException e) {
                throw InvalidArticleException.forParameter("articles[" + i + "]", "knowledge.import.malformed");
            }
        }
        return articles;
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit + 1);
        if (body.length > limit) {
            throw new ImportTooLargeException(MAX_IMPORT_MEGABYTES);
        }
        return body;
    }

    /** The shape of the export, for the OpenAPI document only (the export itself is written as a stream). */
    record ExportDocument(Instant exportedAt, List<PortableArticle> articles) {}

    @GetMapping("/api/v1/faq/{id}")
    @Operation(summary = "One article: working translations (with 'to update' flags) and every published version")
    ArticleView showArticle(@PathVariable long id) {
        return knowledge.get(id);
    }

    @GetMapping("/api/v1/faq/{id}/versions/{number}")
    @Operation(summary = "One language of one published version, also a retired one")
    ResponseEntity<VersionView> showVersion(
            @PathVariable long id, @PathVariable int number, @RequestParam(defaultValue = "nl") String lang) {
        return ResponseEntity.ok(knowledge
                .findVersion(id, number, language(lang))
                .orElseThrow(() -> ArticleNotFoundException.forId(id)));
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
    ArticleView sendBack(
            @PathVariable long id, @RequestParam int version, @AuthenticationPrincipal FrontdeskUser user) {
        knowledge.sendBack(id, version, user.getUsername());
        return knowledge.get(id);
    }

    @PostMapping("/api/v1/faq/{id}/archive")
    @Operation(summary = "Take the article out of search; its versions stay readable (EXPERT)")
    ArticleView archive(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal FrontdeskUser user) {
        knowledge.archive(id, version, user.getUsername());
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
