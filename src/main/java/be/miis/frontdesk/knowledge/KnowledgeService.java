package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.identity.Permissions;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.NotPermittedException;
import be.miis.frontdesk.shared.TextLanguage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API of the FAQ knowledge base: write and review articles, publish versions, search the published
 * ones, and hand out a published answer with the version id that a ticket records. Every command is one
 * transaction; changes carry the version the user saw, so a concurrent edit is refused instead of lost.
 */
@Service
public class KnowledgeService {

    public static final int MAX_LIMIT = 100;
    static final int MAX_QUESTION = 300;

    private final FaqArticleRepository articles;
    private final FaqArticleVersionRepository versions;
    private final KnowledgeSearch search;
    private final ArticleUses uses;
    private final ArticleDrafts drafts;
    private final PublicArticles publicArticles;
    private final Permissions permissions;
    private final Clock clock;

    KnowledgeService(
            FaqArticleRepository articles,
            FaqArticleVersionRepository versions,
            KnowledgeSearch search,
            ArticleUses uses,
            PublicArticles publicArticles,
            DomainCatalogue domains,
            Permissions permissions,
            Clock clock) {
        this.articles = articles;
        this.versions = versions;
        this.search = search;
        this.uses = uses;
        this.publicArticles = publicArticles;
        this.drafts = new ArticleDrafts(domains);
        this.permissions = permissions;
        this.clock = clock;
    }

    /**
     * Ranked published articles for the words typed, in the language asked first, then hits in other languages
     * (marked). A typo is corrected and a word the base never uses is left out, and then the hits are marked
     * approximate; so are the hits that have only some of the words, added when all of them find little.
     */
    @Transactional(readOnly = true)
    public List<SearchHit> search(SearchQuery query) {
        return search.search(new SearchQuery(
                query.text(),
                query.language(),
                query.domainCode(),
                query.audience(),
                Math.max(1, Math.min(query.limit(), MAX_LIMIT))));
    }

    /**
     * The public's search (the self-service portal): as {@link #search}, but only current PUBLIC publications,
     * whatever the caller asks; each hit is checked again, so an internal text cannot slip through a search path.
     */
    @Transactional(readOnly = true)
    public List<SearchHit> searchPublic(String text, ContentLanguage language, int limit) {
        return search(new SearchQuery(text, language, null, Audience.PUBLIC, limit)).stream()
                .filter(hit -> hit.audience() == Audience.PUBLIC)
                .toList();
    }

    /**
     * Every language of every article the public may read (current PUBLIC publications only): for the portal's
     * lists, categories and sitemap.
     */
    @Transactional(readOnly = true)
    public List<PublicTranslation> findPublicTranslations() {
        return publicArticles.translations();
    }

    /**
     * A public article in a language (else its source language, marked as a fallback); empty for an internal,
     * draft-only, archived or unknown article, which the public must not be able to tell apart.
     */
    @Transactional(readOnly = true)
    public Optional<PublicArticle> findPublicArticle(long articleId, ContentLanguage language) {
        return publicArticles.find(articleId, language);
    }

    /**
     * Articles that may answer a whole question (the text of a ticket rather than search words): any word counts,
     * the best matching first. Used for the suggestions beside a ticket.
     */
    @Transactional(readOnly = true)
    public List<SearchHit> suggest(String question, ContentLanguage language, int limit) {
        return search.suggest(new SearchQuery(question, language, null, null, Math.max(1, Math.min(limit, MAX_LIMIT))));
    }

    /**
     * Records that a ticket's answer used this published version (current or retired), in the transaction of the
     * answer; empty when there is no such version, and then nothing is written.
     */
    @Transactional
    public Optional<ArticleCitation> cite(long versionId, String ticketReference, String actor) {
        return uses.record(versionId, ticketReference, actor, clock.instant());
    }

    /** How often the article answered a ticket, and the latest of those tickets. */
    @Transactional(readOnly = true)
    public ArticleUsage usage(long articleId, int limit) {
        return uses.of(articleId, Math.max(1, Math.min(limit, MAX_LIMIT)));
    }

    /**
     * A draft made from an answered ticket: its question and answer in the language the answer is written in (the
     * ticket's when the words do not tell), internal until a reviewer decides otherwise. The author still has to remove what is personal and send it for review.
     */
    @Transactional
    public long propose(ArticleProposal proposal, String author) {
        String question = proposal.question().strip().replaceAll("\\s+", " ");
        if (question.length() > MAX_QUESTION) {
            int cut = question.lastIndexOf(' ', MAX_QUESTION - 1);
            question = question.substring(0, cut > 0 ? cut : MAX_QUESTION - 1) + "…";
        }
        // The text goes where its words say it belongs: an agent may answer a German ticket in Dutch.
        ContentLanguage language = TextLanguage.of(proposal.answerText())
                .or(() -> TextLanguage.of(proposal.answerText() + " " + proposal.question()))
                .orElse(proposal.language());
        ArticleDraft draft = new ArticleDraft(
                proposal.domainCode(),
                Audience.INTERNAL,
                language,
                null,
                List.of(new TranslationText(
                        language, question, HtmlSanitiser.fromPlainText(proposal.answerText()), "")));
        return create(draft, author);
    }

    /**
     * Writes a new draft; any agent or expert may propose one.
     *
     * @throws InvalidArticleException for an unknown domain or no question in the source language
     */
    @Transactional
    public long create(ArticleDraft draft, String author) {
        FaqArticle article = new FaqArticle(drafts.checked(draft), author, clock.instant());
        return Objects.requireNonNull(articles.save(article).id());
    }

    /** Replaces the content; a published article becomes a draft revision while its publication stays live. */
    @Transactional
    public void update(long id, int version, ArticleDraft draft, String editor) {
        ArticleDraft checked = drafts.checked(draft);
        change(id, version, article -> article.edit(checked, editor, clock.instant()));
    }

    @Transactional
    public void submitForReview(long id, int version, String actor) {
        change(id, version, article -> article.submitForReview(actor, clock.instant()));
    }

    /**
     * Sends a revision in review back to its authors.
     *
     * @throws NotPermittedException when the actor is not an expert
     */
    @Transactional
    public void sendBack(long id, int version, String actor) {
        requireReviewer(actor);
        change(id, version, article -> article.sendBack(clock.instant()));
    }

    /**
     * Publishes the revision in review as a new version and retires the previous one (which stays readable).
     *
     * @throws ArticleRuleException when the reviewer wrote any of the text since the last publication, or a
     *     translation is empty
     * @throws NotPermittedException when the reviewer is not an expert
     */
    @Transactional
    public int publish(long id, int version, String reviewer) {
        requireReviewer(reviewer);
        FaqArticle article = load(id, version);
        Instant now = clock.instant();
        List<FaqArticleVersion> snapshots = article.publish(reviewer, now);
        versions.findByArticleIdAndCurrentTrue(id).forEach(FaqArticleVersion::retire);
        versions.flush();
        versions.saveAll(snapshots);
        return article.publishedVersion();
    }

    /**
     * Takes the article out of search and answers; its versions stay readable for the tickets that cite them.
     *
     * @throws NotPermittedException when the actor is not an expert
     */
    @Transactional
    public void archive(long id, int version, String actor) {
        requireReviewer(actor);
        change(id, version, article -> article.archive(clock.instant()));
        versions.findByArticleIdAndCurrentTrue(id).forEach(FaqArticleVersion::retire);
    }

    @Transactional(readOnly = true)
    public ArticleView get(long id) {
        FaqArticle article = articles.findById(id).orElseThrow(() -> ArticleNotFoundException.forId(id));
        return view(article);
    }

    /**
     * The current published answer of an article in a language, for a reply; falls back to the source language
     * (then any published language) and says so. Empty when nothing of the article is published.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedAnswer> findPublishedVersion(long articleId, ContentLanguage language) {
        List<FaqArticleVersion> current = versions.findByArticleIdAndCurrentTrue(articleId);
        Optional<FaqArticleVersion> exact =
                current.stream().filter(v -> v.language() == language).findFirst();
        Optional<FaqArticleVersion> chosen = exact.or(() -> articles.findById(articleId)
                .flatMap(a -> current.stream()
                        .filter(v -> v.language() == a.sourceLanguage())
                        .findFirst())
                .or(() -> current.stream().findFirst()));
        return chosen.map(v -> new PublishedAnswer(
                articleId,
                Objects.requireNonNull(v.id()),
                v.number(),
                v.language(),
                v.question(),
                v.answerHtml(),
                v.language() != language));
    }

    /** One language of one published version, also a retired one (what a ticket cited then). */
    @Transactional(readOnly = true)
    public Optional<VersionView> findVersion(long articleId, int number, ContentLanguage language) {
        return versions.findByArticleIdAndNumberAndLanguage(articleId, number, language)
                .map(VersionView::of);
    }

    /**
     * The lines of an old version's answer against the current publication in the same language (or, when the
     * article has no live publication, against the working text).
     */
    @Transactional(readOnly = true)
    public List<DiffLine> diff(long articleId, int number, ContentLanguage language) {
        FaqArticleVersion old = versions.findByArticleIdAndNumberAndLanguage(articleId, number, language)
                .orElseThrow(() -> ArticleNotFoundException.forId(articleId));
        FaqArticle article = articles.findById(articleId).orElseThrow(() -> ArticleNotFoundException.forId(articleId));
        String current = versions.findByArticleIdAndCurrentTrue(articleId).stream()
                .filter(v -> v.language() == language)
                .map(FaqArticleVersion::answerHtml)
                .findFirst()
                .or(() -> article.translation(language).map(FaqTranslation::answerHtml))
                .orElse("");
        List<String> before = new ArrayList<>(List.of(old.question()));
        before.addAll(HtmlSanitiser.lines(old.answerHtml()));
        List<String> after = new ArrayList<>();
        after.add(versions.findByArticleIdAndCurrentTrue(articleId).stream()
                .filter(v -> v.language() == language)
                .map(FaqArticleVersion::question)
                .findFirst()
                .or(() -> article.translation(language).map(FaqTranslation::question))
                .orElse(""));
        after.addAll(HtmlSanitiser.lines(current));
        return LineDiff.between(before, after);
    }

    /** The rows of these articles (those that exist), by id, each in {@code language} or its source language. */
    @Transactional(readOnly = true)
    public Map<Long, ArticleSummary> summaries(Collection<Long> ids, ContentLanguage language) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return articles.findByIdIn(Set.copyOf(ids)).stream()
                .map(a -> summary(a, language))
                .collect(Collectors.toMap(ArticleSummary::id, s -> s));
    }

    /** Articles waiting for a reviewer, oldest change last. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> findByStatus(ArticleStatus status, ContentLanguage language, int limit) {
        return articles.findByStatusOrderByUpdatedAtDesc(status, Limit.of(limit)).stream()
                .map(a -> summary(a, language))
                .toList();
    }

    /** Published articles whose review-by date has passed: someone must check that they still hold. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> findReviewDue(ContentLanguage language, int limit) {
        LocalDate today = LocalDate.now(clock);
        return articles
                .findByStatusAndReviewByBeforeOrderByReviewBy(ArticleStatus.PUBLISHED, today, Limit.of(limit))
                .stream()
                .map(a -> summary(a, language))
                .toList();
    }

    /** What goes out to the frontdesk and the public is the backoffice's decision (docs/roles.md). */
    private void requireReviewer(String actor) {
        permissions.require(actor, "knowledge.permission.review", Role.EXPERT);
    }

    private void change(long id, int version, Consumer<FaqArticle> action) {
        action.accept(load(id, version));
    }

    private FaqArticle load(long id, int version) {
        FaqArticle article = articles.findById(id).orElseThrow(() -> ArticleNotFoundException.forId(id));
        if (article.version() != version) {
            throw new ObjectOptimisticLockingFailureException(FaqArticle.class, id);
        }
        return article;
    }

    private ArticleView view(FaqArticle article) {
        long id = Objects.requireNonNull(article.id());
        List<TranslationView> translations = article.translations().stream()
                .map(t -> new TranslationView(
                        t.language(), t.question(), t.answerHtml(), t.keywords(), t.changedAt(), article.isToUpdate(t)))
                .toList();
        List<VersionView> published = versions.findByArticleIdOrderByNumberDescLanguage(id).stream()
                .map(VersionView::of)
                .toList();
        return new ArticleView(
                id,
                article.domainCode(),
                article.audience(),
                article.status(),
                article.sourceLanguage(),
                article.owner(),
                article.revisionAuthor(),
                article.revisionEditors(),
                article.reviewBy(),
                article.publishedVersion(),
                article.createdAt(),
                article.updatedAt(),
                article.version(),
                translations,
                published);
    }

    private static ArticleSummary summary(FaqArticle article, ContentLanguage language) {
        FaqTranslation shown = article.translation(language)
                .or(() -> article.translation(article.sourceLanguage()))
                .or(() -> article.translations().stream().min(Comparator.comparing(FaqTranslation::language)))
                .orElseThrow();
        return new ArticleSummary(
                Objects.requireNonNull(article.id()),
                shown.question(),
                shown.language(),
                article.domainCode(),
                article.audience(),
                article.status(),
                article.owner(),
                article.reviewBy(),
                article.publishedVersion(),
                article.updatedAt());
    }
}
