package be.miis.frontdesk.quality;

import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.identity.Permissions;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.shared.NotPermittedException;
import be.miis.frontdesk.ticket.TicketPrivacy;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who works complaints (docs/complaints.md, "Who sees what"): the members and lead of the complaints queue (code
 * COMPLAINTS, where escalation routes every complaint) handle them, and managers see them all. As the ticket
 * module's {@link TicketPrivacy}, it keeps a complaint about a person from everyone else, ticket page and API alike.
 */
@Component
class ComplaintHandlers implements TicketPrivacy {

    static final String QUEUE = "COMPLAINTS";

    private final QueueAdministration queues;
    private final Permissions permissions;
    private final JdbcClient jdbc;

    ComplaintHandlers(QueueAdministration queues, Permissions permissions, JdbcClient jdbc) {
        this.queues = queues;
        this.permissions = permissions;
        this.jdbc = jdbc;
    }

    /** Whether the user handles complaints or, as a manager, oversees them. */
    boolean mayHandle(String username) {
        Set<Role> roles = permissions.rolesOf(username);
        return roles.contains(Role.MANAGER)
                || (roles.contains(Role.EXPERT)
                        && queues.findQueues().stream().anyMatch(q -> QUEUE.equals(q.code()) && q.involves(username)));
    }

    void require(String username) {
        if (!mayHandle(username)) {
            throw new NotPermittedException("quality.complaint.permission");
        }
    }

    @Override
    public boolean mayView(long ticketId, String viewer) {
        boolean aboutPerson = jdbc.sql(
                        "select exists (select 1 from complaint_case where ticket_id = :id and concerned_user is not null)")
                .param("id", ticketId)
                .query(Boolean.class)
                .single();
        // The rule is about staff. The portal reads a ticket for its asker (the complainant, with the status link's
        // key) as the system actor "portal", which holds no role: it is not kept from them.
        return !aboutPerson || mayHandle(viewer) || !permissions.holdsAny(viewer, Role.values());
    }

    @Override
    public Set<Long> hiddenFrom(String viewer) {
        // Asked for every page of the inbox: the complaints about a person first (one query on a partial index, V92),
        // the viewer's roles and queues only when there is something to hide.
        Set<Long> aboutPersons =
                Set.copyOf(jdbc.sql("select ticket_id from complaint_case where concerned_user is not null")
                        .query(Long.class)
                        .list());
        return aboutPersons.isEmpty() || mayHandle(viewer) ? Set.of() : aboutPersons;
    }
}
