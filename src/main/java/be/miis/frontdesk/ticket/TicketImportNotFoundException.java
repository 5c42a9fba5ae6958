package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.NotFoundException;

class TicketImportNotFoundException extends NotFoundException {

    private TicketImportNotFoundException(String message) {
        super(message);
    }

    public static TicketImportNotFoundException forId(long id) {
        return new TicketImportNotFoundException("No ticket import " + id);
    }
}
