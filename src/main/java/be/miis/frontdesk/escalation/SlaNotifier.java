package be.miis.frontdesk.escalation;

/**
 * The port through which SLA warnings leave the application (by mail). The mail module implements it; until it
 * does, {@link LoggingSlaNotifier} writes the warnings to the log. Called after the warning was recorded and
 * committed, once per recipient: an implementation that fails loses that mail, never sends it twice.
 */
public interface SlaNotifier {

    void notify(SlaWarning warning);
}
