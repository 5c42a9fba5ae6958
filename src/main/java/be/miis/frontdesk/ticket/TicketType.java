package be.miis.frontdesk.ticket;

public enum TicketType {
    QUESTION,
    COMPLAINT
}
