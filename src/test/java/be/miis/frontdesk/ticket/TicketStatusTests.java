package be.miis.frontdesk.ticket;

import static be.miis.frontdesk.ticket.TicketStatus.ANSWERED;
import static be.miis.frontdesk.ticket.TicketStatus.CLOSED;
import static be.miis.frontdesk.ticket.TicketStatus.ESCALATED;
import static be.miis.frontdesk.ticket.TicketStatus.IN_PROGRESS;
import static be.miis.frontdesk.ticket.TicketStatus.NEW;
import static be.miis.frontdesk.ticket.TicketStatus.WAITING_FOR_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every pair of statuses, allowed or refused, against the lifecycle of docs/domain.md. */
class TicketStatusTests {

    private static final Map<TicketStatus, Set<TicketStatus>> ALLOWED = Map.of(
            NEW, EnumSet.of(ANSWERED, ESCALATED, WAITING_FOR_CUSTOMER),
            // Back to NEW: the backoffice hands the question back to the frontdesk.
            ESCALATED, EnumSet.of(IN_PROGRESS, NEW),
            IN_PROGRESS, EnumSet.of(WAITING_FOR_CUSTOMER, ANSWERED, NEW),
            WAITING_FOR_CUSTOMER, EnumSet.of(NEW, IN_PROGRESS),
            ANSWERED, EnumSet.of(CLOSED, NEW, IN_PROGRESS),
            CLOSED, EnumSet.of(NEW, IN_PROGRESS));

    @Test
    void allowsExactlyTheTransitionsOfTheLifecycle() {
        for (TicketStatus from : TicketStatus.values()) {
            for (TicketStatus to : TicketStatus.values()) {
                assertThat(from.canTransitionTo(to))
                        .as("%s -> %s", from, to)
                        .isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void noStatusTransitionsToItself() {
        for (TicketStatus status : TicketStatus.values()) {
            assertThat(status.canTransitionTo(status)).as(status.name()).isFalse();
        }
    }

    @Test
    void openStatusesAreThoseThatStillOweAnAnswer() {
        assertThat(EnumSet.allOf(TicketStatus.class).stream().filter(TicketStatus::isOpen))
                .containsExactlyInAnyOrder(NEW, ESCALATED, IN_PROGRESS, WAITING_FOR_CUSTOMER);
    }
}
