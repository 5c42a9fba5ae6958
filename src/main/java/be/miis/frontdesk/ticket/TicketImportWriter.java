package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the checked lines of a ticket import: each batch one set-based statement in its own transaction. A
 * reference that is already in the database is left as it is, so importing a file again adds nothing twice. What
 * goes in was decided by {@link TicketImportParser}; this class only writes it.
 */
@Component
class TicketImportWriter {

    private final JdbcClient jdbc;
    private final TicketReferences references;
    private final TransactionTemplate transactions;
    private final Map<ContentLanguage, String> defaultSubjects;

    TicketImportWriter(
            JdbcClient jdbc,
            TicketReferences references,
            PlatformTransactionManager transactionManager,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.references = references;
        this.transactions = new TransactionTemplate(transactionManager);
        this.defaultSubjects = defaultSubjects(messages);
    }

    /** Inserts one batch in one transaction; returns how many were new (the others' references existed). */
    int insert(List<TicketImportLine> lines, String actor, Instant now) {
        if (lines.isEmpty()) {
            return 0;
        }
        String[] references = references(lines);
        int n = lines.size();
        String[] channels = new String[n];
        String[] types = new String[n];
        String[] domainCodes = new String[n];
        String[] languages = new String[n];
        long[] organisationIds = new long[n];
        String[] subjectTexts = new String[n];
        String[] statuses = new String[n];
        boolean[] escalated = new boolean[n];
        String[] received = new String[n];
        String[] answered = new String[n];
        for (int i = 0; i < n; i++) {
            TicketImportLine line = lines.get(i);
            channels[i] = line.channel().name();
            types[i] = line.type().name();
            domainCodes[i] = line.domainCode();
            languages[i] = line.language().code();
            organisationIds[i] = line.organisationId() == null ? 0 : line.organisationId();
            subjectTexts[i] = line.subject() != null ? line.subject() : defaultSubjects.get(line.language());
            statuses[i] = line.status().name();
            escalated[i] = line.escalated();
            received[i] = line.receivedAt().toString();
            answered[i] = line.answeredAt() == null ? null : line.answeredAt().toString();
        }
        Integer inserted = transactions.execute(status -> jdbc.sql("""
                        with imported as (
                            insert into ticket (reference, channel, type, domain_code, language, organisation_id,
                                                subject, description, status, escalated, received_at, created_by,
                                                created_at, updated_at, answered_at, closed_at)
                            select u.reference, u.channel, u.type, u.domain_code, u.language,
                                   nullif(u.organisation_id, 0), u.subject, u.subject, u.status, u.escalated,
                                   u.received_at::timestamptz, :actor, :now, :now, u.answered_at::timestamptz,
                                   case when u.status = 'CLOSED'
                                        then coalesce(u.answered_at::timestamptz, u.received_at::timestamptz) end
                            from unnest(:references, :channels, :types, :domainCodes, :languages, :organisationIds,
                                        :subjects, :statuses, :escalated, :received, :answered)
                                as u (reference, channel, type, domain_code, language, organisation_id, subject,
                                      status, escalated, received_at, answered_at)
                            on conflict (reference) do nothing
                            returning id, channel, description, received_at
                        )
                        insert into ticket_entry (ticket_id, kind, channel, body, author, created_at)
                        select id, 'INCOMING', channel, description, :actor, received_at from imported
                        """)
                .param("references", references)
                .param("channels", channels)
                .param("types", types)
                .param("domainCodes", domainCodes)
                .param("languages", languages)
                .param("organisationIds", organisationIds)
                .param("subjects", subjectTexts)
                .param("statuses", statuses)
                .param("escalated", escalated)
                .param("received", received)
                .param("answered", answered)
                .param("actor", actor)
                .param("now", Timestamp.from(now))
                .update());
        return inserted == null ? 0 : inserted;
    }

    /**
     * The references of a batch: those of the file, and for the lines without one a block of numbers of their year
     * of receipt (Brussels time), reserved before the batch's transaction (see {@link TicketReferences#reserve}).
     */
    private String[] references(List<TicketImportLine> lines) {
        String[] found = new String[lines.size()];
        Map<Integer, List<Integer>> withoutByYear = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            TicketImportLine line = lines.get(i);
            if (line.reference() != null) {
                found[i] = line.reference();
            } else {
                withoutByYear
                        .computeIfAbsent(
                                line.receivedAt().atZone(BusinessTime.ZONE).getYear(), year -> new ArrayList<>())
                        .add(i);
            }
        }
        withoutByYear.forEach((year, indexes) -> {
            int number = references.reserve(year, indexes.size()) - indexes.size();
            for (int index : indexes) {
                found[index] = TicketReferences.format(year, ++number);
            }
        });
        return found;
    }

    /** A subject for lines without one, in the ticket's language: it is shown to agents like any other subject. */
    private static Map<ContentLanguage, String> defaultSubjects(MessageSource messages) {
        Map<ContentLanguage, String> subjects = new EnumMap<>(ContentLanguage.class);
        for (ContentLanguage language : ContentLanguage.values()) {
            subjects.put(
                    language,
                    messages.getMessage("ticket.import.defaultSubject", null, Locale.forLanguageTag(language.code())));
        }
        return subjects;
    }
}
