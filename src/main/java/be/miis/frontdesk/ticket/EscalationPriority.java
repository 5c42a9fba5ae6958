package be.miis.frontdesk.ticket;

/**
 * How urgently the backoffice should look at an escalated question. It orders nothing by itself: the queue is
 * worked by deadline, and the priority is shown beside it so an expert can pick an urgent ticket first.
 */
public enum EscalationPriority {
    NORMAL,
    HIGH,
    URGENT
}
