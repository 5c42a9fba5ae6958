package be.miis.frontdesk.mail;

import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.selfservice.PortalQuestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whom a ticket's mail goes to and which thread it continues, from the contact and the ticket's mails in
 * {@code mail_message}.
 */
@Component
class TicketCorrespondence {

    /** Enough of a thread for any client to place a reply; a long exchange does not grow the header without end. */
    static final int MAX_REFERENCES = 20;

    private final JdbcClient jdbc;
    private final OrganisationService organisations;
    private final PortalQuestions portal;

    TicketCorrespondence(JdbcClient jdbc, OrganisationService organisations, PortalQuestions portal) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.portal = portal;
    }

    /**
     * The contact's address, else whoever asked: the address given on the portal's question form, or the sender of
     * the ticket's first received mail; else none. Never the latest sender: anyone who writes the reference in a
     * subject joins the ticket (docs/mail.md, "Threading"), and must not thereby receive its answer.
     */
    Optional<String> recipient(long ticketId, @Nullable Long contactId) {
        Optional<String> contact = contactId == null
                ? Optional.empty()
                : organisations.findContact(contactId).map(ContactView::email).filter(email -> !email.isBlank());
        return contact.or(() -> portal.askerAddress(ticketId)).or(() -> jdbc.sql("""
                        select sender from mail_message
                        where ticket_id = :ticketId and direction = 'IN'
                        order by at, id limit 1
                        """)
                .param("ticketId", ticketId)
                .query(String.class)
                .optional());
    }

    /**
     * The thread a new mail of the ticket continues: In-Reply-To the latest mail received (else the latest sent),
     * References the ticket's mails oldest first, ending with that one, as RFC 5322 orders them.
     */
    Thread thread(long ticketId) {
        List<Message> latest = jdbc.sql("""
                        select message_id, direction from mail_message
                        where ticket_id = :ticketId
                        order by at desc, id desc limit :limit
                        """)
                .param("ticketId", ticketId)
                .param("limit", MAX_REFERENCES)
                .query((rs, n) -> new Message(rs.getString("message_id"), rs.getString("direction")))
                .list();
        if (latest.isEmpty()) {
            return new Thread(null, List.of());
        }
        String parent = latest.stream()
                .filter(message -> message.direction().equals("IN"))
                .findFirst()
                .orElse(latest.get(0))
                .messageId();
        List<String> references = new ArrayList<>();
        for (int i = latest.size() - 1; i >= 0; i--) {
            if (!latest.get(i).messageId().equals(parent)) {
                references.add(latest.get(i).messageId());
            }
        }
        references.add(parent);
        return new Thread(parent, references);
    }

    record Thread(@Nullable String inReplyTo, List<String> references) {}

    private record Message(String messageId, String direction) {}
}
