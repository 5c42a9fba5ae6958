package be.miis.frontdesk.ticket;

/**
 * Where a ticket import stands: RUNNING, DONE (the valid lines are in), REFUSED (bad lines and no skipping asked
 * for: nothing was imported), FAILED (the file could not be read as a whole: nothing was imported) or INTERRUPTED
 * (still marked running, but without progress for {@link be.miis.frontdesk.shared.ImportJobStore#STALLED}: the instance running it stopped;
 * the batches written until then stay).
 */
public enum TicketImportStatus {
    RUNNING,
    DONE,
    REFUSED,
    FAILED,
    INTERRUPTED
}
