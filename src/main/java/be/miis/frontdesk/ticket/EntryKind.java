package be.miis.frontdesk.ticket;

/** What a line of a ticket's timeline is. */
public enum EntryKind {
    /** A message of the customer: the question itself, or a later reply. */
    INCOMING,
    /** An answer sent or given to the customer. */
    ANSWER,
    /** An internal note, never shown to the customer. */
    NOTE,
    /** What the customer was asked for when the ticket was put to wait for them. */
    REQUEST,
    /** A change of status or of a field, with the old and new value. */
    CHANGE
}
