package be.miis.frontdesk.knowledge;

import static be.miis.frontdesk.knowledge.ArticleMother.draft;
import static be.miis.frontdesk.knowledge.ArticleMother.fr;
import static be.miis.frontdesk.knowledge.ArticleMother.nl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.identity.Permissions;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.NotPermittedException;
import be.miis.frontdesk.test.FrontdeskDataJpaTest;
import be.miis.frontdesk.test.TestClock;
import be.miis.frontdesk.test.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Search per language, the review workflow and versions, on real PostgreSQL with the V10 configurations. */
@FrontdeskDataJpaTest
@Import(KnowledgeServiceTests.Config.class)
class KnowledgeServiceTests {

    static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    @Import({
        KnowledgeService.class,
        KnowledgeSearch.class,
        SearchVocabulary.class,
        ArticleUses.class,
        PublicArticles.class,
        DomainCatalogue.class,
        Permissions.class
    })
    static class Config {

        @Bean
        TestClock clock() {
            return new TestClock(START);
        }
    }

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    TestClock clock;

    @Autowired
    TestEntityManager entities;

    @Autowired
    SearchVocabulary vocabulary;

    @Autowired
    JdbcClient jdbc;

    long leefloon;
    long revenu;
    long stookolie;
    long studenten;

    @BeforeEach
    void publishedArticles() {
        clock.set(START);
        TestUsers.ensure(jdbc, "agent", Role.AGENT);
        TestUsers.ensure(jdbc, "expert", Role.EXPERT);
        TestUsers.ensure(jdbc, "eva", Role.EXPERT);
        leefloon = published(draft(
                "RMI",
                nl(
                        "Hoeveel bedraagt het leefloon voor een alleenstaande?",
                        "<p>Het bedrag wordt jaarlijks geïndexeerd.</p>",
                        "bedrag, categorie"),
                fr(
                        "Quel est le montant du revenu d'intégration pour une personne isolée ?",
                        "<p>Le montant est indexé chaque année.</p>",
                        "montant, catégorie")));
        revenu = published(draft(
                "RMI",
                fr(
                        "Un étudiant peut-il cumuler un job et le revenu d'intégration ?",
                        "<p>Une partie des revenus d'un job étudiant est exonérée.</p>",
                        "étudiant, cumul")));
        stookolie = published(draft(
                "HEATING_FUND",
                nl(
                        "Wie heeft recht op een toelage van het Sociaal Stookoliefonds?",
                        "<p>Huishoudens die verwarmen met stookolie, verwarmingspetroleum of bulkpropaan.</p>",
                        "verwarming, toelage")));
        studenten = published(draft(
                "RMI",
                nl(
                        "Mag een student werken met een geïndividualiseerd project?",
                        "<p>Ja. Wie een leefloon ontvangt en studeert, sluit een GPMI af.</p>",
                        "student, GPMI")));
    }

    long published(ArticleDraft draft) {
        long id = knowledge.create(draft, "agent");
        knowledge.submitForReview(id, version(id), "agent");
        knowledge.publish(id, version(id), "expert");
        return id;
    }

    /** The version a user would see now: flushed, as at the end of the transaction of each request. */
    int version(long id) {
        entities.flush();
        return knowledge.get(id).version();
    }

    List<SearchHit> search(SearchQuery query) {
        entities.flush();
        return knowledge.search(query);
    }

    List<Long> ids(String text, ContentLanguage language) {
        return search(new SearchQuery(text, language, null, null, 10)).stream()
                .map(SearchHit::articleId)
                .toList();
    }

    @Test
    void findsDutchWordsByTheirStem() {
        assertThat(ids("leeflonen", ContentLanguage.NL)).contains(leefloon);
        assertThat(ids("leefloon alleenstaanden", ContentLanguage.NL)).first().isEqualTo(leefloon);
    }

    @Test
    void findsFrenchWordsByTheirStemWithOrWithoutAccents() {
        assertThat(ids("revenus", ContentLanguage.FR)).contains(leefloon, revenu);
        assertThat(ids("etudiant cumul", ContentLanguage.FR)).first().isEqualTo(revenu);
        assertThat(ids("ÉTUDIANTS", ContentLanguage.FR)).first().isEqualTo(revenu);
    }

    @Test
    void findsCompoundsByTheirBeginningAndToleratesTypos() {
        assertThat(ids("Stookoliefonds", ContentLanguage.NL)).containsExactly(stookolie);
        assertThat(ids("stookolie", ContentLanguage.NL)).containsExactly(stookolie);
        assertThat(ids("stookoliefons", ContentLanguage.NL)).first().isEqualTo(stookolie);
        List<SearchHit> typo = search(new SearchQuery("stookolifonds", ContentLanguage.NL, null, null, 10));
        assertThat(typo).first().satisfies(hit -> {
            assertThat(hit.articleId()).isEqualTo(stookolie);
            assertThat(hit.approximate()).isTrue();
        });
    }

    @Test
    void ranksAMatchInTheQuestionOverAMatchInTheAnswer() {
        assertThat(ids("leefloon", ContentLanguage.NL)).containsExactly(leefloon, studenten);
    }

    @Test
    void marksHitsInAnotherLanguageAndHighlightsTheSnippet() {
        List<SearchHit> hits = search(new SearchQuery("cumul", ContentLanguage.NL, null, null, 10));
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.articleId()).isEqualTo(revenu);
            assertThat(hit.language()).isEqualTo(ContentLanguage.FR);
            assertThat(hit.otherLanguage()).isTrue();
        });
        SearchHit stook = search(new SearchQuery("stookolie", ContentLanguage.NL, null, null, 10))
                .get(0);
        assertThat(stook.snippetHtml()).contains("<mark>stookolie</mark>");
        assertThat(stook.otherLanguage()).isFalse();
    }

    @Test
    void filtersByDomainAndAudience() {
        assertThat(search(new SearchQuery("leefloon", ContentLanguage.NL, "HEATING_FUND", null, 10)))
                .isEmpty();
        assertThat(search(new SearchQuery("leefloon", ContentLanguage.NL, "RMI", Audience.PUBLIC, 10)))
                .isEmpty();
        assertThat(ids("leefloon", ContentLanguage.NL)).isNotEmpty();
    }

    @Test
    void keepsEveryPublishedVersionAndSearchesTheCurrentOneOnly() {
        clock.advance(Duration.ofDays(1));
        knowledge.update(
                stookolie,
                version(stookolie),
                draft(
                        "HEATING_FUND",
                        nl(
                                "Wie heeft recht op een verwarmingstoelage?",
                                "<p>Huishoudens die verwarmen met huisbrandolie.</p>",
                                "")),
                "agent");
        // The revision is a draft: the published text still answers.
        assertThat(ids("Stookoliefonds", ContentLanguage.NL)).containsExactly(stookolie);
        knowledge.submitForReview(stookolie, version(stookolie), "agent");
        assertThat(knowledge.publish(stookolie, version(stookolie), "expert")).isEqualTo(2);

        assertThat(ids("huisbrandolie", ContentLanguage.NL)).containsExactly(stookolie);
        assertThat(ids("Stookoliefonds", ContentLanguage.NL)).isEmpty();
        ArticleView article = knowledge.get(stookolie);
        assertThat(article.versions()).extracting(VersionView::number).containsExactly(2, 1);
        assertThat(knowledge.findVersion(stookolie, 1, ContentLanguage.NL))
                .get()
                .extracting(VersionView::question)
                .isEqualTo("Wie heeft recht op een toelage van het Sociaal Stookoliefonds?");
        assertThat(knowledge.diff(stookolie, 1, ContentLanguage.NL))
                .contains(
                        new DiffLine(
                                DiffLine.Kind.REMOVED,
                                "Huishoudens die verwarmen met stookolie, verwarmingspetroleum of bulkpropaan."),
                        new DiffLine(DiffLine.Kind.ADDED, "Huishoudens die verwarmen met huisbrandolie."));
    }

    @Test
    void givesThePublishedAnswerWithItsVersionAndMarksAFallbackLanguage() {
        PublishedAnswer french =
                knowledge.findPublishedVersion(leefloon, ContentLanguage.FR).orElseThrow();
        assertThat(french.fallback()).isFalse();
        assertThat(french.versionNumber()).isEqualTo(1);
        PublishedAnswer german =
                knowledge.findPublishedVersion(stookolie, ContentLanguage.DE).orElseThrow();
        assertThat(german.fallback()).isTrue();
        assertThat(german.language()).isEqualTo(ContentLanguage.NL);
    }

    @Test
    void refusesTheAuthorAsReviewerAndAnEmptyTranslation() {
        long id = knowledge.create(
                draft("RMI", nl("Wat is een GPMI?", "<p>Een contract.</p>", ""), fr("Qu'est-ce qu'un PIIS ?", "", "")),
                "expert");
        assertThatThrownBy(() -> knowledge.submitForReview(id, version(id), "expert"))
                .isInstanceOfSatisfying(ArticleRuleException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("knowledge.translation.incomplete"));
        knowledge.update(
                id,
                version(id),
                draft(
                        "RMI",
                        nl("Wat is een GPMI?", "<p>Een contract.</p>", ""),
                        fr("Qu'est-ce qu'un PIIS ?", "<p>Un contrat.</p>", "")),
                "expert");
        knowledge.submitForReview(id, version(id), "expert");
        int current = version(id);
        assertThatThrownBy(() -> knowledge.publish(id, current, "expert"))
                .isInstanceOfSatisfying(ArticleRuleException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("knowledge.publish.ownRevision"));
        assertThatThrownBy(() -> knowledge.publish(id, current - 1, "eva"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> knowledge.publish(id, current, "agent"))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("knowledge.permission.review"));
        assertThat(knowledge.publish(id, current, "eva")).isEqualTo(1);
    }

    @Test
    void whoeverWroteAnyOfTheRevisionMayNotPublishItNotEvenTheAuthorAfterSomeoneElseEdited() {
        long id = knowledge.create(draft("RMI", nl("Wat is een GPMI?", "<p>Een contract.</p>", "")), "expert");
        knowledge.update(
                id, version(id), draft("RMI", nl("Wat is een GPMI?", "<p>Een contract, getekend.</p>", "")), "agent");
        knowledge.submitForReview(id, version(id), "agent");

        assertThat(knowledge.get(id).revisionEditors()).containsExactly("expert", "agent");
        assertThatThrownBy(() -> knowledge.publish(id, version(id), "expert"))
                .isInstanceOfSatisfying(ArticleRuleException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("knowledge.publish.ownRevision"));
        assertThat(knowledge.publish(id, version(id), "eva")).isEqualTo(1);
        assertThat(knowledge.get(id).revisionEditors()).isEmpty();

        // The next revision is judged on its own writers: the first author may review what someone else changed.
        knowledge.update(
                id, version(id), draft("RMI", nl("Wat is een GPMI?", "<p>Een contract (GPMI).</p>", "")), "eva");
        knowledge.submitForReview(id, version(id), "eva");
        assertThat(knowledge.publish(id, version(id), "expert")).isEqualTo(2);
    }

    @Test
    void aWordIsSearchableAsSoonAsItIsPublishedAndTheRecountAgreesWithTheTranslations() {
        long waarborg = published(draft(
                "SOCIAL_AID",
                nl("Betaalt het OCMW een huurwaarborg?", "<p>Het OCMW kan de waarborg voorschieten.</p>", "")));
        assertThat(ids("huurwaarborg", ContentLanguage.NL))
                .as("found through the word the trigger added, before any recount")
                .containsExactly(waarborg);

        vocabulary.refresh();
        assertThat(VocabularyRecount.wordsCountedWrong(jdbc)).isZero();
        assertThat(jdbc.sql("select translations from faq_search_language where language = 'nl'")
                        .query(Long.class)
                        .single())
                .isEqualTo(jdbc.sql("select count(*) from faq_article_version where is_current and language = 'nl'")
                        .query(Long.class)
                        .single())
                .isPositive();

        knowledge.archive(waarborg, version(waarborg), "expert");
        entities.flush();
        vocabulary.refresh();
        assertThat(VocabularyRecount.wordsCountedWrong(jdbc)).isZero();
        assertThat(jdbc.sql("select in_text from faq_search_word where language = 'nl' and lexeme = 'huurwaarborg'")
                        .query(Integer.class)
                        .single())
                .as("kept for a day with no uses, so that a publication being committed does not lose it")
                .isZero();
        assertThat(ids("huurwaarborg", ContentLanguage.NL)).isEmpty();
    }

    @Test
    void leavesThePlannerAsItFoundItForTheRestOfTheTransaction() {
        // "leefloon" is common in this base once counted: the search forces a sequential scan for it.
        vocabulary.refresh();
        assertThat(ids("leefloon", ContentLanguage.NL)).isNotEmpty();
        knowledge.suggest("een student met een leefloon", ContentLanguage.NL, 5);
        assertThat(jdbc.sql("select current_setting('enable_bitmapscan') || current_setting('enable_seqscan') "
                                + "|| current_setting('plan_cache_mode')")
                        .query(String.class)
                        .single())
                .isEqualTo("onon" + "auto");
    }

    @Test
    void aQueryOfOddStemsParsesBackToTheSameStems() {
        SearchVocabulary.Lookup odd = new SearchVocabulary.Lookup(
                ContentLanguage.EN,
                1,
                Map.of(
                        1, List.of(new SearchVocabulary.Form(1, "o'brien", false, 1, 1)),
                        2, List.of(new SearchVocabulary.Form(2, "c:\\temp\\", true, 1, 1))),
                List.of(),
                Map.of());
        String query = KnowledgeSearch.Terms.of(odd, 2, Map.of(), false).tsQuery(" & ");
        assertThat(jdbc.sql("select cast(:q as tsquery)::text")
                        .param("q", query)
                        .query(String.class)
                        .single())
                .isEqualTo("'o''brien' & 'c:\\\\temp\\\\':*");
    }

    @Test
    void archivingTakesAnArticleOutOfSearchButKeepsItsVersions() {
        knowledge.archive(revenu, version(revenu), "expert");
        assertThat(ids("cumul", ContentLanguage.FR)).isEmpty();
        assertThat(knowledge.get(revenu).versions()).hasSize(1);
        assertThat(knowledge.findPublishedVersion(revenu, ContentLanguage.FR)).isEmpty();
    }

    @Test
    void refusesAnUnknownDomain() {
        assertThatThrownBy(() -> knowledge.create(draft("NOPE", nl("Vraag?", "<p>Antwoord</p>", "")), "agent"))
                .isInstanceOf(InvalidArticleException.class);
    }

    @Test
    void aFrenchPluralTheStemmerKeepsFindsTheSingularByItsWordsNotByLikeness() {
        List<SearchHit> hits = search(new SearchQuery("revenus isolee", ContentLanguage.FR, null, null, 10));
        assertThat(hits).extracting(SearchHit::articleId).first().isEqualTo(leefloon);
        assertThat(hits.get(0).approximate()).isFalse();
    }

    @Test
    void suggestsArticlesForAWholeQuestionByAnyOfItsWords() {
        List<Long> suggested = knowledge
                .suggest(
                        "Goedemorgen, een student van ons OCMW wil werken tijdens het jaar: mag dat met zijn leefloon?",
                        ContentLanguage.NL,
                        5)
                .stream()
                .map(SearchHit::articleId)
                .toList();
        assertThat(suggested).first().isEqualTo(studenten);
        assertThat(suggested).doesNotContain(stookolie);
        assertThat(search(new SearchQuery(
                        "Goedemorgen een student van ons OCMW wil werken", ContentLanguage.NL, null, null, 10)))
                .as("a search leaves out the words the base never uses, and says so")
                .singleElement()
                .satisfies(hit -> {
                    assertThat(hit.articleId()).isEqualTo(studenten);
                    assertThat(hit.approximate()).isTrue();
                });
        assertThat(knowledge.suggest("de het een", ContentLanguage.NL, 5)).isEmpty();
    }

    @Test
    void recordsWhichVersionAnsweredWhichTicketAndCountsTheUses() {
        PublishedAnswer answer =
                knowledge.findPublishedVersion(leefloon, ContentLanguage.FR).orElseThrow();
        clock.advance(Duration.ofHours(1));
        ArticleCitation citation =
                knowledge.cite(answer.versionId(), "CMI-2026-000007", "agent").orElseThrow();
        assertThat(citation).isEqualTo(new ArticleCitation(leefloon, answer.versionId(), 1, ContentLanguage.FR));
        clock.advance(Duration.ofHours(1));
        knowledge.cite(answer.versionId(), "CMI-2026-000009", "expert");
        assertThat(knowledge.cite(-1, "CMI-2026-000010", "agent")).isEmpty();

        ArticleUsage usage = knowledge.usage(leefloon, 10);
        assertThat(usage.total()).isEqualTo(2);
        assertThat(usage.latest())
                .extracting(ArticleUse::ticketReference, ArticleUse::usedBy, ArticleUse::versionNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CMI-2026-000009", "expert", 1),
                        org.assertj.core.groups.Tuple.tuple("CMI-2026-000007", "agent", 1));
        assertThat(knowledge.usage(leefloon, 1).latest()).hasSize(1);
        assertThat(knowledge.usage(revenu, 10).total()).isZero();
    }

    @Test
    void aCitationStaysOnTheVersionItUsedAfterTheArticleChanged() {
        long oldVersion = knowledge
                .findPublishedVersion(revenu, ContentLanguage.FR)
                .orElseThrow()
                .versionId();
        knowledge.cite(oldVersion, "CMI-2026-000011", "agent");
        knowledge.update(
                revenu,
                version(revenu),
                draft("RMI", fr("Un étudiant peut-il cumuler ?", "<p>Oui, en partie.</p>", "")),
                "agent");
        knowledge.submitForReview(revenu, version(revenu), "agent");
        knowledge.publish(revenu, version(revenu), "expert");

        assertThat(knowledge.usage(revenu, 10).latest())
                .singleElement()
                .extracting(ArticleUse::versionNumber)
                .isEqualTo(1);
        assertThat(knowledge
                        .findPublishedVersion(revenu, ContentLanguage.FR)
                        .orElseThrow()
                        .versionNumber())
                .isEqualTo(2);
    }

    @Test
    void aProposalFromATicketIsAnInternalDraftWithTheAnswerAsSafeHtml() {
        String longQuestion = "Mevrouw vraagt " + "hoe het zit met de terugvordering ".repeat(12) + "?";
        long id = knowledge.propose(
                new ArticleProposal(
                        "RMI", ContentLanguage.NL, longQuestion, "Ja.\n\nZie de omzendbrief <script>x()</script>."),
                "agent");
        ArticleView draft = knowledge.get(id);
        assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(draft.audience()).isEqualTo(Audience.INTERNAL);
        assertThat(draft.owner()).isEqualTo("agent");
        TranslationView nl = draft.translation(ContentLanguage.NL).orElseThrow();
        assertThat(nl.question())
                .hasSizeLessThanOrEqualTo(300)
                .startsWith("Mevrouw vraagt")
                .endsWith("…");
        assertThat(nl.answerHtml()).isEqualTo("<p>Ja.</p><p>Zie de omzendbrief &lt;script&gt;x()&lt;/script&gt;.</p>");
    }

    @Test
    void aDutchAnswerOnAGermanTicketIsProposedAsDutchText() {
        long id = knowledge.propose(
                new ArticleProposal(
                        "RMI",
                        ContentLanguage.DE,
                        "Mag een student met leefloon werken?",
                        "Ja, een student met leefloon mag werken; het inkomen wordt deels vrijgesteld."),
                "agent");

        ArticleView draft = knowledge.get(id);
        assertThat(draft.sourceLanguage()).isEqualTo(ContentLanguage.NL);
        assertThat(draft.translation(ContentLanguage.NL)).isPresent();
        assertThat(draft.translation(ContentLanguage.DE)).isEmpty();
    }

    @Test
    void anAnswerWhoseWordsDoNotTellKeepsTheTicketsLanguage() {
        long id = knowledge.propose(new ArticleProposal("RMI", ContentLanguage.DE, "GPMI?", "Art. 2277 BW."), "agent");

        assertThat(knowledge.get(id).sourceLanguage()).isEqualTo(ContentLanguage.DE);
    }
}
