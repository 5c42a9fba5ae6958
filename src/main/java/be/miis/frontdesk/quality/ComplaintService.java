package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.DomainView;
import be.miis.frontdesk.shared.InputDates;
import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.PagedResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module API of the complaints procedure (docs/complaints.md): the handlers' list and case, each step of the
 * procedure, and the admins' root causes. Every step runs in one transaction with the letter's event; the steps
 * and the case are for the complaint handlers and the managers only, whichever route asks.
 */
@Service
public class ComplaintService {

    private final ComplaintRepository complaints;
    private final ComplaintHandlers handlers;
    private final RootCauses rootCauses;
    private final DomainCatalogue domains;
    private final Clock clock;

    ComplaintService(
            ComplaintRepository complaints,
            ComplaintHandlers handlers,
            RootCauses rootCauses,
            DomainCatalogue domains,
            Clock clock) {
        this.complaints = complaints;
        this.handlers = handlers;
        this.rootCauses = rootCauses;
        this.domains = domains;
        this.clock = clock;
    }

    /**
     * The figures of a year by month of receipt (Brussels): outcomes, deadlines kept, root causes, channels,
     * domains and the lessons learned (docs/complaints.md, "Figures").
     */
    @Transactional(readOnly = true)
    public ComplaintFigures figures(int year, String viewer) {
        handlers.require(viewer);
        List<Complaint> cases = complaints.findReceivedBetween(
                startOf(LocalDate.of(year, 1, 1)), startOf(LocalDate.of(year + 1, 1, 1)));
        return ComplaintReport.of(
                year,
                cases,
                rootCauses.all(),
                domains.findAll().stream().map(DomainView::code).toList(),
                clock.instant());
    }

    /** The cases received from {@code from} up to and including {@code to} (Brussels days), oldest first. */
    @Transactional(readOnly = true)
    public List<ComplaintView> receivedBetween(LocalDate from, LocalDate to, String viewer) {
        handlers.require(viewer);
        if (InputDates.isOutside(from) || InputDates.isOutside(to)) {
            throw new InvalidComplaintException(InputDates.isOutside(from) ? "from" : "to", InputDates.REFUSED_KEY);
        }
        if (to.isBefore(from)) {
            throw new InvalidComplaintException("to", "quality.api.range.invalid");
        }
        Instant now = clock.instant();
        return complaints.findReceivedBetween(startOf(from), startOf(to.plusDays(1))).stream()
                .map(c -> ComplaintView.of(c, now))
                .toList();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /** Whether the user handles complaints (member or lead of the complaints queue) or is a manager. */
    @Transactional(readOnly = true)
    public boolean mayHandle(String username) {
        return handlers.mayHandle(username);
    }

    /**
     * A page of cases: the open ones by answer deadline (the most urgent first), or the closed ones newest first.
     *
     * @throws be.miis.frontdesk.shared.NotPermittedException when the viewer neither handles complaints nor manages
     */
    @Transactional(readOnly = true)
    public PagedResult<ComplaintView> find(boolean open, @Nullable String cursor, int pageSize, String viewer) {
        handlers.require(viewer);
        KeysetCursor after = KeysetCursor.parse(cursor);
        Instant now = clock.instant();
        List<Complaint> rows = open
                ? complaints.findOpenAfter(
                        after == null ? Instant.EPOCH : after.at(), after == null ? 0 : after.id(), pageSize + 1)
                : complaints.findClosedBefore(
                        after == null ? Instant.parse("9999-12-31T00:00:00Z") : after.at(),
                        after == null ? Long.MAX_VALUE : after.id(),
                        pageSize + 1);
        return PagedResult.ofOneMore(
                rows.stream().map(c -> ComplaintView.of(c, now)).toList(),
                pageSize,
                c -> new KeysetCursor(open ? c.answerDue() : c.receivedAt(), c.id()));
    }

    /** One case. */
    @Transactional(readOnly = true)
    public ComplaintView get(long id, String viewer) {
        handlers.require(viewer);
        return ComplaintView.of(load(id), clock.instant());
    }

    /** The case of a ticket, if the ticket is a complaint. */
    @Transactional(readOnly = true)
    public java.util.Optional<ComplaintView> findByTicket(long ticketId, String viewer) {
        handlers.require(viewer);
        return complaints.findByTicketId(ticketId).map(c -> ComplaintView.of(c, clock.instant()));
    }

    /**
     * The case of a ticket, for the ticket page's badge (docs/complaints.md, "Who sees what"): its stage for whoever
     * may open the ticket; the link to the case is for its handlers, which the page asks with {@link #mayHandle}.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<ComplaintView> findByTicketReference(String reference) {
        return complaints.findByReference(reference).map(c -> ComplaintView.of(c, clock.instant()));
    }

    /** Sends the acknowledgement with the complaint's number and answer deadline. */
    @Transactional
    public void acknowledge(long id, int version, String actor) {
        change(id, version, actor, c -> c.acknowledge(actor, clock.instant()));
    }

    /**
     * The admissibility decision: admissible (the investigation starts), or not with its reason and explanation;
     * either way a letter.
     */
    @Transactional
    public void decide(
            long id,
            int version,
            boolean admissible,
            @Nullable InadmissibilityReason reason,
            @Nullable String explanation,
            String actor) {
        change(id, version, actor, c -> {
            if (admissible) {
                c.admit(explanation, actor, clock.instant());
            } else {
                c.refuse(reason, explanation, actor, clock.instant());
            }
        });
    }

    /** The staff member (username) or process the complaint is about. */
    @Transactional
    public void concern(long id, int version, @Nullable String user, @Nullable String process, String actor) {
        change(id, version, actor, c -> c.concern(user, process));
    }

    /** The reasoned answer, which closes the case: outcome, root cause and action where founded, the text. */
    @Transactional
    public void answer(
            long id,
            int version,
            @Nullable ComplaintOutcome outcome,
            @Nullable Long rootCauseId,
            @Nullable String actionTaken,
            @Nullable String answer,
            String actor) {
        if (rootCauseId != null && rootCauses.find(rootCauseId).isEmpty()) {
            throw new InvalidComplaintException("rootCauseId", "quality.complaint.rootCause.unknown");
        }
        change(id, version, actor, c -> c.answer(outcome, rootCauseId, actionTaken, answer, actor, clock.instant()));
    }

    /** All root causes, retired ones included (a closed case still names its own). */
    @Transactional(readOnly = true)
    public List<RootCause> rootCauses() {
        return rootCauses.all();
    }

    /** An admin's new root cause, in the three languages of the user interface. */
    @Transactional
    public long addRootCause(String nameNl, String nameFr, String nameEn) {
        return rootCauses.add(nameNl, nameFr, nameEn);
    }

    /**
     * Retires a root cause from the answer form, or brings it back; cases keep theirs.
     *
     * @throws ComplaintNotFoundException when there is no such root cause
     */
    @Transactional
    public void setRootCauseActive(long id, boolean active) {
        if (!rootCauses.setActive(id, active)) {
            throw new ComplaintNotFoundException("root cause " + id);
        }
    }

    private void change(long id, int version, String actor, Consumer<Complaint> step) {
        handlers.require(actor);
        Complaint complaint = load(id);
        if (complaint.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Complaint.class, id);
        }
        step.accept(complaint);
        complaints.save(complaint);
    }

    private Complaint load(long id) {
        return complaints.findById(id).orElseThrow(() -> new ComplaintNotFoundException(String.valueOf(id)));
    }
}
