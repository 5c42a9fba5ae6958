package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.knowledge.KnowledgeService;
import be.miis.frontdesk.knowledge.PublicArticle;
import be.miis.frontdesk.knowledge.PublicTranslation;
import be.miis.frontdesk.knowledge.SearchHit;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.DomainView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What the portal shows, built only from the knowledge module's public side ({@link
 * KnowledgeService#findPublicTranslations()}, {@link KnowledgeService#findPublicArticle}, {@link
 * KnowledgeService#searchPublic}): an internal or unpublished article cannot reach a list, a search, the related
 * articles or the sitemap, because none of these is ever given one.
 */
@Service
public class PortalCatalogue {

    public static final int MOST_READ = 5;
    public static final int RELATED = 5;
    public static final int SEARCH_HITS = 20;

    private final KnowledgeService knowledge;
    private final DomainCatalogue domains;
    private final ArticleViews views;

    PortalCatalogue(KnowledgeService knowledge, DomainCatalogue domains, ArticleViews views) {
        this.knowledge = knowledge;
        this.domains = domains;
        this.views = views;
    }

    /** The categories that hold at least one public article, in the catalogue's order, with their counts. */
    public List<Category> categories(ContentLanguage language) {
        Map<String, Long> counts =
                articles(language).stream().collect(Collectors.groupingBy(Entry::domainCode, Collectors.counting()));
        return domains.findAll().stream()
                .filter(domain -> counts.containsKey(domain.code()))
                .map(domain -> new Category(domain.code(), name(domain, language), counts.get(domain.code())))
                .toList();
    }

    public Optional<Category> category(String code, ContentLanguage language) {
        return categories(language).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The public articles of a category, alphabetically in the language shown. */
    public List<Entry> inCategory(String code, ContentLanguage language) {
        return articles(language).stream()
                .filter(entry -> entry.domainCode().equals(code))
                .sorted(Comparator.comparing(Entry::question, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public List<Entry> mostRead(ContentLanguage language) {
        Map<Long, Entry> byId = byId(language);
        return views.mostRead().stream()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .limit(MOST_READ)
                .toList();
    }

    public Optional<PublicArticle> article(long id, ContentLanguage language) {
        return knowledge.findPublicArticle(id, language);
    }

    /** Other public articles of the same category, the most read first, then alphabetically. */
    public List<Entry> related(PublicArticle article, ContentLanguage language) {
        List<Long> ranking = views.mostRead();
        return inCategory(article.domainCode(), language).stream()
                .filter(entry -> entry.articleId() != article.articleId())
                .sorted(Comparator.comparingInt(entry -> {
                    int rank = ranking.indexOf(entry.articleId());
                    return rank < 0 ? Integer.MAX_VALUE : rank;
                }))
                .limit(RELATED)
                .toList();
    }

    public List<SearchHit> search(String words, ContentLanguage language) {
        return knowledge.searchPublic(words, language, SEARCH_HITS);
    }

    /** Every public article with the languages it is published in, for the sitemap. */
    public Map<Long, List<PublicTranslation>> allTranslations() {
        // Languages in the order of the enum (Dutch, French, German, English): a list falls back on the first.
        return knowledge.findPublicTranslations().stream()
                .sorted(Comparator.comparingLong(PublicTranslation::articleId)
                        .thenComparing(PublicTranslation::language))
                .collect(Collectors.groupingBy(PublicTranslation::articleId, LinkedHashMap::new, Collectors.toList()));
    }

    /** One entry per public article: in the language asked for when it is published in it, else in another. */
    List<Entry> articles(ContentLanguage language) {
        return new ArrayList<>(byId(language).values());
    }

    private Map<Long, Entry> byId(ContentLanguage language) {
        Map<Long, Entry> entries = new LinkedHashMap<>();
        for (List<PublicTranslation> translations : allTranslations().values()) {
            PublicTranslation shown = translations.stream()
                    .filter(t -> t.language() == language)
                    .findFirst()
                    .orElse(translations.get(0));
            entries.put(
                    shown.articleId(),
                    new Entry(
                            shown.articleId(),
                            shown.question(),
                            shown.language(),
                            shown.language() != language,
                            shown.domainCode(),
                            shown.publishedAt(),
                            Slugs.of(shown.question())));
        }
        return entries;
    }

    private static String name(DomainView domain, ContentLanguage language) {
        return domain.name(java.util.Locale.forLanguageTag(language.code()));
    }

    /** A category of the portal: a business domain with public articles. */
    public record Category(String code, String name, long articles) {}

    /** An article in a list; {@code otherLanguage} when it is not published in the language of the page. */
    public record Entry(
            long articleId,
            String question,
            ContentLanguage language,
            boolean otherLanguage,
            String domainCode,
            Instant publishedAt,
            String slug) {}
}
