package be.miis.frontdesk.mail;

import be.miis.frontdesk.selfservice.CallbackNotReached;
import be.miis.frontdesk.selfservice.CallbackRequested;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The call-back's mails to a visitor who left an address (docs/portal.md, "Call me back"): the confirmation of the
 * slot, and, after the last attempt, that we could not reach them and how to reach us. Written to the outbox after
 * the call-back's commit, once per call-back (the dedup keys), in the language the visitor chose for the call.
 */
@Component
class CallbackMails {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final String portalUrl;

    CallbackMails(
            MailOutbox outbox,
            MailTemplates templates,
            @Value("${frontdesk.portal.url:http://localhost:8080/portal}") String portalUrl) {
        this.outbox = outbox;
        this.templates = templates;
        this.portalUrl = portalUrl.replaceAll("/+$", "");
    }

    @ApplicationModuleListener
    void on(CallbackRequested event) {
        confirm(event);
    }

    @ApplicationModuleListener
    void on(CallbackNotReached event) {
        notReached(event);
    }

    /** The listener's work, also callable without its asynchrony. */
    void confirm(CallbackRequested event) {
        ContentLanguage language = event.language();
        Locale locale = Locale.forLanguageTag(language.code());
        ZonedDateTime start = event.slotStart().atZone(BusinessTime.ZONE);
        String pattern = language == ContentLanguage.DE ? "EEEE, d. MMMM yyyy" : "EEEE d MMMM yyyy";
        write(
                OutboxKind.CALLBACK,
                "callback:" + event.callbackId(),
                event.email(),
                language,
                Map.of(
                        "day", DateTimeFormatter.ofPattern(pattern, locale).format(start),
                        "from", TIME.format(start),
                        "to", TIME.format(event.slotEnd().atZone(BusinessTime.ZONE))));
    }

    void notReached(CallbackNotReached event) {
        write(
                OutboxKind.CALLBACK_MISSED,
                "callback-missed:" + event.callbackId(),
                event.email(),
                event.language(),
                Map.of("portalUrl", portalUrl + "/" + event.language().code() + "/callback"));
    }

    private void write(
            OutboxKind kind, String dedupKey, String email, ContentLanguage language, Map<String, Object> variables) {
        outbox.write(new OutboxMail(
                kind,
                dedupKey,
                null,
                null,
                email,
                language,
                templates.render(kind, language, "", "", variables),
                null,
                List.of()));
    }
}
