package be.miis.frontdesk.knowledge;

import be.miis.frontdesk.knowledge.PortableArticle.PortableTranslation;
import be.miis.frontdesk.shared.ContentLanguage;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * sanitising as {@link KnowledgeService#create}.
 */
@Service
public class KnowledgeTransfer {

    static final int MAX_OWNER_LENGTH = 100;

    /** Rows the export keeps in memory at a time: the driver fetches them from a cursor in this size. */
    private static final int FETCH_SIZE = 500;

    /** Imported entities are flushed and detached in batches, so a large file does not fill the session. */
    private static final int FLUSH_EVERY = 200;

    private final KnowledgeService knowledge;
    private final FaqArticleRepository articles;
    private final FaqArticleVersionRepository versions;
    private final EntityManager entityManager;
    private final SearchVocabulary vocabulary;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    KnowledgeTransfer(
            KnowledgeService knowledge,
            FaqArticleRepository articles,
            FaqArticleVersionRepository versions,
            EntityManager entityManager,
            SearchVocabulary vocabulary,
            DataSource dataSource,
            Clock clock) {
        this.knowledge = knowledge;
        this.articles = articles;
        this.versions = versions;
        this.entityManager = entityManager;
        this.vocabulary = vocabulary;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.clock = clock;
    }

    /**
     * Hands every article (all statuses, ordered by id) with its working translations to {@code sink}, one at a
     * time. One query with a cursor instead of entities: 100 000 articles neither load at once nor cost a query
     * each. Repeatable read gives the whole export one snapshot even while others keep editing.
     *
     * @return the number of articles handed out
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public int exportAll(Consumer<PortableArticle> sink) {
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
     * Articles marked PUBLISHED are published at once as version 1; every other status becomes a DRAFT.
     */
    @Transactional
    public ImportResult importAll(List<PortableArticle> incoming, String importer) {
        List<Prepared> prepared = new ArrayList<>(incoming.size());
        for (int i = 0; i < incoming.size(); i++) {
            prepared.add(prepare(i, incoming.get(i), importer));
        }
        Instant now = clock.instant();
        // The content was reviewed in the system it comes from; the four-eyes rule of publish() is kept by
        // naming the import as the reviewer, so the history shows who brought the text in and how.
        String reviewer = "import:" + importer;
        int published = 0;
        for (int i = 0; i < prepared.size(); i++) {
            Prepared article = prepared.get(i);
            FaqArticle saved = articles.save(new FaqArticle(article.draft(), article.owner(), now));
            if (article.publish()) {
                try {
                    saved.submitForReview(article.owner(), now);
                    versions.saveAll(saved.publish(reviewer, now));
                } catch (ArticleRuleException e) {
                    throw new InvalidArticleException(field(i, "translations"), e.messageKey());
                }
                published++;
            }
            if ((i + 1) % FLUSH_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        if (published > 0) {
            // A migration brings a whole base at once: count its words now rather than at night, so that its
            // common words take the fast path from the first search (the words themselves came with the inserts).
            entityManager.flush();
            vocabulary.refresh();
        }
        return new ImportResult(prepared.size(), published);
    }

    private Prepared prepare(int index, PortableArticle article, String importer) {
        String domainCode = required(index, "domainCode", article.domainCode());
        Audience audience = required(index, "audience", article.audience());
        ContentLanguage sourceLanguage = required(index, "sourceLanguage", article.sourceLanguage());
        String owner = article.owner() == null || article.owner().isBlank()
                ? importer
                : article.owner().strip();
        if (owner.length() > MAX_OWNER_LENGTH) {
            throw new InvalidArticleException(field(index, "owner"), "knowledge.import.ownerTooLong");
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
            ArticleDraft draft = knowledge.checked(
                    new ArticleDraft(domainCode, audience, sourceLanguage, article.reviewBy(), texts));
            // The constructor holds the rest of the rules (a question in the source language); trying it here
            // lets the whole file be checked before anything is written.
            new FaqArticle(draft, owner, Instant.EPOCH);
            return new Prepared(draft, owner, article.status() == ArticleStatus.PUBLISHED);
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

    private record Prepared(ArticleDraft draft, String owner, boolean publish) {}

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
