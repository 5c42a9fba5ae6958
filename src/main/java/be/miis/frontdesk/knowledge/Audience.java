package be.miis.frontdesk.knowledge;

/** Who may read an article: the contact centre only, or also the public (self-service portal). */
public enum Audience {
    INTERNAL,
    PUBLIC
}
