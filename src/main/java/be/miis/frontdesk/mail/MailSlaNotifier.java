package be.miis.frontdesk.mail;

import be.miis.frontdesk.escalation.SlaNotifier;
import be.miis.frontdesk.escalation.SlaWarning;
import be.miis.frontdesk.shared.ContentLanguage;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The escalation module's SLA warnings by mail, through the outbox like every other mail, in the recipient's
 * interface language. Being a component, it takes the place of the escalation module's logging notifier. The sweep
 * calls it after its commit, outside a transaction: the outbox row commits on its own, once per warning (the dedup
 * key names kind, ticket, person and deadline). A user without an e-mail address gets a FAILED row, "no address":
 * the warning is in the app anyway, the missing mail shows in the outbox.
 */
@Component
class MailSlaNotifier implements SlaNotifier {

    private final MailOutbox outbox;
    private final MailTemplates templates;

    MailSlaNotifier(MailOutbox outbox, MailTemplates templates) {
        this.outbox = outbox;
        this.templates = templates;
    }

    @Override
    public void notify(SlaWarning warning) {
        ContentLanguage language =
                ContentLanguage.fromCode(warning.language().code()).orElse(ContentLanguage.NL);
        String kind = warning.kind().name();
        RenderedMail content = templates.render(
                OutboxKind.SLA_NOTICE,
                language,
                warning.ticketReference(),
                templates.message("mail.notice." + kind, language),
                Map.of(
                        "name", warning.displayName(),
                        "bodyKey", "mail.notice." + kind + ".body",
                        "deadline", MailTemplates.dateTime(warning.deadline(), language)));
        outbox.write(new OutboxMail(
                OutboxKind.SLA_NOTICE,
                "sla:%s:%s:%s:%d"
                        .formatted(
                                kind,
                                warning.ticketReference(),
                                warning.recipient(),
                                warning.deadline().getEpochSecond()),
                null,
                warning.ticketReference(),
                warning.email(),
                language,
                content,
                null,
                List.of()));
    }
}
