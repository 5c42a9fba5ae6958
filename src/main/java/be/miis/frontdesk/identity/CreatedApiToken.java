package be.miis.frontdesk.identity;

/** The only moment the secret exists outside its holder's hands: shown once, stored as a hash. */
public record CreatedApiToken(ApiTokenView token, String secret) {}
