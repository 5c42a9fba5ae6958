package be.miis.frontdesk.mail;

/** A mail rendered from its templates: what the sender sends as it is. */
record RenderedMail(String subject, String text, String html) {}
