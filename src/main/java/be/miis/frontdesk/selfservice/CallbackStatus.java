package be.miis.frontdesk.selfservice;

/** Where a call-back stands: to be made, or done (the caller reached, or given up after the last attempt). */
public enum CallbackStatus {
    DUE,
    REACHED,
    NOT_REACHED
}
