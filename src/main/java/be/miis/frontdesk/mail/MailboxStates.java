package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.TextCut;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The state of each polled mailbox ({@code mailbox_state}): the UIDVALIDITY and the last UID taken, by which a poll
 * knows where to go on, and when it last polled, succeeded and failed, for the admin.
 */
@Component
class MailboxStates {

    private static final int ERROR_MAX = 1000;

    private final JdbcClient jdbc;

    MailboxStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a poll starts: the stored position, created empty the first time. */
    Position position(String mailbox) {
        jdbc.sql("insert into mailbox_state (name) values (:name) on conflict (name) do nothing")
                .param("name", mailbox)
                .update();
        return jdbc.sql("select uid_validity, last_uid from mailbox_state where name = :name")
                .param("name", mailbox)
                .query((rs, n) -> new Position(rs.getObject("uid_validity", Long.class), rs.getLong("last_uid")))
                .single();
    }

    /**
     * The server renumbered the folder: every UID starts again. What was taken stays known by its Message-ID in
     * {@code mail_message}, so taking the folder from UID 1 again creates nothing twice.
     */
    void restart(String mailbox, long uidValidity) {
        jdbc.sql("update mailbox_state set uid_validity = :validity, last_uid = 0 where name = :name")
                .param("validity", uidValidity)
                .param("name", mailbox)
                .update();
    }

    /** The message with this UID is taken and flagged; the next poll starts after it. Never moves back. */
    void advance(String mailbox, long uid) {
        jdbc.sql("update mailbox_state set last_uid = greatest(last_uid, :uid) where name = :name")
                .param("uid", uid)
                .param("name", mailbox)
                .update();
    }

    void polled(String mailbox, Instant at) {
        jdbc.sql("update mailbox_state set last_poll_at = :at, last_success_at = :at where name = :name")
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("name", mailbox)
                .update();
    }

    void failed(String mailbox, String error, Instant at) {
        jdbc.sql("""
                        insert into mailbox_state (name, last_poll_at, last_error, last_error_at)
                        values (:name, :at, :error, :at)
                        on conflict (name) do update
                        set last_poll_at = :at, last_error = :error, last_error_at = :at
                        """)
                .param("name", mailbox)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("error", TextCut.atMost(error, ERROR_MAX))
                .update();
    }

    /** Where a mailbox stands: its UIDVALIDITY (null before the first poll) and the last UID taken. */
    record Position(@Nullable Long uidValidity, long lastUid) {}
}
