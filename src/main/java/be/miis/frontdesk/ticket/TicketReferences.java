package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.BusinessTime;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out references CMI-&lt;year&gt;-&lt;6 digits&gt;, numbered per year of receipt (Brussels time). The only
 * class that writes the counter table: tickets logged one by one take one number, an import reserves a block, and
 * an import of references of this scheme moves the counter past them.
 */
@Component
class TicketReferences {

    private final JdbcClient jdbc;

    TicketReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(Instant receivedAt) {
        int year = receivedAt.atZone(BusinessTime.ZONE).getYear();
        return format(year, reserve(year, 1));
    }

    /**
     * Reserves {@code count} numbers of a year in one statement and returns the last of them: the block is
     * {@code last - count + 1} to {@code last}. Outside a transaction it commits at once, so agents logging tickets
     * meanwhile never wait for an import's batch.
     */
    int reserve(int year, int count) {
        return jdbc.sql("""
                        insert into ticket_reference_counter (year, last_number) values (:year, :count)
                        on conflict (year) do update
                        set last_number = ticket_reference_counter.last_number + excluded.last_number
                        returning last_number
                        """)
                .param("year", year)
                .param("count", count)
                .query(Integer.class)
                .single();
    }

    /** A reference of this scheme taken over from elsewhere (CMI-2024-000123) is never handed out again. */
    void raiseTo(int year, int number) {
        jdbc.sql("""
                        insert into ticket_reference_counter (year, last_number) values (:year, :number)
                        on conflict (year) do update
                        set last_number = greatest(ticket_reference_counter.last_number, excluded.last_number)
                        """).param("year", year).param("number", number).update();
    }

    static String format(int year, int number) {
        return "CMI-%d-%06d".formatted(year, number);
    }
}
