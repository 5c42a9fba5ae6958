package be.miis.frontdesk.mail;

/** Where intake leaves the acknowledgement of a new ticket from mail: the outbox, in intake's transaction. */
interface AcknowledgementSink {

    void acknowledge(Acknowledgement acknowledgement);
}
