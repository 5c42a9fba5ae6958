package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.BusinessTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mailboxes as the administrators' page shows them (docs/mail.md, "Admin views"): each configured mailbox with
 * where its polling stands, how many mails it took today and how many of its mails wait in the quarantine. A mailbox
 * since removed from the settings still shows while its state is stored, marked so.
 */
@Service
public class MailboxOverview {

    private final MailProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;

    MailboxOverview(MailProperties properties, JdbcClient jdbc, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this instance polls and sends at all ({@code frontdesk.mail.enabled}). */
    public boolean pollingEnabled() {
        return properties.enabled();
    }

    @Transactional(readOnly = true)
    public List<MailboxView> mailboxes() {
        // "Today" is the contact centre's day, in Brussels, whatever the server's zone.
        Instant midnight = LocalDate.now(clock.withZone(BusinessTime.ZONE))
                .atStartOfDay(BusinessTime.ZONE)
                .toInstant();
        List<MailboxView> views = new ArrayList<>();
        List<String> configured = new ArrayList<>();
        for (MailProperties.Mailbox mailbox : properties.mailboxes()) {
            configured.add(mailbox.name());
            MailProperties.Imap imap = mailbox.imap();
            views.add(view(mailbox.name(), imap.host() + ":" + imap.effectivePort(), imap.folder(), true, midnight));
        }
        jdbc.sql("select name from mailbox_state order by name").query(String.class).list().stream()
                .filter(name -> !configured.contains(name))
                .forEach(name -> views.add(view(name, null, null, false, midnight)));
        return views;
    }

    private MailboxView view(
            String name, @Nullable String server, @Nullable String folder, boolean configured, Instant midnight) {
        // Served by mail_message_mailbox_in_idx (V56): one mailbox's received rows since midnight.
        long today = jdbc.sql("""
                        select count(*) from mail_message
                        where direction = 'IN' and mailbox = :name and at >= :midnight
                        """)
                .param("name", name)
                .param("midnight", MailOutbox.utc(midnight))
                .query(Long.class)
                .single();
        long held = jdbc.sql("select count(*) from mail_quarantine where status = 'HELD' and mailbox = :name")
                .param("name", name)
                .query(Long.class)
                .single();
        return jdbc.sql("""
                        select last_poll_at, last_success_at, last_error, last_error_at
                        from mailbox_state where name = :name
                        """)
                .param("name", name)
                .query((rs, n) -> new MailboxView(
                        name,
                        server,
                        folder,
                        configured,
                        instant(rs, "last_poll_at"),
                        instant(rs, "last_success_at"),
                        rs.getString("last_error"),
                        instant(rs, "last_error_at"),
                        today,
                        held))
                .optional()
                .orElse(new MailboxView(name, server, folder, configured, null, null, null, null, today, held));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * One mailbox: its server and folder (null for one no longer configured), when it was last polled, last
     * succeeded and last failed (with the error), what it took today and what of it is held.
     */
    public record MailboxView(
            String name,
            @Nullable String server,
            @Nullable String folder,
            boolean configured,
            @Nullable Instant lastPollAt,
            @Nullable Instant lastSuccessAt,
            @Nullable String lastError,
            @Nullable Instant lastErrorAt,
            long takenToday,
            long held) {

        /** The last poll failed: its error is newer than its last success. */
        public boolean failing() {
            return lastErrorAt != null && (lastSuccessAt == null || lastErrorAt.isAfter(lastSuccessAt));
        }
    }
}
