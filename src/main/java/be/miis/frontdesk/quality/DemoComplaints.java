package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DemoDataPolicy;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.ticket.Customer;
import be.miis.frontdesk.ticket.TicketQuery;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketSummary;
import be.miis.frontdesk.ticket.TicketType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The demo year of the complaints procedure (docs/complaints.md, "Demo data"): the demo's COMPLAINT tickets get
 * their history — acknowledged, judged admissible or not, answered as founded, partly founded or unfounded with a
 * root cause and a lesson — at the moments it happened, so the managers' figures and annual report are not empty.
 * The recent ones are left where a handler finds them still to do. Written once, after the demo tickets; as history,
 * it sends no letters.
 */
@Component
@Order(30)
class DemoComplaints implements ApplicationRunner {

    private static final String HANDLER = "expert";

    private static final String[][] LESSONS = {
        {"De FAQ over dit onderwerp is aangevuld.", "La FAQ sur ce sujet a été complétée."},
        {"Terugbelafspraken worden nu in de planning opgevolgd.", "Les rappels sont désormais suivis dans le planning."
        },
        {"Het team kreeg een opfrissing over de termijnen.", "L'équipe a reçu un rappel sur les délais."},
        {"De standaardbrief is in klare taal herschreven.", "La lettre type a été réécrite en langage clair."},
        {
            "Een controle door een tweede collega voor complexe antwoorden.",
            "Une relecture par un second collègue pour les réponses complexes."
        },
    };

    private static final String[][] ANSWERS = {
        {
            "Na onderzoek hebben we vastgesteld wat er misliep. Onze excuses; we hebben de nodige maatregelen genomen.",
            "Après examen, nous avons constaté ce qui n'a pas fonctionné. Nos excuses ; nous avons pris les mesures nécessaires."
        },
        {
            "Na onderzoek blijkt dat het antwoord correct was en binnen de termijn gegeven werd.",
            "Après examen, il apparaît que la réponse était correcte et donnée dans le délai."
        },
    };

    private final DemoDataPolicy policy;
    private final TicketService tickets;
    private final ComplaintRepository complaints;
    private final ComplaintCalendar calendar;
    private final RootCauses rootCauses;
    private final Clock clock;

    DemoComplaints(
            DemoDataPolicy policy,
            TicketService tickets,
            ComplaintRepository complaints,
            ComplaintCalendar calendar,
            RootCauses rootCauses,
            Clock clock) {
        this.policy = policy;
        this.tickets = tickets;
        this.complaints = complaints;
        this.calendar = calendar;
        this.rootCauses = rootCauses;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.isEnabled() || complaints.findAll().stream().anyMatch(c -> c.stage() != ComplaintStage.RECEIVED)) {
            return;
        }
        List<Long> causes = rootCauses.all().stream()
                .filter(RootCause::active)
                .map(RootCause::id)
                .toList();
        // A fixed seed: every demo database tells the same story.
        Random random = new Random(20_261_204L);
        Instant now = clock.instant();
        for (TicketSummary ticket : complaintTickets()) {
            Complaint complaint = caseOf(ticket);
            if (complaint != null && complaint.stage() == ComplaintStage.RECEIVED) {
                history(complaint, now, random, causes);
                complaint.forgetEvents();
                complaints.save(complaint);
            }
        }
    }

    private List<TicketSummary> complaintTickets() {
        TicketQuery query = new TicketQuery(
                TicketQuery.View.ALL,
                null,
                null,
                null,
                TicketType.COMPLAINT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                TicketQuery.Sort.OLDEST);
        List<TicketSummary> all = new ArrayList<>();
        String cursor = null;
        do {
            PagedResult<TicketSummary> page = tickets.find(query, cursor, 100);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    /** The ticket's case: the intake's (it listens after each ticket's commit), or made here if not there yet. */
    private @Nullable Complaint caseOf(TicketSummary ticket) {
        return complaints.findByTicketId(ticket.id()).orElseGet(() -> {
            try {
                return complaints.saveAndFlush(new Complaint(
                        ticket.id(),
                        ticket.reference(),
                        new Customer(
                                ticket.channel(),
                                ticket.language(),
                                ticket.organisation() == null
                                        ? null
                                        : ticket.organisation().id(),
                                null),
                        ticket.domainCode(),
                        ticket.receivedAt(),
                        calendar.deadlinesFrom(ticket.receivedAt())));
            } catch (DataIntegrityViolationException e) {
                return complaints.findByTicketId(ticket.id()).orElse(null);
            }
        });
    }

    /**
     * Acknowledged one to nine days after receipt (so a few late), decided two days later (one in seven not
     * admissible), answered three to five weeks after the decision (so a few late): each step only when it lies in the past.
     */
    private static void history(Complaint c, Instant now, Random random, List<Long> causes) {
        int lang = c.language() == ContentLanguage.FR ? 1 : 0;
        Instant acknowledged = c.receivedAt().plus(Duration.ofHours(18 + random.nextInt(24 * 9)));
        if (acknowledged.isAfter(now)) {
            return;
        }
        c.acknowledge(HANDLER, acknowledged);
        Instant decided = acknowledged.plus(Duration.ofHours(20 + random.nextInt(30)));
        if (decided.isAfter(now)) {
            return;
        }
        if (random.nextInt(7) == 0) {
            InadmissibilityReason reason =
                    InadmissibilityReason.values()[random.nextInt(InadmissibilityReason.values().length)];
            c.refuse(
                    reason,
                    lang == 1
                            ? "Nous vous indiquons à qui vous adresser."
                            : "We laten u weten tot wie u zich kunt wenden.",
                    HANDLER,
                    decided);
            return;
        }
        c.admit(null, HANDLER, decided);
        if (random.nextInt(5) == 0) {
            c.concern(null, lang == 1 ? "Planning des rappels" : "Terugbelplanning");
        }
        Instant answered = decided.plus(Duration.ofDays(3 + random.nextInt(33)));
        if (answered.isAfter(now)) {
            return;
        }
        int roll = random.nextInt(100);
        ComplaintOutcome outcome = roll < 35
                ? ComplaintOutcome.FOUNDED
                : roll < 60 ? ComplaintOutcome.PARTLY_FOUNDED : ComplaintOutcome.UNFOUNDED;
        boolean founded = outcome.founded() && !causes.isEmpty();
        c.answer(
                founded ? outcome : ComplaintOutcome.UNFOUNDED,
                founded ? causes.get(random.nextInt(causes.size())) : null,
                founded ? LESSONS[random.nextInt(LESSONS.length)][lang] : null,
                ANSWERS[founded ? 0 : 1][lang],
                HANDLER,
                answered);
    }
}
