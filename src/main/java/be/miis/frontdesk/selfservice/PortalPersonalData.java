package be.miis.frontdesk.selfservice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal data the portal keeps beside a ticket (docs/privacy.md): who asked a question on the portal, and who
 * asked to be called back for a ticket; anonymised with the ticket, listed in the export of a person's data.
 */
@Service
public class PortalPersonalData {

    private static final String ANONYMISED = "—";

    private final JdbcClient jdbc;

    PortalPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A question asked on the portal that became a ticket. */
    public record QuestionRecord(
            long ticketId,
            String askerName,
            String askerEmail,
            @Nullable String organisationName,
            @Nullable String organisationPostcode,
            Instant createdAt) {}

    /** A call-back that became a ticket. */
    public record CallbackRecord(
            String ticketReference,
            String name,
            String phone,
            @Nullable String email,
            String organisation,
            String question,
            Instant requestedAt) {}

    /** Clears the asker of those tickets' portal questions and the caller of their call-backs. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void anonymiseTickets(Collection<Long> ticketIds, Collection<String> references) {
        if (ticketIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update portal_question
                        set asker_name = :anonymised, asker_email = :anonymised, organisation_name = null,
                            organisation_postcode = null
                        where ticket_id = any(:ids)
                        """)
                .param("anonymised", ANONYMISED)
                .param("ids", ticketIds.toArray(Long[]::new))
                .update();
        jdbc.sql("""
                        update callback_request
                        set name = :anonymised, phone = :anonymised, email = null, organisation = :anonymised,
                            question = :anonymised
                        where ticket_reference = any(:refs)
                        """)
                .param("anonymised", ANONYMISED)
                .param("refs", references.toArray(String[]::new))
                .update();
    }

    /** The portal questions of those tickets. */
    @Transactional(readOnly = true)
    public List<QuestionRecord> questions(Collection<Long> ticketIds) {
        return jdbc.sql("""
                        select ticket_id, asker_name, asker_email, organisation_name, organisation_postcode, created_at
                        from portal_question where ticket_id = any(:ids) order by created_at, id
                        """)
                .param("ids", ticketIds.toArray(Long[]::new))
                .query((rs, n) -> new QuestionRecord(
                        rs.getLong("ticket_id"),
                        rs.getString("asker_name"),
                        rs.getString("asker_email"),
                        rs.getString("organisation_name"),
                        rs.getString("organisation_postcode"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The call-backs that became those tickets. */
    @Transactional(readOnly = true)
    public List<CallbackRecord> callbacks(Collection<String> references) {
        return jdbc.sql("""
                        select ticket_reference, name, phone, email, organisation, question, requested_at
                        from callback_request where ticket_reference = any(:refs) order by requested_at, id
                        """)
                .param("refs", references.toArray(String[]::new))
                .query((rs, n) -> new CallbackRecord(
                        rs.getString("ticket_reference"),
                        rs.getString("name"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        rs.getString("organisation"),
                        rs.getString("question"),
                        rs.getTimestamp("requested_at").toInstant()))
                .list();
    }
}
