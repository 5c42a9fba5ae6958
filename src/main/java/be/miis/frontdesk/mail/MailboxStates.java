package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.TextCut;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
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

    /**
     * A new access token for the mailbox (docs/mail.md, "OAuth2"): a failing refresh recorded before is over, and the
     * admin's alert with it.
     */
    void tokenRefreshed(String mailbox, Instant expiresAt) {
        jdbc.sql("""
                        insert into mailbox_state (name, token_expires_at) values (:name, :expires)
                        on conflict (name) do update
                        set token_error = null, token_error_at = null, token_expires_at = :expires
                        """)
                .param("name", mailbox)
                .param("expires", expiresAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    /**
     * No new access token for the mailbox: recorded as its last error and as the token's, which alerts the admin
     * until a refresh succeeds.
     *
     * @param validUntil when the token still held expires; null when there is none (the mailbox is not polled)
     */
    void tokenFailed(String mailbox, String error, Instant at, @Nullable Instant validUntil) {
        String cut = TextCut.atMost(error, ERROR_MAX);
        jdbc.sql("""
                        insert into mailbox_state (name, last_error, last_error_at, token_error, token_error_at,
                                                   token_expires_at)
                        values (:name, :error, :at, :error, :at, :expires)
                        on conflict (name) do update
                        set last_error = :error, last_error_at = :at, token_error = :error,
                            token_error_at = coalesce(mailbox_state.token_error_at, :at), token_expires_at = :expires
                        """)
                .param("name", mailbox)
                .param("error", cut)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("expires", validUntil == null ? null : validUntil.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The health of these mailboxes, as their last polls and token refreshes left it; a mailbox never polled has none. */
    List<Health> health(Collection<String> mailboxes) {
        if (mailboxes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select name, last_poll_at, last_success_at, last_error, last_error_at, token_error,
                               token_error_at, token_expires_at
                        from mailbox_state where name in (:names) order by name
                        """)
                .param("names", mailboxes)
                .query((rs, n) -> new Health(
                        rs.getString("name"),
                        instant(rs.getObject("last_poll_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_success_at", OffsetDateTime.class)),
                        rs.getString("last_error"),
                        instant(rs.getObject("last_error_at", OffsetDateTime.class)),
                        rs.getString("token_error"),
                        instant(rs.getObject("token_error_at", OffsetDateTime.class)),
                        instant(rs.getObject("token_expires_at", OffsetDateTime.class))))
                .list();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    /**
     * How a mailbox fares: failing while its last poll failed, or while its OAuth2 token cannot be refreshed (even
     * when the previous token still serves until {@code tokenExpiresAt}).
     */
    record Health(
            String name,
            @Nullable Instant lastPollAt,
            @Nullable Instant lastSuccessAt,
            @Nullable String lastError,
            @Nullable Instant lastErrorAt,
            @Nullable String tokenError,
            @Nullable Instant tokenErrorAt,
            @Nullable Instant tokenExpiresAt) {

        Health withoutToken() {
            return new Health(name, lastPollAt, lastSuccessAt, lastError, lastErrorAt, null, null, null);
        }

        boolean lastPollFailed() {
            return lastErrorAt != null && (lastSuccessAt == null || lastErrorAt.isAfter(lastSuccessAt));
        }

        boolean failing() {
            return tokenError != null || lastPollFailed();
        }
    }

    /** Where a mailbox stands: its UIDVALIDITY (null before the first poll) and the last UID taken. */
    record Position(@Nullable Long uidValidity, long lastUid) {}
}
