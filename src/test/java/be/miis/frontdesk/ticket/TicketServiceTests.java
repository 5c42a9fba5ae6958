package be.miis.frontdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.identity.AuditLog;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Permissions;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.SignInSessionsSliceConfiguration;
import be.miis.frontdesk.knowledge.ArticleCitation;
import be.miis.frontdesk.knowledge.ArticleDraft;
import be.miis.frontdesk.knowledge.ArticleStatus;
import be.miis.frontdesk.knowledge.Audience;
import be.miis.frontdesk.knowledge.KnowledgeService;
import be.miis.frontdesk.knowledge.PublishedAnswer;
import be.miis.frontdesk.knowledge.TranslationText;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.test.FrontdeskDataJpaTest;
import be.miis.frontdesk.test.TestClock;
import be.miis.frontdesk.test.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Logging, changing and listing tickets on real PostgreSQL: references, keyset paging, filters and search. */
@FrontdeskDataJpaTest
@Import(TicketServiceTests.Config.class)
class TicketServiceTests {

    static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    @Import({
        TicketService.class,
        TicketInput.class,
        TicketPages.class,
        TicketReferences.class,
        TicketSearch.class,
        DomainCatalogue.class,
        AuditLog.class,
        IdentityService.class,
        SignInSessionsSliceConfiguration.class,
        Permissions.class
    })
    @ComponentScan(
            basePackageClasses = OrganisationService.class,
            useDefaultFilters = false,
            includeFilters =
                    @ComponentScan.Filter(
                            type = org.springframework.context.annotation.FilterType.REGEX,
                            pattern = ".*(OrganisationService|DirectorySearch)"))
    @ComponentScan(
            basePackageClasses = KnowledgeService.class,
            useDefaultFilters = false,
            includeFilters =
                    @ComponentScan.Filter(
                            type = org.springframework.context.annotation.FilterType.REGEX,
                            pattern =
                                    ".*knowledge\\.(KnowledgeService|KnowledgeSearch|SearchVocabulary|ArticleUses|PublicArticles)"))
    static class Config {

        /** Only for the identity module's service, which the ticket module asks whether an assignee is an expert. */
        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }

        @Bean
        TestClock clock() {
            return new TestClock(START);
        }
    }

    @Autowired
    TicketService tickets;

    @Autowired
    TicketRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TestClock clock;

    @Autowired
    KnowledgeService knowledge;

    long gent;
    long liege;
    long contactOfGent;

    @BeforeEach
    void organisations() {
        clock.set(START);
        gent = insertOrganisation("44021", "OCMW Gent", "CPAS de Gand", "ocmw gent gand 9000");
        liege = insertOrganisation("62063", "OCMW Luik", "CPAS de Liège", "ocmw luik cpas de liege 4000");
        contactOfGent = jdbc.sql("""
                        insert into contact (organisation_id, first_name, last_name, preferred_language, search_text,
                                             created_at, updated_at)
                        values (:org, 'Sofie', 'Maes', 'nl', 'sofie maes ocmw gent', now(), now()) returning id
                        """).param("org", gent).query(Long.class).single();
    }

    @Test
    void referencesAreNumberedPerYearOfReceipt() {
        String first = tickets.open(question(gent, null, "Eerste"), "agent");
        String second = tickets.open(question(gent, null, "Tweede"), "agent");
        String lastYear = tickets.open(
                withReceivedAt(question(gent, null, "Migratie"), Instant.parse("2025-12-31T22:30:00Z")), "agent");

        assertThat(first).matches("CMI-2026-\\d{6}");
        assertThat(number(second)).isEqualTo(number(first) + 1);
        // 23:30 in Brussels on New Year's Eve is still 2025 there.
        assertThat(lastYear).startsWith("CMI-2025-");
    }

    @Test
    void answeredAtFirstContactInOneStep() {
        String reference = tickets.open(
                new OpenTicket(
                        Channel.PHONE,
                        TicketType.QUESTION,
                        "RMI",
                        ContentLanguage.NL,
                        null,
                        contactOfGent,
                        "Leefloon",
                        "Vraag over leefloon",
                        null,
                        80,
                        OpenTicket.Outcome.ANSWERED,
                        "Zo werkt het."),
                "agent");

        TicketView ticket = tickets.get(reference, "agent");
        assertThat(ticket.status()).isEqualTo(TicketStatus.ANSWERED);
        assertThat(ticket.subject()).isEqualTo("Leefloon");
        assertThat(ticket.organisation().id()).as("taken from the contact").isEqualTo(gent);
        assertThat(ticket.contact().lastName()).isEqualTo("Maes");
        assertThat(ticket.callDurationSeconds()).isEqualTo(80);
        assertThat(ticket.entries())
                .extracting(EntryView::kind)
                .containsExactly(EntryKind.INCOMING, EntryKind.ANSWER, EntryKind.CHANGE);
    }

    @Test
    void withoutASubjectTheStartOfTheQuestionServes() {
        String longQuestion = "Mag een OCMW   het leefloon terugvorderen " + "x".repeat(100);
        String reference = tickets.open(
                new OpenTicket(
                        Channel.PHONE,
                        TicketType.QUESTION,
                        "RMI",
                        ContentLanguage.NL,
                        gent,
                        null,
                        " ",
                        longQuestion,
                        null,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                "agent");

        String subject = tickets.get(reference, "agent").subject();
        assertThat(subject)
                .startsWith("Mag een OCMW het leefloon terugvorderen xxx")
                .endsWith("…")
                .hasSize(80);
    }

    @Test
    void openingATicketIsRecordedInTheAuditTrail() {
        String reference = tickets.open(question(gent, null, "Privé"), "agent");

        tickets.get(reference, "expert");

        assertThat(jdbc.sql("select actor from audit_event where action = 'VIEWED' and target_id = :r")
                        .param("r", reference)
                        .query(String.class)
                        .list())
                .containsExactly("expert");
    }

    @Test
    void refusesUnknownOrMismatchedReferencesAndSavesNothing() {
        long before = repository.count();

        assertInvalid(question(-5L, null, "x"), "organisationId", "ticket.organisation.unknown");
        assertInvalid(question(null, -6L, "x"), "contactId", "ticket.contact.unknown");
        assertInvalid(question(liege, contactOfGent, "x"), "contactId", "ticket.contact.otherOrganisation");
        OpenTicket unknownDomain = new OpenTicket(
                Channel.PHONE,
                TicketType.QUESTION,
                "NOPE",
                ContentLanguage.NL,
                gent,
                null,
                "s",
                "d",
                null,
                null,
                OpenTicket.Outcome.OPEN,
                null);
        assertInvalid(unknownDomain, "domainCode", "ticket.domain.unknown");
        OpenTicket noAnswer = new OpenTicket(
                Channel.PHONE,
                TicketType.QUESTION,
                "RMI",
                ContentLanguage.NL,
                gent,
                null,
                "s",
                "d",
                null,
                null,
                OpenTicket.Outcome.ANSWERED,
                " ");
        assertInvalid(noAnswer, "answer", "ticket.answer.required");
        assertInvalid(
                withReceivedAt(question(gent, null, "x"), START.plus(Duration.ofHours(2))),
                "receivedAt",
                "ticket.receivedAt.future");

        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void anIllegalStatusChangeIsRefused() {
        String reference = tickets.open(question(gent, null, "Nog niet beantwoord"), "agent");
        int version = tickets.get(reference, "agent").version();

        assertThatThrownBy(() -> tickets.close(reference, version, "agent"))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void pagesByKeysetWithoutGapsOrDoublesEvenWithEqualTimes() {
        List<String> logged = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Pairs of tickets share a received-at: the id breaks the tie.
            Instant at = START.minus(Duration.ofMinutes(10 - i / 2));
            logged.add(tickets.open(withReceivedAt(question(liege, null, "Paging " + i), at), "agent"));
        }
        TicketQuery query = TicketQuery.ofOrganisation(liege);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            PagedResult<TicketSummary> page = tickets.find(query, cursor, 3);
            page.items().forEach(t -> seen.add(t.reference()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(logged);
        assertThat(seen.get(0)).isEqualTo(logged.get(6));

        TicketQuery oldestFirst = all(liege, null, TicketQuery.Sort.OLDEST);
        assertThat(tickets.find(oldestFirst, null, 1).items().get(0).reference())
                .isEqualTo(logged.get(0));
    }

    @Test
    void filtersByViewStatusChannelDomainLanguageAndPeriod() {
        String mineOpen = tickets.open(question(gent, null, "Open van mij"), "agent");
        String answered = tickets.open(
                new OpenTicket(
                        Channel.EMAIL,
                        TicketType.COMPLAINT,
                        "ESF",
                        ContentLanguage.FR,
                        gent,
                        null,
                        "Plainte",
                        "Une plainte",
                        START.minus(Duration.ofDays(40)),
                        null,
                        OpenTicket.Outcome.ANSWERED,
                        "Réponse"),
                "agent");
        String othersOpen = tickets.open(question(gent, null, "Open van een ander"), "agent2");

        assertThat(references(view(TicketQuery.View.MINE, "agent")))
                .contains(mineOpen)
                .doesNotContain(answered, othersOpen);
        assertThat(references(view(TicketQuery.View.OPEN, "agent")))
                .contains(mineOpen, othersOpen)
                .doesNotContain(answered);
        assertThat(references(view(TicketQuery.View.ANSWERED, "agent")))
                .contains(answered)
                .doesNotContain(mineOpen);

        TicketQuery complaintsInFrench = new TicketQuery(
                TicketQuery.View.ALL,
                null,
                TicketStatus.ANSWERED,
                Channel.EMAIL,
                TicketType.COMPLAINT,
                "ESF",
                gent,
                null,
                ContentLanguage.FR,
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31),
                null,
                TicketQuery.Sort.NEWEST);
        assertThat(references(complaintsInFrench)).containsExactly(answered);
        TicketQuery november = new TicketQuery(
                TicketQuery.View.ALL,
                null,
                null,
                null,
                null,
                null,
                gent,
                null,
                null,
                LocalDate.of(2026, 11, 1),
                null,
                null,
                TicketQuery.Sort.NEWEST);
        assertThat(references(november)).contains(mineOpen).doesNotContain(answered);
    }

    @Test
    void searchesReferencesWordsWithoutAccentsOrganisationsAndContacts() {
        String heating = tickets.open(question(liege, null, "Aanvraag stookoliefonds voor een huurder"), "agent");
        String student = tickets.open(question(gent, contactOfGent, "Leefloon van een student"), "agent");

        assertThat(references(text(heating.toLowerCase()))).containsExactly(heating);
        assertThat(references(text("stookolie"))).contains(heating).doesNotContain(student);
        assertThat(references(text("HUURDER stookoliefonds"))).contains(heating);
        assertThat(references(text("liège"))).contains(heating).doesNotContain(student);
        assertThat(references(text("maes"))).contains(student).doesNotContain(heating);
    }

    @Test
    void aReferenceIsFoundAsPeopleTypeItAndOnlyWhenTheTicketExists() {
        String reference = tickets.open(question(gent, null, "Gezocht op referentie"), "agent");
        String typed = reference.toLowerCase(Locale.ROOT).replaceFirst("-0+(\\d)", "-$1");

        assertThat(references(text(" " + typed + " "))).containsExactly(reference);
        assertThat(tickets.findReference(typed)).contains(reference);
        assertThat(tickets.findReference("CMI-1999-999999")).isEmpty();
        assertThat(tickets.findReference("leefloon")).isEmpty();
    }

    @Test
    void aWordSearchFindsTheSamePagesAndCountWhetherTheNewestTicketsHoldThemOrNot() {
        // Newest first: three with the word, then the others mixed, so a small window is full for the first pages
        // and not for the later ones.
        List<String> subjects = List.of(
                "Leefloon student 1",
                "Stookolie 2",
                "Leefloon student 3",
                "Stookolie 4",
                "Stookolie 5",
                "Leefloon student 6",
                "Leefloon student 7",
                "Leefloon student 8");
        for (int i = 0; i < subjects.size(); i++) {
            tickets.open(
                    withReceivedAt(question(liege, null, subjects.get(i)), START.minus(Duration.ofMinutes(10 - i))),
                    "agent");
        }
        TicketQuery words = all(liege, "leefloon stud", TicketQuery.Sort.NEWEST);
        TicketSearch everything = new TicketSearch(jdbc, organisations, 1_000_000, 1_000_000);
        for (int window = 1; window <= 4; window++) {
            TicketSearch small = new TicketSearch(jdbc, organisations, window, window);
            for (int limit = 1; limit <= 3; limit++) {
                assertThat(pages(small, words, limit))
                        .as("window %d, %d rows a page", window, limit)
                        .isEqualTo(pages(everything, words, limit))
                        .hasSize(5);
            }
            for (int cap = 1; cap <= 6; cap++) {
                assertThat(small.count(words, cap))
                        .as("window %d, cap %d", window, cap)
                        .isEqualTo(everything.count(words, cap))
                        .isEqualTo(Math.min(cap + 1, 5));
            }
        }
    }

    /** Every page of a search by keyset, the ids in order. */
    private static List<Long> pages(TicketSearch search, TicketQuery query, int limit) {
        List<Long> seen = new ArrayList<>();
        KeysetCursor after = null;
        while (true) {
            List<TicketSearch.Row> rows = search.page(query, after, limit);
            rows.forEach(row -> seen.add(row.id()));
            if (rows.size() < limit) {
                return seen;
            }
            TicketSearch.Row last = rows.get(rows.size() - 1);
            after = new KeysetCursor(last.receivedAt(), last.id());
        }
    }

    @Test
    void countsUpToTheCapOnly() {
        tickets.open(question(gent, null, "Een"), "agent");
        tickets.open(question(gent, null, "Twee"), "agent");

        assertThat(tickets.count(TicketQuery.ofOrganisation(gent))).isEqualTo(2);
    }

    @Test
    void figuresCountTheLastTwelveMonthsByDomainAndChannel() {
        tickets.open(question(gent, null, "Recent"), "agent");
        tickets.open(withReceivedAt(question(gent, null, "Te oud"), START.minus(Duration.ofDays(400))), "agent");

        OrganisationFigures figures = tickets.figures(gent);

        assertThat(figures.total()).isEqualTo(1);
        assertThat(figures.rows()).singleElement().satisfies(row -> {
            assertThat(row.domainCode()).isEqualTo("RMI");
            assertThat(row.count(Channel.PHONE)).isEqualTo(1);
            assertThat(row.count(Channel.EMAIL)).isZero();
        });
    }

    private void assertInvalid(OpenTicket command, String field, String key) {
        assertThatThrownBy(() -> tickets.open(command, "agent"))
                .isInstanceOfSatisfying(InvalidTicketException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    private List<String> references(TicketQuery query) {
        return tickets.find(query, null, 100).items().stream()
                .map(TicketSummary::reference)
                .toList();
    }

    private static TicketQuery view(TicketQuery.View view, String username) {
        return TicketQuery.view(view, username);
    }

    private static TicketQuery text(String text) {
        return all(null, text, TicketQuery.Sort.NEWEST);
    }

    /** Every ticket, of one organisation or any, with words or none, in this order. */
    private static TicketQuery all(@Nullable Long organisation, @Nullable String text, TicketQuery.Sort sort) {
        return new TicketQuery(
                TicketQuery.View.ALL, null, null, null, null, null, organisation, null, null, null, null, text, sort);
    }

    @Test
    void anAnswerFromTheFaqKeepsTheVersionItCitedAndTheArticleCountsIt() {
        PublishedAnswer faq = publishedFaq();
        String reference = tickets.open(question(gent, null, "Hoeveel is het leefloon?"), "agent");

        tickets.answer(reference, version(reference), faq.answerText(), Channel.EMAIL, faq.versionId(), "agent");

        EntryView answer = lastEntry(reference, EntryKind.ANSWER);
        assertThat(answer.citation())
                .isEqualTo(new ArticleCitation(faq.articleId(), faq.versionId(), 1, ContentLanguage.NL));
        assertThat(knowledge.usage(faq.articleId(), 10).latest())
                .singleElement()
                .satisfies(use -> assertThat(use.ticketReference()).isEqualTo(reference));
    }

    @Test
    void answeredAtFirstContactFromTheFaqCitesToo() {
        PublishedAnswer faq = publishedFaq();
        OpenTicket call = question(gent, null, "Hoeveel is het leefloon?");
        String reference = tickets.open(
                new OpenTicket(
                        call.channel(),
                        call.type(),
                        call.domainCode(),
                        call.language(),
                        call.organisationId(),
                        call.contactId(),
                        call.subject(),
                        call.description(),
                        null,
                        null,
                        OpenTicket.Outcome.ANSWERED,
                        faq.answerText(),
                        faq.versionId()),
                "agent");
        assertThat(lastEntry(reference, EntryKind.ANSWER).citation()).isNotNull();
    }

    @Test
    void anUnknownFaqVersionRefusesTheAnswerAndSavesNothing() {
        PublishedAnswer faq = publishedFaq();
        String reference = tickets.open(question(gent, null, "Hoeveel is het leefloon?"), "agent");
        int version = version(reference);

        assertThatThrownBy(() -> tickets.answer(reference, version, "Antwoord", Channel.EMAIL, 987_654L, "agent"))
                .isInstanceOfSatisfying(
                        InvalidTicketException.class, e -> assertThat(e.field()).isEqualTo("faqVersionId"));
        assertThat(tickets.get(reference, "test").status()).isEqualTo(TicketStatus.NEW);
        assertThat(knowledge.usage(faq.articleId(), 10).total()).isZero();
    }

    @Test
    void anAnsweredTicketIsProposedAsAFaqDraftAndTheTimelineSaysSo() {
        String reference = tickets.open(question(gent, null, "Mag een student met leefloon werken?"), "agent");
        assertThatThrownBy(() -> tickets.proposeAsFaq(reference, "agent"))
                .isInstanceOfSatisfying(InvalidTicketException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("ticket.faq.noAnswer"));
        tickets.answer(reference, version(reference), "Ja, met een GPMI.", Channel.PHONE, "agent");

        long articleId = tickets.proposeAsFaq(reference, "agent");

        var draft = knowledge.get(articleId);
        assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(draft.domainCode()).isEqualTo("RMI");
        assertThat(draft.translation(ContentLanguage.NL).orElseThrow().question())
                .isEqualTo("Mag een student met leefloon werken?");
        assertThat(draft.translation(ContentLanguage.NL).orElseThrow().answerHtml())
                .isEqualTo("<p>Ja, met een GPMI.</p>");
        EntryView proposal = lastEntry(reference, EntryKind.CHANGE);
        assertThat(proposal.field()).isEqualTo("faqProposal");
        assertThat(proposal.newValue()).isEqualTo(Long.toString(articleId));
    }

    @Test
    void waitingNeedsWhatIsAskedAndResumingKeepsWhatWasReceived() {
        String reference = tickets.open(question(gent, null, "Mag een student met leefloon werken?"), "agent");
        assertThatThrownBy(() -> tickets.waitForCustomer(reference, version(reference), "  ", "agent"))
                .isInstanceOfSatisfying(InvalidTicketException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("ticket.text.required"));
        assertThat(tickets.get(reference, "test").status()).isEqualTo(TicketStatus.NEW);

        tickets.waitForCustomer(reference, version(reference), "Stuur het studentenattest.", "agent");
        assertThat(tickets.get(reference, "test").status()).isEqualTo(TicketStatus.WAITING_FOR_CUSTOMER);
        assertThat(lastEntry(reference, EntryKind.REQUEST).body()).isEqualTo("Stuur het studentenattest.");

        tickets.resume(reference, version(reference), "Attest ontvangen.", Channel.EMAIL, "agent");
        assertThat(tickets.get(reference, "test").status()).isEqualTo(TicketStatus.NEW);
        assertThat(lastEntry(reference, EntryKind.INCOMING).body()).isEqualTo("Attest ontvangen.");
    }

    private PublishedAnswer publishedFaq() {
        long id = knowledge.create(
                new ArticleDraft(
                        "RMI",
                        Audience.PUBLIC,
                        ContentLanguage.NL,
                        null,
                        List.of(new TranslationText(
                                ContentLanguage.NL,
                                "Hoeveel bedraagt het leefloon?",
                                "<p>Dat hangt af van de <strong>categorie</strong>.</p>",
                                "bedrag"))),
                "agent");
        repository.flush();
        knowledge.submitForReview(id, knowledge.get(id).version(), "agent");
        repository.flush();
        TestUsers.ensure(jdbc, "expert", Role.EXPERT);
        knowledge.publish(id, knowledge.get(id).version(), "expert");
        repository.flush();
        return knowledge.findPublishedVersion(id, ContentLanguage.NL).orElseThrow();
    }

    private int version(String reference) {
        repository.flush();
        return tickets.get(reference, "test").version();
    }

    private EntryView lastEntry(String reference, EntryKind kind) {
        repository.flush();
        List<EntryView> entries = tickets.get(reference, "test").entries().stream()
                .filter(e -> e.kind() == kind)
                .toList();
        return entries.get(entries.size() - 1);
    }

    private static OpenTicket question(@Nullable Long organisationId, @Nullable Long contactId, String text) {
        return new OpenTicket(
                Channel.PHONE,
                TicketType.QUESTION,
                "RMI",
                ContentLanguage.NL,
                organisationId,
                contactId,
                text,
                text,
                null,
                null,
                OpenTicket.Outcome.OPEN,
                null);
    }

    private static OpenTicket withReceivedAt(OpenTicket t, Instant receivedAt) {
        return new OpenTicket(
                t.channel(),
                t.type(),
                t.domainCode(),
                t.language(),
                t.organisationId(),
                t.contactId(),
                t.subject(),
                t.description(),
                receivedAt,
                t.callDurationSeconds(),
                t.outcome(),
                t.answer());
    }

    private static int number(String reference) {
        return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
    }

    private long insertOrganisation(String nis, String nl, String fr, String searchText) {
        return jdbc.sql("""
                        insert into organisation (nis_code, name_nl, name_fr, region, search_text, created_at, updated_at)
                        values (:nis, :nl, :fr, 'FLANDERS', :search, now(), now()) returning id
                        """)
                .param("nis", nis)
                .param("nl", nl)
                .param("fr", fr)
                .param("search", searchText)
                .query(Long.class)
                .single();
    }
}
