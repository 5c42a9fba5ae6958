package be.miis.frontdesk.organisation;

/**
 * Where an organisation or contact import stands: RUNNING, DONE, FAILED (the file could not be read as a whole, or
 * the run broke off) or INTERRUPTED (still marked running, but without progress for {@link
 * be.miis.frontdesk.shared.ImportJobStore#STALLED}: the instance running it stopped; the batches written until then
 * stay).
 */
public enum ImportStatus {
    RUNNING,
    DONE,
    FAILED,
    INTERRUPTED
}
