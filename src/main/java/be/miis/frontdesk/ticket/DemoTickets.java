package be.miis.frontdesk.ticket;

import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DemoDataPolicy;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of invented but plausible questions of the demo organisations, so the inbox, the organisation pages and
 * later the statistics have something to show. Loaded once, into an empty ticket table, after the organisations.
 */
@Component
@Order(20)
class DemoTickets implements ApplicationRunner {

    static final int COUNT = 240;

    private static final String DEMO_EXPERT = "expert";

    /** The last tickets arrive in the last days, most of them escalated and still open. */
    private static final int RECENT = 12;

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
    private final TransactionTemplate transactions;

    DemoTickets(
            DemoDataPolicy policy,
            TicketRepository tickets,
            TicketService service,
            OrganisationService organisations,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
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
            // The last days hold more escalations: they are what the backoffice queues show as still open.
            int answeredBelow = i >= COUNT - RECENT ? 30 : 60;
            OpenTicket.Outcome outcome = roll < answeredBelow
                    ? OpenTicket.Outcome.ANSWERED
                    : roll < 85 ? OpenTicket.Outcome.ESCALATED : OpenTicket.Outcome.OPEN;
            Instant receivedAt = receivedAt(now, i, random);
            int callSeconds = 60 + random.nextInt(400);
            String reference = service.open(
                    new OpenTicket(
                            roll % 3 == 0 ? Channel.EMAIL : roll % 11 == 0 ? Channel.LETTER : Channel.PHONE,
                            // One in eight a complaint: the complaints procedure's demo year (docs/complaints.md).
                            i % 8 == 5 ? TicketType.COMPLAINT : TicketType.QUESTION,
                            question[0],
                            french ? ContentLanguage.FR : ContentLanguage.NL,
                            null,
                            caller.id(),
                            "",
                            french ? question[2] : question[1],
                            receivedAt,
                            callSeconds,
                            outcome == OpenTicket.Outcome.ESCALATED ? outcome : OpenTicket.Outcome.OPEN,
                            null),
                    "agent");
            if (outcome == OpenTicket.Outcome.ESCALATED) {
                work(reference, receivedAt, french, now.toInstant(), random);
            } else if (outcome == OpenTicket.Outcome.ANSWERED) {
                // Answered during the call: at its end, not when the demo is loaded (the monthly backlog counts it).
                Instant end = receivedAt.plusSeconds(callSeconds);
                answer(reference, french, Channel.PHONE, end.isAfter(now.toInstant()) ? now.toInstant() : end);
            } else if (receivedAt.isBefore(now.toInstant().minus(Duration.ofDays(7)))) {
                // Kept open to look something up, answered by mail a day or three later; only recent ones stay open.
                answer(reference, french, Channel.EMAIL, receivedAt.plus(Duration.ofHours(20 + random.nextInt(48))));
            }
        }
    }

    private void answer(String reference, boolean french, Channel channel, Instant at) {
        transactions.executeWithoutResult(status -> {
            Ticket ticket = tickets.findForChangeByReference(reference).orElseThrow();
            ticket.answer(
                    french
                            ? "Réponse donnée selon la circulaire en vigueur."
                            : "Antwoord gegeven volgens de geldende omzendbrief.",
                    channel,
                    "agent",
                    at);
            tickets.save(ticket);
        });
    }

    /**
     * What the backoffice did with an escalated demo question, at the moments it did it (the domain methods take
     * the instant, the service would use the clock): older questions were taken and answered, most within the
     * guarantee, some a few days late; recent ones wait in the queue or are being worked on. So the queues, the
     * SLA badges and the compliance figures show a believable mix, not a year of overdue tickets.
     */
    private void work(String reference, Instant receivedAt, boolean french, Instant now, Random random) {
        transactions.executeWithoutResult(status -> {
            Ticket ticket = tickets.findForChangeByReference(reference).orElseThrow();
            Instant taken = receivedAt.plus(Duration.ofMinutes(30 + random.nextInt(180)));
            boolean recent = receivedAt.isAfter(now.minus(Duration.ofDays(4)));
            if (recent) {
                if (random.nextBoolean() && taken.isBefore(now)) {
                    ticket.take(DEMO_EXPERT, taken);
                }
            } else {
                ticket.take(DEMO_EXPERT, taken);
                // Four in five the next working day; the others three to five days later, past the guarantee.
                Duration after = random.nextInt(5) > 0
                        ? Duration.ofHours(20 + random.nextInt(6))
                        : Duration.ofDays(3 + random.nextInt(3));
                if (taken.plus(after).isAfter(now)) {
                    tickets.save(ticket);
                    return; // would be answered in the future: still being worked on
                }
                ticket.answer(
                        french
                                ? "Réponse documentée du backoffice, avec la référence de la circulaire applicable."
                                : "Gedocumenteerd antwoord van de backoffice, met de verwijzing naar de geldende omzendbrief.",
                        Channel.EMAIL,
                        DEMO_EXPERT,
                        taken.plus(after));
            }
            tickets.save(ticket);
        });
    }

    /**
     * Spread over the last year, on working days between 9:00 and 17:00, oldest first; the last {@value #RECENT}
     * in the last days, at any hour (mail comes in at night too).
     */
    private static Instant receivedAt(ZonedDateTime now, int index, Random random) {
        if (index >= COUNT - RECENT) {
            // Every five hours over the last two and a half days: due soon, at risk and overdue side by side.
            return now.minusHours(5L * (COUNT - index))
                    .plusMinutes(random.nextInt(60))
                    .toInstant();
        }
        ZonedDateTime day =
                now.minusDays(365L * (COUNT - index) / COUNT).withHour(9).withMinute(0);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        Instant at = day.plusMinutes(random.nextInt(8 * 60)).toInstant();
        return at.isAfter(now.toInstant()) ? now.toInstant().minusSeconds(60) : at;
    }
}
