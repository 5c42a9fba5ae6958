package be.miis.frontdesk.ticket;

/**
 * Where a ticket import stands: RUNNING, DONE (the valid lines are in), REFUSED (bad lines and no skipping asked
 * for: nothing was imported) or FAILED (the file could not be read as a whole: nothing was imported).
 */
public enum TicketImportStatus {
    RUNNING,
    DONE,
    REFUSED,
    FAILED
}
