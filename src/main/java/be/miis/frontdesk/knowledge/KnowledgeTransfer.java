package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.identity.AuditAction;
import be.miis.frontdesk.identity.AuditLog;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Permissions;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.knowledge.PortableArticle.PortableTranslation;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.NotPermittedException;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the whole FAQ base between systems (issue #4, migration from the previous tool): a streamed export of
 * every article in every status, and an all-or-nothing import that holds each article to the same checks and
 * sanitising as {@link KnowledgeService#create} ({@link ArticleDrafts}).
 */
@Service
public class KnowledgeTransfer {

    static final int MAX_OWNER_LENGTH = 100;

    /** Rows the export keeps in memory at a time: the driver fetches them from a cursor in this size. */
    private static final int FETCH_SIZE = 500;

    /** Imported entities are flushed and detached in batches, so a large file does not fill the session. */
    private static final int FLUSH_EVERY = 200;

    private final ArticleDrafts drafts;
    private final FaqArticleRepository articles;
    private final FaqArticleVersionRepository versions;
    private final EntityManager entityManager;
    private final SearchVocabulary vocabulary;
    private final IdentityService users;
    private final Permissions permissions;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    KnowledgeTransfer(
            DomainCatalogue domains,
            FaqArticleRepository articles,
            FaqArticleVersionRepository versions,
            EntityManager entityManager,
            SearchVocabulary vocabulary,
            IdentityService users,
            Permissions permissions,
            AuditLog audit,
            DataSource dataSource,
            Clock clock) {
        this.drafts = new ArticleDrafts(domains);
        this.articles = articles;
        this.versions = versions;
        this.entityManager = entityManager;
        this.vocabulary = vocabulary;
        this.users = users;
        this.permissions = permissions;
        this.audit = audit;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.clock = clock;
    }

    /**
     * Hands every article (all statuses, ordered by id) with its working translations to {@code sink}, one at a
     * time. One query with a cursor instead of entities: 100 000 articles neither load at once nor cost a query
     * each. Repeatable read gives the whole export one snapshot even while others keep editing.
     *
     * <p>The export holds every draft and every internal article: it is for those who may move the base, experts
     * and administrators (docs/roles.md).
     *
     * @return the number of articles handed out
     * @throws NotPermittedException when {@code actor} is neither an expert nor an administrator
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public int exportAll(String actor, Consumer<PortableArticle> sink) {
        requireTransfer(actor);
        ExportCursor cursor = new ExportCursor(sink);
        jdbc.query("""
                select a.id, a.domain_code, a.audience, a.source_language, a.status, a.owner, a.review_by,
                       a.published_version, t.language, t.question, t.answer_html, t.keywords
                from faq_article a
                left join faq_translation t on t.article_id = a.id
                order by a.id, t.language
                """, cursor::row);
        return cursor.finish();
    }

    /**
     * Creates every article of {@code incoming} or none: the first one that fails a check stops the import with
     * its index in the field name ({@code articles[3].question}) and the transaction rolls back what was written.
     *
     * <p>Imported text has not been read by anyone here, so it goes through the review like any other text
     * (docs/roles.md): articles marked PUBLISHED or IN_REVIEW arrive in review, every other status as a DRAFT, and
     * the importer counts as one of their writers, who may not publish them. Only an administrator's explicit
     * {@code migration} of a base publishes its PUBLISHED articles at once as version 1, with the administrator as
     * the reviewer and the migration on the audit trail. An owner must be an existing user; none means the importer.
     *
     * @throws NotPermittedException when the importer is neither an expert nor an administrator, or a migration is
     *     asked for by someone who is not an administrator
     */
    @Transactional
    public ImportResult importAll(List<PortableArticle> incoming, String importer, boolean migration) {
        requireTransfer(importer);
        if (migration) {
            permissions.require(importer, "knowledge.permission.migration", Role.ADMIN);
        }
        Map<String, String> owners = users.findUsernames(incoming.stream()
                .map(PortableArticle::owner)
                .filter(owner -> owner != null && !owner.isBlank())
                .map(String::strip)
                .toList());
        List<Prepared> prepared = new ArrayList<>(incoming.size());
        for (int i = 0; i < incoming.size(); i++) {
            prepared.add(prepare(i, incoming.get(i), importer, owners));
        }
        Instant now = clock.instant();
        int published = 0;
        int inReview = 0;
        for (int i = 0; i < prepared.size(); i++) {
            Prepared article = prepared.get(i);
            FaqArticle saved = articles.save(new FaqArticle(article.draft(), article.owner(), now));
            saved.addEditor(importer);
            try {
                if (migration && article.status() == ArticleStatus.PUBLISHED) {
                    versions.saveAll(saved.publishMigrated(importer, now));
                    published++;
                } else if (article.status() == ArticleStatus.PUBLISHED || article.status() == ArticleStatus.IN_REVIEW) {
                    saved.submitForReview(importer, now);
                    inReview++;
                }
            } catch (ArticleRuleException e) {
                throw new InvalidArticleException(field(i, "translations"), e.messageKey());
            }
            if ((i + 1) % FLUSH_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        audit.record(
                importer,
                AuditAction.IMPORTED,
                "faq",
                null,
                (migration ? "migration of a FAQ base: " : "FAQ import: ") + prepared.size() + " articles, " + published
                        + " published, " + inReview + " in review");
        if (published > 0) {
            // A migration brings a whole base at once: count its words now rather than at night, so that its
            // common words take the fast path from the first search (the words themselves came with the inserts).
            entityManager.flush();
            vocabulary.refresh();
        }
        return new ImportResult(prepared.size(), published, inReview, migration);
    }

    /**
     * Refuses unless {@code actor} may export or import the whole base (an expert or an administrator): for a
     * caller that must know before it starts writing the export.
     *
     * @throws NotPermittedException when they may not
     */
    public void requireTransfer(String actor) {
        permissions.require(actor, "knowledge.permission.transfer", Role.EXPERT, Role.ADMIN);
    }

    private Prepared prepare(int index, PortableArticle article, String importer, Map<String, String> owners) {
        String domainCode = required(index, "domainCode", article.domainCode());
        Audience audience = required(index, "audience", article.audience());
        ContentLanguage sourceLanguage = required(index, "sourceLanguage", article.sourceLanguage());
        String owner = importer;
        if (article.owner() != null && !article.owner().isBlank()) {
            String given = article.owner().strip();
            if (given.length() > MAX_OWNER_LENGTH) {
                throw new InvalidArticleException(field(index, "owner"), "knowledge.import.ownerTooLong");
            }
            // Spelled as the account is, so that the owner's name compares as the user's own does.
            String known = owners.get(given.toLowerCase(Locale.ROOT));
            if (known == null) {
                throw new InvalidArticleException(field(index, "owner"), "knowledge.import.ownerUnknown");
            }
            owner = known;
        }
        List<TranslationText> texts = new ArrayList<>();
        for (PortableTranslation t :
                article.translations() == null ? List.<PortableTranslation>of() : article.translations()) {
            texts.add(new TranslationText(
                    required(index, "translations", t == null ? null : t.language()),
                    text(t.question()),
                    text(t.answerHtml()),
                    text(t.keywords())));
        }
        try {
            ArticleDraft draft =
                    drafts.checked(new ArticleDraft(domainCode, audience, sourceLanguage, article.reviewBy(), texts));
            // The constructor holds the rest of the rules (a question in the source language); trying it here
            // lets the whole file be checked before anything is written.
            new FaqArticle(draft, owner, Instant.EPOCH);
            return new Prepared(draft, owner, article.status() == null ? ArticleStatus.DRAFT : article.status());
        } catch (InvalidArticleException e) {
            throw new InvalidArticleException(field(index, e.field()), e.messageKey());
        }
    }

    private static <T> T required(int index, String name, @Nullable T value) {
        if (value == null) {
            throw new InvalidArticleException(field(index, name), "knowledge.import.required");
        }
        return value;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String field(int index, String name) {
        return "articles[" + index + "]." + name;
    }

    private record Prepared(ArticleDraft draft, String owner, ArticleStatus status) {}

    /** Folds the rows of one article (one per translation, ordered by article) into one portable article. */
    private static final class ExportCursor {

        private final Consumer<PortableArticle> sink;
        private @Nullable PortableArticle current;
        private List<PortableTranslation> translations = new ArrayList<>();
        private int count;

        ExportCursor(Consumer<PortableArticle> sink) {
            this.sink = sink;
        }

        void row(ResultSet rs) throws SQLException {
            long id = rs.getLong("id");
            if (current == null || current.id() == null || current.id() != id) {
                emit();
                Date reviewBy = rs.getDate("review_by");
                translations = new ArrayList<>();
                current = new PortableArticle(
                        id,
                        rs.getString("domain_code"),
                        Audience.valueOf(rs.getString("audience")),
                        language(rs.getString("source_language")),
                        ArticleStatus.valueOf(rs.getString("status")),
                        rs.getString("owner"),
                        reviewBy == null ? null : reviewBy.toLocalDate(),
                        rs.getInt("published_version"),
                        translations);
            }
            String language = rs.getString("language");
            if (language != null) {
                translations.add(new PortableTranslation(
                        language(language),
                        rs.getString("question"),
                        rs.getString("answer_html"),
                        rs.getString("keywords")));
            }
        }

        int finish() {
            emit();
            return count;
        }

        private void emit() {
            if (current != null) {
                sink.accept(current);
                count++;
                current = null;
            }
        }

        private static ContentLanguage language(String code) {
            return ContentLanguage.fromCode(code).orElseThrow();
        }
    }
}
