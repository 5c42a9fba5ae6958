package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.BusinessTime;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hands out references CMI-&lt;year&gt;-&lt;6 digits&gt;, numbered per year of receipt (Brussels time). */
@Component
class TicketReferences {

    private final JdbcClient jdbc;

    TicketReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(Instant receivedAt) {
        int year = receivedAt.atZone(BusinessTime.ZONE).getYear();
        Integer number = jdbc.sql("""
                        insert into ticket_reference_counter (year, last_number) values (:year, 1)
                        on conflict (year) do update set last_number = ticket_reference_counter.last_number + 1
                        returning last_number
                        """).param("year", year).query(Integer.class).single();
        return format(year, number);
    }

    static String format(int year, int number) {
        return "CMI-%d-%06d".formatted(year, number);
    }
}
