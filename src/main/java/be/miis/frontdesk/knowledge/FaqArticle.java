package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.ContentLanguageConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A FAQ article: one question and answer in up to four languages, with its review workflow. The translations are
 * the working copy; each publication freezes them into {@link FaqArticleVersion} snapshots.
 *
 * <p>Editing a published article puts it back to DRAFT (a new revision) instead of changing the published text
 * in place: a contact centre must keep answering from the reviewed text while someone rewrites it, and every
 * change the public or a ticket sees must have gone through review. The last publication stays live until the
 * revision is published or the article archived.
 */
@Entity
@Table(name = "faq_article")
class FaqArticle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String domainCode = "";

    @Enumerated(EnumType.STRING)
    private Audience audience = Audience.INTERNAL;

    @Enumerated(EnumType.STRING)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Convert(converter = ContentLanguageConverter.class)
    private ContentLanguage sourceLanguage = ContentLanguage.NL;

    private String owner = "";
    private String revisionAuthor = "";

    /**
     * Everyone who wrote the working text since the last publication (the creator of a new article included): none
     * of them may publish it, so that a second person reads all of what goes out (docs/roles.md).
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] revisionEditors = {};

    private @Nullable LocalDate reviewBy;
    private int publishedVersion;
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private int version;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("language")
    private List<FaqTranslation> translations = new ArrayList<>();

    protected FaqArticle() {}

    FaqArticle(ArticleDraft draft, String author, Instant now) {
        this.owner = author;
        this.createdAt = now;
        apply(draft, now);
        this.revisionAuthor = author;
        addEditor(author);
    }

    /**
     * Replaces the content. A published or in-review article becomes a DRAFT revision again (see the class
     * comment); whoever edits becomes the author of the revision, so they cannot publish it themselves.
     */
    void edit(ArticleDraft draft, String editor, Instant now) {
        if (status == ArticleStatus.ARCHIVED) {
            throw new IllegalArticleTransitionException(status, ArticleStatus.DRAFT);
        }
        apply(draft, now);
        this.status = ArticleStatus.DRAFT;
        this.revisionAuthor = editor;
        addEditor(editor);
    }

    /**
     * Counts {@code username} among the writers of the revision: the import names the user who brought the text
     * in, who is then no more its reviewer than its author is.
     */
    void addEditor(String username) {
        if (!hasEdited(username)) {
            revisionEditors = Arrays.copyOf(revisionEditors, revisionEditors.length + 1);
            revisionEditors[revisionEditors.length - 1] = username;
        }
    }

    /** Usernames compare without case, as the login does. */
    boolean hasEdited(String username) {
        return Arrays.stream(revisionEditors).anyMatch(username::equalsIgnoreCase);
    }

    private void apply(ArticleDraft draft, Instant now) {
        List<TranslationText> texts =
                draft.translations().stream().filter(t -> !t.isBlank()).toList();
        if (texts.stream()
                .noneMatch(t ->
                        t.language() == draft.sourceLanguage() && !t.question().isBlank())) {
            throw new InvalidArticleException("question", "knowledge.question.required");
        }
        this.domainCode = draft.domainCode();
        this.audience = draft.audience();
        this.sourceLanguage = draft.sourceLanguage();
        this.reviewBy = draft.reviewBy();
        translations.removeIf(existing -> texts.stream().noneMatch(t -> t.language() == existing.language()));
        for (TranslationText text : texts) {
            Optional<FaqTranslation> existing = translation(text.language());
            if (existing.isPresent()) {
                existing.get().apply(text, now);
            } else {
                translations.add(new FaqTranslation(this, text, now));
            }
        }
        translations.sort(Comparator.comparing(FaqTranslation::language));
        this.updatedAt = now;
    }

    void submitForReview(String actor, Instant now) {
        if (!status.canTransitionTo(ArticleStatus.IN_REVIEW)) {
            throw new IllegalArticleTransitionException(status, ArticleStatus.IN_REVIEW);
        }
        requireCompleteTranslations();
        move(ArticleStatus.IN_REVIEW, now);
    }

    /** Sends an article in review back to its author. */
    void sendBack(Instant now) {
        if (status != ArticleStatus.IN_REVIEW) {
            throw new IllegalArticleTransitionException(status, ArticleStatus.DRAFT);
        }
        move(ArticleStatus.DRAFT, now);
    }

    /**
     * Publishes the revision in review as the next version: one snapshot per translation. The reviewer must be
     * someone who wrote none of the text since the last publication (four eyes), and every translation must have a
     * question and an answer.
     */
    List<FaqArticleVersion> publish(String reviewer, Instant now) {
        if (status != ArticleStatus.IN_REVIEW) {
            throw new IllegalArticleTransitionException(status, ArticleStatus.PUBLISHED);
        }
        if (reviewer.equalsIgnoreCase(revisionAuthor) || hasEdited(reviewer)) {
            throw new ArticleRuleException("knowledge.publish.ownRevision");
        }
        return snapshots(reviewer, now);
    }

    /**
     * Publishes an article of a migrated base as it was published in the system it comes from, without a second
     * reader here: only an administrator's explicit migration calls this, and it is on the audit trail.
     */
    List<FaqArticleVersion> publishMigrated(String administrator, Instant now) {
        move(ArticleStatus.IN_REVIEW, now);
        return snapshots(administrator, now);
    }

    private List<FaqArticleVersion> snapshots(String reviewer, Instant now) {
        requireCompleteTranslations();
        move(ArticleStatus.PUBLISHED, now);
        revisionEditors = new String[0];
        publishedVersion++;
        long articleId = Objects.requireNonNull(id, "save the article before publishing it");
        return translations.stream()
                .map(t -> new FaqArticleVersion(articleId, publishedVersion, domainCode, audience, t, reviewer, now))
                .toList();
    }

    void archive(Instant now) {
        move(ArticleStatus.ARCHIVED, now);
    }

    private void requireCompleteTranslations() {
        if (translations.isEmpty() || !translations.stream().allMatch(FaqTranslation::isComplete)) {
            throw new ArticleRuleException("knowledge.translation.incomplete");
        }
    }

    private void move(ArticleStatus target, Instant now) {
        if (!status.canTransitionTo(target)) {
            throw new IllegalArticleTransitionException(status, target);
        }
        this.status = target;
        this.updatedAt = now;
    }

    Optional<FaqTranslation> translation(ContentLanguage language) {
        return translations.stream().filter(t -> t.language() == language).findFirst();
    }

    /**
     * Whether a translation fell behind its source: the source language's text changed after it did (only a real
     * change of a text moves its time).
     */
    boolean isToUpdate(FaqTranslation translation) {
        if (translation.language() == sourceLanguage) {
            return false;
        }
        return translation(sourceLanguage)
                .map(source -> source.changedAt().isAfter(translation.changedAt()))
                .orElse(false);
    }

    @Nullable
    Long id() {
        return id;
    }

    String domainCode() {
        return domainCode;
    }

    Audience audience() {
        return audience;
    }

    ArticleStatus status() {
        return status;
    }

    ContentLanguage sourceLanguage() {
        return sourceLanguage;
    }

    String owner() {
        return owner;
    }

    String revisionAuthor() {
        return revisionAuthor;
    }

    List<String> revisionEditors() {
        return List.of(revisionEditors);
    }

    @Nullable
    LocalDate reviewBy() {
        return reviewBy;
    }

    int publishedVersion() {
        return publishedVersion;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    int version() {
        return version;
    }

    List<FaqTranslation> translations() {
        return List.copyOf(translations);
    }
}
