package be.miis.frontdesk.organisation;

/** What a CSV file holds: organisations (upserted by NIS code) or contacts (upserted by e-mail address). */
public enum ImportKind {
    ORGANISATIONS,
    CONTACTS
}
