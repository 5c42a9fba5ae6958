package be.miis.frontdesk.ticket;

import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DemoDataPolicy;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A year of invented but plausible questions of the demo organisations, so the inbox, the organisation pages and
 * later the statistics have something to show. Loaded once, into an empty ticket table, after the organisations.
 */
@Component
@Order(20)
class DemoTickets implements ApplicationRunner {

    static final int COUNT = 240;

    /** Domain, Dutch question, French question, answer (in the language of the question). */
    private static final String[][] QUESTIONS = {
        {
            "RMI",
            "Hoe berekenen we het leefloon van een samenwonende student?",
            "Comment calculer le revenu d'intégration d'un étudiant cohabitant ?"
        },
        {
            "RMI",
            "Mag een OCMW het leefloon terugvorderen na een laattijdige aangifte van inkomsten?",
            "Un CPAS peut-il récupérer le revenu d'intégration après une déclaration tardive de revenus ?"
        },
        {
            "RMI",
            "Welke termijn geldt voor de beslissing over een aanvraag leefloon?",
            "Quel délai s'applique à la décision sur une demande de revenu d'intégration ?"
        },
        {
            "SOCIAL_AID",
            "Valt een dringende medische hulp voor een persoon zonder verblijf onder de wet van 1965?",
            "L'aide médicale urgente pour une personne sans séjour relève-t-elle de la loi de 1965 ?"
        },
        {
            "SOCIAL_AID",
            "Hoe vragen we de terugbetaling van maatschappelijke hulp aan de Staat aan?",
            "Comment demander le remboursement de l'aide sociale par l'État ?"
        },
        {
            "HEATING_FUND",
            "Welke kosten dekt het Sociaal Stookoliefonds bij een huurder?",
            "Quels frais le Fonds social chauffage couvre-t-il pour un locataire ?"
        },
        {
            "HEATING_FUND",
            "Tot wanneer kan een aanvraag bij het stookoliefonds ingediend worden na levering?",
            "Jusqu'à quand une demande au Fonds chauffage peut-elle être introduite après la livraison ?"
        },
        {
            "ESF",
            "Hoe rapporteren we de deelnemers van een ESF-project?",
            "Comment rapporter les participants d'un projet FSE ?"
        },
        {
            "SOCIOCULTURAL",
            "Mag de subsidie socioculturele participatie schoolkosten dekken?",
            "Le subside participation socioculturelle peut-il couvrir des frais scolaires ?"
        },
        {
            "URBAN_POLICY",
            "Welke uitgaven zijn subsidiabel binnen het grootstedenbeleid?",
            "Quelles dépenses sont subsidiables dans la politique des grandes villes ?"
        },
        {
            "SOCIAL_ECONOMY",
            "Kan een artikel 60-tewerkstelling bij een sociale onderneming?",
            "Une mise à l'emploi article 60 est-elle possible dans une entreprise sociale ?"
        },
    };

    private final DemoDataPolicy policy;
    private final TicketRepository tickets;
    private final TicketService service;
    private final OrganisationService organisations;
    private final Clock clock;

    DemoTickets(
            DemoDataPolicy policy,
            TicketRepository tickets,
            TicketService service,
            OrganisationService organisations,
            Clock clock) {
        this.policy = policy;
        this.tickets = tickets;
        this.service = service;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.isEnabled() || tickets.count() > 0) {
            return;
        }
        List<ContactView> callers = new ArrayList<>();
        for (String word : List.of("ocmw", "cpas", "oshz")) {
            organisations
                    .findOrganisationIds(word, 100)
                    .forEach(id -> callers.addAll(organisations.get(id).contacts()));
        }
        if (callers.isEmpty()) {
            return;
        }
        // A fixed seed: every demo database tells the same story.
        Random random = new Random(20_261_123L);
        ZonedDateTime now = clock.instant().atZone(BusinessTime.ZONE);
        for (int i = 0; i < COUNT; i++) {
            ContactView caller = callers.get(random.nextInt(callers.size()));
            String[] question = QUESTIONS[random.nextInt(QUESTIONS.length)];
            boolean french = caller.preferredLanguage() == ContentLanguage.FR;
            int roll = random.nextInt(100);
            OpenTicket.Outcome outcome = roll < 60
                    ? OpenTicket.Outcome.ANSWERED
                    : roll < 85 ? OpenTicket.Outcome.ESCALATED : OpenTicket.Outcome.OPEN;
            service.open(
                    new OpenTicket(
                            roll % 3 == 0 ? Channel.EMAIL : roll % 11 == 0 ? Channel.LETTER : Channel.PHONE,
                            roll == 99 ? TicketType.COMPLAINT : TicketType.QUESTION,
                            question[0],
                            french ? ContentLanguage.FR : ContentLanguage.NL,
                            null,
                            caller.id(),
                            "",
                            french ? question[2] : question[1],
                            receivedAt(now, i, random),
                            60 + random.nextInt(400),
                            outcome,
                            outcome == OpenTicket.Outcome.ANSWERED
                                    ? (french
                                            ? "Réponse donnée au téléphone selon la circulaire en vigueur."
                                            : "Antwoord gegeven aan de telefoon volgens de geldende omzendbrief.")
                                    : null),
                    "agent");
        }
    }

    /** Spread over the last year, on working days between 9:00 and 17:00, oldest first. */
    private static Instant receivedAt(ZonedDateTime now, int index, Random random) {
        ZonedDateTime day =
                now.minusDays(365L * (COUNT - index) / COUNT).withHour(9).withMinute(0);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        Instant at = day.plusMinutes(random.nextInt(8 * 60)).toInstant();
        return at.isAfter(now.toInstant()) ? now.toInstant().minusSeconds(60) : at;
    }
}
