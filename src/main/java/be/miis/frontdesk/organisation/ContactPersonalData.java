package be.miis.frontdesk.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The erasure of a contact person (docs/privacy.md, "Erasure"): the row stays, since tickets and complaints name it
 * by id and the service keeps its record of what it did for whom, but its names, function, numbers, address and
 * the reason their mail bounced are removed, the contact is inactive and no search finds it any more.
 */
@Service
public class ContactPersonalData {

    /** What an erased name reads: the same in every language. */
    public static final String ERASED = "—";

    private final JdbcClient jdbc;
    private final Clock clock;

    ContactPersonalData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** When the contact was erased; empty when it was not (or there is no such contact). */
    @Transactional(readOnly = true)
    public Optional<Instant> erasedAt(long contactId) {
        return jdbc.sql("select erased_at from contact where id = :id and erased_at is not null")
                .param("id", contactId)
                .query((rs, n) -> rs.getTimestamp("erased_at").toInstant())
                .optional();
    }

    /**
     * Erases the contact's personal data; true when it did, false when the contact was erased already.
     *
     * @throws ContactNotFoundException when there is no such contact
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean erase(long contactId) {
        int erased = jdbc.sql("""
                        update contact
                        set first_name = :erased, last_name = :erased, job_function = null, phone = null,
                            mobile = null, email = null, active = false, search_text = '',
                            email_failing_since = null, email_last_failure_at = null, email_failure_status = null,
                            email_failure_reason = null, erased_at = :now, updated_at = :now, version = version + 1
                        where id = :id and erased_at is null
                        """)
                .param("erased", ERASED)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", contactId)
                .update();
        if (erased == 0
                && jdbc.sql("select count(*) from contact where id = :id")
                                .param("id", contactId)
                                .query(Long.class)
                                .single()
                        == 0) {
            throw ContactNotFoundException.forId(contactId);
        }
        return erased == 1;
    }
}
