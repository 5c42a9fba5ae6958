package be.miis.frontdesk.ticket;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal data the ticket module holds, for retention and for the rights of the people in it
 * (docs/privacy.md): which finished tickets (answered or closed: not open, as {@code ticket_fact} counts them) were
 * finished long enough ago to be anonymised, their anonymisation, a contact's tickets
 * with their timeline for an export, and the anonymisation of a contact's tickets when the contact is erased.
 *
 * <p>Anonymising clears the subject, the description and every timeline text, and the link to the contact person
 * (retention only); it never touches a column the statistics count ({@code ticket_fact}: channel, type, domain,
 * language, organisation, status, dates), so the monthly roll-up recounts the same figures. Set-based SQL in
 * batches, each in the caller's transaction; a ticket anonymised once ({@code anonymised_at}) is not chosen again.
 */
@Service
public class TicketPersonalData {

    /** What an anonymised text reads: the same in every language. */
    public static final String ANONYMISED = "—";

    private final JdbcClient jdbc;
    private final Clock clock;

    TicketPersonalData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A ticket by id and reference. */
    public record TicketRef(long id, String reference) {}

    /** How many tickets finished (answered or closed, the later of the two) before {@code cutoff} hold their texts. */
    @Transactional(readOnly = true)
    public long countFinishedBefore(Instant cutoff) {
        return jdbc.sql("""
                        select count(*) from ticket
                        where status in ('ANSWERED', 'CLOSED') and anonymised_at is null
                          and greatest(answered_at, closed_at) < :cutoff
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .query(Long.class)
                .single();
    }

    /** The first {@code limit} of those tickets, the longest finished first. */
    @Transactional(readOnly = true)
    public List<TicketRef> finishedBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                        select id, reference from ticket
                        where status in ('ANSWERED', 'CLOSED') and anonymised_at is null
                          and greatest(answered_at, closed_at) < :cutoff
                        order by greatest(answered_at, closed_at), id
                        limit :limit
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", limit)
                .query(TicketRef.class)
                .list();
    }

    /**
     * Anonymises the next batch of those tickets (the longest finished first) and returns them; an
     * empty list when none is left. Rows another run holds are skipped, not waited for.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<TicketRef> anonymiseFinishedBefore(Instant cutoff, int batchSize) {
        List<TicketRef> batch = jdbc.sql("""
                        select id, reference from ticket
                        where status in ('ANSWERED', 'CLOSED') and anonymised_at is null
                          and greatest(answered_at, closed_at) < :cutoff
                        order by greatest(answered_at, closed_at), id
                        limit :limit
                        for update skip locked
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", batchSize)
                .query(TicketRef.class)
                .list();
        anonymise(batch.stream().map(TicketRef::id).toList(), true);
        return batch;
    }

    /** The tickets of a contact person, newest first. */
    @Transactional(readOnly = true)
    public List<TicketRef> ticketsOfContact(long contactId) {
        return jdbc.sql(
                        "select id, reference from ticket where contact_id = :contact order by received_at desc, id desc")
                .param("contact", contactId)
                .query(TicketRef.class)
                .list();
    }

    /** How many tickets of the contact are still open (neither answered nor closed): still being worked on. */
    @Transactional(readOnly = true)
    public long openTicketsOfContact(long contactId) {
        return jdbc.sql(
                        "select count(*) from ticket where contact_id = :contact and status not in ('ANSWERED', 'CLOSED')")
                .param("contact", contactId)
                .query(Long.class)
                .single();
    }

    /**
     * Anonymises the texts of a contact's tickets, keeping the link to the (erased) contact: the service keeps its
     * record of what it did for whom, without what was said (docs/privacy.md, "Erasure").
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<TicketRef> anonymiseTicketsOfContact(long contactId) {
        List<TicketRef> tickets = jdbc.sql("select id, reference from ticket where contact_id = :contact for update")
                .param("contact", contactId)
                .query(TicketRef.class)
                .list();
        anonymise(tickets.stream().map(TicketRef::id).toList(), false);
        return tickets;
    }

    private void anonymise(Collection<Long> ids, boolean unlinkContact) {
        if (ids.isEmpty()) {
            return;
        }
        Long[] array = ids.toArray(Long[]::new);
        // The generated search vector follows the new texts; the statistics triggers mark the months of these
        // tickets for a recount, which finds the same figures (docs/privacy.md, "Why the roll-up stays exact").
        jdbc.sql("""
                        update ticket
                        set subject = :anonymised, description = :anonymised,
                            contact_id = case when :unlink then null else contact_id end,
                            anonymised_at = coalesce(anonymised_at, :now), version = version + 1
                        where id = any(:ids)
                        """)
                .param("anonymised", ANONYMISED)
                .param("unlink", unlinkContact)
                .param("now", Timestamp.from(clock.instant()))
                .param("ids", array)
                .update();
        jdbc.sql("""
                        update ticket_entry
                        set body = case when body is null then null else :anonymised end,
                            old_value = case when field in ('contact') then null else old_value end,
                            new_value = case when field in ('contact') then null else new_value end
                        where ticket_id = any(:ids)
                        """).param("anonymised", ANONYMISED).param("ids", array).update();
    }

    /** One ticket as the export of a person's data shows it. */
    public record TicketRecord(
            long id,
            String reference,
            String channel,
            String type,
            String status,
            String domainCode,
            String language,
            @Nullable Long organisationId,
            String subject,
            String description,
            Instant receivedAt,
            @Nullable Instant closedAt,
            @Nullable Instant anonymisedAt,
            List<EntryRecord> entries) {}

    /** One timeline entry of a ticket in an export. */
    public record EntryRecord(
            String kind, @Nullable String channel, @Nullable String body, String author, Instant createdAt) {}

    /** Everything the ticket module holds on those tickets, with their timelines; newest first. */
    @Transactional(readOnly = true)
    public List<TicketRecord> records(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = ticketIds.toArray(Long[]::new);
        Map<Long, List<EntryRecord>> entries = jdbc.sql("""
                        select ticket_id, kind, channel, body, author, created_at from ticket_entry
                        where ticket_id = any(:ids) and kind <> 'CHANGE'
                        order by ticket_id, created_at, id
                        """).param("ids", ids).query(EntryRow.class).stream()
                .collect(Collectors.groupingBy(
                        EntryRow::ticketId, Collectors.mapping(EntryRow::record, Collectors.toList())));
        return jdbc.sql("""
                        select id, reference, channel, type, status, domain_code, language, organisation_id, subject,
                               description, received_at, closed_at, anonymised_at
                        from ticket where id = any(:ids) order by received_at desc, id desc
                        """)
                .param("ids", ids)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new TicketRecord(
                            id,
                            rs.getString("reference"),
                            rs.getString("channel"),
                            rs.getString("type"),
                            rs.getString("status"),
                            rs.getString("domain_code"),
                            rs.getString("language"),
                            rs.getObject("organisation_id", Long.class),
                            rs.getString("subject"),
                            rs.getString("description"),
                            rs.getTimestamp("received_at").toInstant(),
                            instant(rs.getTimestamp("closed_at")),
                            instant(rs.getTimestamp("anonymised_at")),
                            entries.getOrDefault(id, List.of()));
                })
                .list();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record EntryRow(
            long ticketId,
            String kind,
            @Nullable String channel,
            @Nullable String body,
            String author,
            Instant createdAt) {

        EntryRecord record() {
            return new EntryRecord(kind, channel, body, author, createdAt);
        }
    }
}
