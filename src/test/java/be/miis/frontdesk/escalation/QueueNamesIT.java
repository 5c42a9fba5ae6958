package be.miis.frontdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.identity.CreateUser;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.WebSession;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.EscalationPriority;
import be.miis.frontdesk.ticket.EscalationRequest;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Queues are named in the reader's language as domains are (docs/languages-and-exports.md), and the backoffice
 * pages name experts by their full name, not their username.
 */
@FrontdeskIntegrationTest
class QueueNamesIT {

    @LocalServerPort
    int port;

    @Autowired
    QueueAdministration queueAdmin;

    @Autowired
    TicketService tickets;

    @Autowired
    IdentityService identity;

    @Test
    void theDefaultQueuesHaveGermanAndEnglishNamesFromTheirDomains() {
        QueueSummary rmi = queue("RMI");
        QueueSummary complaints = queue("COMPLAINTS");

        assertThat(rmi.name(Locale.ENGLISH)).isEqualTo("Integration income / right to social integration");
        assertThat(rmi.name(Locale.GERMAN)).isEqualTo("Eingliederungseinkommen / Recht auf soziale Eingliederung");
        assertThat(rmi.name(Locale.FRENCH)).isEqualTo("Revenu d'intégration / droit à l'intégration sociale (DIS)");
        assertThat(rmi.name(Locale.forLanguageTag("nl")))
                .isEqualTo("Leefloon / recht op maatschappelijke integratie (RMI)");
        assertThat(complaints.name(Locale.ENGLISH)).isEqualTo("Complaints");
        assertThat(complaints.name(Locale.GERMAN)).isEqualTo("Beschwerden");
    }

    @Test
    void anAdminNamesAQueueInAllFourLanguagesAndNoneMayBeBlank() {
        QueueSummary before = queue("URBAN_POLICY");
        try {
            queueAdmin.changeQueue(
                    before.id(),
                    before.version(),
                    new QueueChange(
                            "Grootstedenbeleid",
                            "Politique des grandes villes",
                            "Großstadtpolitik",
                            "Urban policy",
                            before.slaWorkingDays(),
                            true,
                            before.leadUsername(),
                            before.members()));
            QueueSummary named = queue("URBAN_POLICY");
            assertThat(named.name(Locale.ENGLISH)).isEqualTo("Urban policy");

            assertThatThrownBy(() -> queueAdmin.changeQueue(
                            named.id(),
                            named.version(),
                            new QueueChange(
                                    "Grootstedenbeleid",
                                    "Politique des grandes villes",
                                    "Großstadtpolitik",
                                    " ",
                                    named.slaWorkingDays(),
                                    true,
                                    named.leadUsername(),
                                    named.members())))
                    .isInstanceOfSatisfying(InvalidEscalationException.class, e -> assertThat(e.field())
                            .isEqualTo("nameEn"));
        } finally {
            restore(before);
        }
    }

    @Test
    void anEnglishLeadReadsTheQueueInEnglishAndItsExpertsByFullName() throws Exception {
        identity.create(
                new CreateUser("i14-leona", "Leona Lead", null, "demo", Language.EN, Set.of(Role.EXPERT)), "test");
        identity.create(
                new CreateUser("i14-willem", "Willem Werker", null, "demo", Language.NL, Set.of(Role.EXPERT)), "test");
        QueueSummary before = queue("SOCIAL_ECONOMY");
        try {
            queueAdmin.changeQueue(
                    before.id(),
                    before.version(),
                    new QueueChange(
                            before.nameNl(),
                            before.nameFr(),
                            before.nameDe(),
                            before.nameEn(),
                            before.slaWorkingDays(),
                            true,
                            "i14-leona",
                            Set.of("i14-leona", "i14-willem")));
            String reference = tickets.open(
                    new OpenTicket(
                            Channel.EMAIL,
                            TicketType.QUESTION,
                            "SOCIAL_ECONOMY",
                            ContentLanguage.NL,
                            null,
                            null,
                            "",
                            "Vraag over sociale economie",
                            Instant.parse("2026-06-15T07:00:00Z"),
                            null,
                            OpenTicket.Outcome.OPEN,
                            null),
                    "agent");
            tickets.escalate(
                    reference,
                    tickets.get(reference, "test").version(),
                    new EscalationRequest(before.id(), EscalationPriority.NORMAL, "For the workload test."),
                    "agent");
            tickets.assign(reference, tickets.get(reference, "test").version(), "i14-willem", "i14-leona");

            WebSession lead = new WebSession(port).login("i14-leona");
            Document page =
                    Jsoup.parse(lead.get("/backoffice/queues/" + before.id()).body());

            assertThat(page.select("h1").text()).isEqualTo("Social economy");
            assertThat(page.select("#workload-table tbody th").eachText()).contains("Willem Werker");
            assertThat(page.select("#workload-table").text()).doesNotContain("i14-willem");
            assertThat(page.select("main table").last().text())
                    .contains("Willem Werker")
                    .doesNotContain("i14-willem");
            assertThat(Jsoup.parse(lead.get("/backoffice").body()).text())
                    .contains("Social economy")
                    .doesNotContain("Sociale economie");
        } finally {
            restore(before);
        }
    }

    /** The queue as it was before the test: names, guarantee, lead and members. */
    private void restore(QueueSummary before) {
        QueueSummary now = queue(before.code());
        queueAdmin.changeQueue(
                now.id(),
                now.version(),
                new QueueChange(
                        before.nameNl(),
                        before.nameFr(),
                        before.nameDe(),
                        before.nameEn(),
                        before.slaWorkingDays(),
                        before.active(),
                        before.leadUsername(),
                        before.members()));
    }

    private QueueSummary queue(String code) {
        return queueAdmin.findQueues().stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
