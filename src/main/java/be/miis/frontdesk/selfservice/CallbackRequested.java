package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;

/** A visitor asked to be called back and left an e-mail address: the mail module confirms the slot to it. */
public record CallbackRequested(
        long callbackId, String email, String name, ContentLanguage language, Instant slotStart, Instant slotEnd) {}
