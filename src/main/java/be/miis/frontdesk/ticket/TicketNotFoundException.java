package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.NotFoundException;

public class TicketNotFoundException extends NotFoundException {

    private TicketNotFoundException(String message) {
        super(message);
    }

    public static TicketNotFoundException forReference(String reference) {
        return new TicketNotFoundException("No ticket " + reference);
    }
}
