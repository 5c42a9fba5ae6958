package be.miis.frontdesk.escalation;

import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserView;
import be.miis.frontdesk.ticket.TicketType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The backoffice queues and who works them: names, guarantee, open or closed, lead and members, as an
 * administrator sets them up; and the queue a ticket goes to unless someone chooses another.
 */
@Service
public class QueueAdministration {

    private final EscalationQueueRepository queues;
    private final IdentityService users;
    private final WorkingCalendar calendar;
    private final CalendarReapplication reapplication;

    QueueAdministration(
            EscalationQueueRepository queues,
            IdentityService users,
            WorkingCalendar calendar,
            CalendarReapplication reapplication) {
        this.queues = queues;
        this.users = users;
        this.calendar = calendar;
        this.reapplication = reapplication;
    }

    /** All backoffice queues, in the order they were set up (domains first, complaints last). */
    @Transactional(readOnly = true)
    public List<QueueSummary> findQueues() {
        return queues.findAllByOrderById().stream()
                .map(EscalationQueue::toSummary)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<QueueSummary> findQueue(long id) {
        return queues.findById(id).map(EscalationQueue::toSummary);
    }

    /**
     * An admin's change of a queue: names, guarantee in working days, open or closed, lead and members. A new
     * guarantee is re-applied to the queue's open escalations from their history, in this transaction.
     *
     * @throws InvalidEscalationException for a blank or too long name, working days outside 1 to 30, or a lead
     *     or member who is not an enabled expert (a manager may lead)
     */
    @Transactional
    public void changeQueue(long id, int version, QueueChange change) {
        EscalationQueue queue =
                queues.findById(id).orElseThrow(() -> new InvalidEscalationException("id", "escalation.queue.unknown"));
        if (queue.version() != version) {
            throw new ObjectOptimisticLockingFailureException(EscalationQueue.class, id);
        }
        requireName("nameNl", change.nameNl());
        requireName("nameFr", change.nameFr());
        requireName("nameDe", change.nameDe());
        requireName("nameEn", change.nameEn());
        if (change.slaWorkingDays() < 1 || change.slaWorkingDays() > 30) {
            throw new InvalidEscalationException("slaWorkingDays", "escalation.queue.slaRange");
        }
        if (change.leadUsername() != null && !isUser(change.leadUsername(), Role.EXPERT, Role.MANAGER)) {
            throw new InvalidEscalationException("leadUsername", "escalation.queue.notExpert");
        }
        for (String member : change.members()) {
            if (!isUser(member, Role.EXPERT)) {
                throw new InvalidEscalationException("members", "escalation.queue.notExpert");
            }
        }
        boolean slaChanged = queue.slaWorkingDays() != change.slaWorkingDays();
        queue.change(
                change.nameNl().strip(),
                change.nameFr().strip(),
                change.nameDe().strip(),
                change.nameEn().strip(),
                change.slaWorkingDays(),
                change.active(),
                change.leadUsername(),
                change.members());
        queues.save(queue);
        if (slaChanged) {
            reapplication.reapply(calendar.current(), Map.of(id, change.slaWorkingDays()), change.slaWorkingDays(), id);
        }
    }

    private boolean isUser(String username, Role... roles) {
        return users.findByUsername(username)
                .filter(UserView::enabled)
                .filter(u -> Arrays.stream(roles).anyMatch(u::hasRole))
                .isPresent();
    }

    private static void requireName(String field, String name) {
        if (name.isBlank() || name.strip().length() > 120) {
            throw new InvalidEscalationException(field, "escalation.queue.name");
        }
    }

    /** The enabled experts, who can be members and be assigned tickets. */
    @Transactional(readOnly = true)
    public List<UserView> experts() {
        return users.findAll().stream()
                .filter(u -> u.enabled() && u.hasRole(Role.EXPERT))
                .toList();
    }

    /** The queue the escalate form preselects for a ticket of this domain and type. */
    @Transactional(readOnly = true)
    public Optional<QueueSummary> suggestQueue(String domainCode, TicketType type) {
        return queues.suggestedFor(domainCode, type).map(EscalationQueue::toSummary);
    }
}
