package be.miis.frontdesk.mail;

/** Where a quarantined mail stands: held, taken again by a retry, turned into a ticket by hand, or put aside. */
public enum QuarantineStatus {
    HELD,
    RETRIED,
    TICKETED,
    DISCARDED
}
