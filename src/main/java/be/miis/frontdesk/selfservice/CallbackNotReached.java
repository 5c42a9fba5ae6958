package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.shared.ContentLanguage;

/**
 * The frontdesk tried the last time and could not reach a visitor who left an e-mail address: the mail module
 * tells them so and how to contact the centre.
 */
public record CallbackNotReached(long callbackId, String email, String name, ContentLanguage language) {}
