package be.miis.frontdesk.quality;

import be.miis.frontdesk.ticket.TicketMarkedAsComplaint;
import be.miis.frontdesk.ticket.TicketOpened;
import be.miis.frontdesk.ticket.TicketType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens the complaint case of every COMPLAINT ticket, whatever its channel, after the ticket's commit and in a
 * transaction of its own. Events come at least once: a second delivery finds the case there and adds nothing.
 */
@Component
class ComplaintIntake {

    private final ComplaintRepository complaints;
    private final ComplaintCalendar calendar;

    ComplaintIntake(ComplaintRepository complaints, ComplaintCalendar calendar) {
        this.complaints = complaints;
        this.calendar = calendar;
    }

    @ApplicationModuleListener
    void on(TicketOpened event) {
        open(event);
    }

    /** A question the agent read as a complaint: its procedure runs from the ticket's receipt, as a complaint's. */
    @ApplicationModuleListener
    void on(TicketMarkedAsComplaint event) {
        open(new TicketOpened(
                event.ticketId(),
                event.reference(),
                event.customer(),
                TicketType.COMPLAINT,
                event.domainCode(),
                event.receivedAt(),
                event.markedBy(),
                event.markedAt()));
    }

    /** The listener's work, also callable without its asynchrony. */
    void open(TicketOpened event) {
        if (event.type() != TicketType.COMPLAINT || complaints.existsByTicketId(event.ticketId())) {
            return;
        }
        complaints.save(new Complaint(
                event.ticketId(),
                event.reference(),
                event.customer(),
                event.domainCode(),
                event.receivedAt(),
                calendar.deadlinesFrom(event.receivedAt())));
    }
}
