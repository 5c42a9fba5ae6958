package be.miis.frontdesk.organisation;

public enum ImportStatus {
    RUNNING,
    DONE,
    FAILED
}
