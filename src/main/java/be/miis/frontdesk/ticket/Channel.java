package be.miis.frontdesk.ticket;

/** How a question reached the contact centre, or how an answer left it. */
public enum Channel {
    PHONE,
    EMAIL,
    WEB,
    LETTER,
    OTHER
}
