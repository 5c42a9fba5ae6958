package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.selfservice.ArticleViews.FollowUp;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.SecretTokens;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.EntryKind;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketStatus;
import be.miis.frontdesk.ticket.TicketType;
import be.miis.frontdesk.ticket.TicketView;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A question asked on the portal (docs/portal.md, "Asking a question"): in one transaction a WEB ticket that the
 * agents find in their inbox like any new one, a note on its timeline with who asked (name and address: the asker
 * is not made a contact, an address typed into a public form proves nothing), the organisation typed in when it was
 * not in the list and the article the visitor came from; the private status link; the attachment and the
 * confirmation mail through the mail module. Either all of it happens or nothing.
 *
 * <p>The status link's token is 256 random bits, shown once (confirmation page and mail) and stored only as its
 * SHA-256: whoever reads the table cannot open a status page with it.
 */
@Service
public class PortalQuestions {

    /** The author of what the portal writes on a ticket. */
    public static final String ACTOR = "portal";

    public static final int MAX_QUESTION = 5000;
    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;

    private final TicketService tickets;
    private final ArticleViews views;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final QuestionProperties properties;
    private final ObjectProvider<QuestionMail> mail;
    private final String portalUrl;

    PortalQuestions(
            TicketService tickets,
            ArticleViews views,
            JdbcClient jdbc,
            Clock clock,
            QuestionProperties properties,
            ObjectProvider<QuestionMail> mail,
            @Value("${frontdesk.portal.url:http://localhost:8080/portal}") String portalUrl) {
        this.tickets = tickets;
        this.views = views;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.mail = mail;
        this.portalUrl = portalUrl.replaceAll("/+$", "");
    }

    /** Why this file cannot go with a question, or empty when it can. */
    public Optional<QuestionMail.Refusal> refusal(QuestionMail.Upload upload) {
        if (upload.content().length > properties.attachmentMaxSize().toBytes()) {
            return Optional.of(QuestionMail.Refusal.SIZE);
        }
        QuestionMail port = mail.getIfAvailable();
        // Without the mail module nothing could keep the file: refused rather than silently dropped.
        return port == null ? Optional.of(QuestionMail.Refusal.TYPE) : port.refusal(upload);
    }

    /**
     * Opens the WEB ticket of a question checked by the form, with everything around it. Returns its reference, the
     * status link's token (never again available) and the promised date.
     */
    @Transactional
    public Asked ask(Question question) {
        Instant now = clock.instant();
        String reference = tickets.open(
                new OpenTicket(
                        Channel.WEB,
                        question.type(),
                        question.domainCode(),
                        question.language(),
                        question.organisationId(),
                        null,
                        "",
                        question.text(),
                        now,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                ACTOR);
        long ticketId = tickets.findId(reference).orElseThrow();
        tickets.addNote(reference, note(question), ACTOR);
        String token = SecretTokens.newToken();
        jdbc.sql("""
                        insert into portal_question (ticket_id, ticket_reference, asker_name, asker_email,
                            organisation_name, organisation_postcode, article_id, token_hash, expires_at, created_at)
                        values (:ticket, :reference, :name, :email, :orgName, :postcode, :article, :hash, :expires, :now)
                        """)
                .param("ticket", ticketId)
                .param("reference", reference)
                .param("name", question.name())
                .param("email", question.email())
                .param("orgName", question.organisationName())
                .param("postcode", question.organisationPostcode())
                .param("article", question.articleId())
                .param("hash", SecretTokens.hash(token))
                .param("expires", Timestamp.from(now.plus(Duration.ofDays(properties.statusLinkDays()))))
                .param("now", Timestamp.from(now))
                .update();
        if (question.articleId() != null) {
            views.followedUp(question.articleId(), FollowUp.QUESTION);
        }
        QuestionMail port = mail.getIfAvailable();
        Instant due = null;
        if (port != null) {
            if (question.attachment() != null) {
                port.keep(ticketId, tickets.questionEntry(reference), reference, question.attachment());
            }
            due = port.answerDue(now);
            port.confirm(new QuestionMail.Confirmation(
                    ticketId,
                    reference,
                    question.email(),
                    question.language(),
                    question.text(),
                    now,
                    statusUrl(question.language(), token),
                    question.type() == TicketType.COMPLAINT));
        }
        return new Asked(reference, token, due);
    }

    /**
     * What the status link shows, while it works: the reference, the stage in plain words and the answers given,
     * nothing else of the ticket. Opening it is audited as opening a ticket is (actor {@value #ACTOR}, with the
     * visitor's address). Empty for an unknown token and for an expired one alike.
     */
    @Transactional
    public Optional<QuestionStatus> status(String token) {
        record Row(long ticketId, String reference, Instant expiresAt) {}
        Optional<Row> row = jdbc.sql(
                        "select ticket_id, ticket_reference, expires_at from portal_question where token_hash = :hash")
                .param("hash", SecretTokens.hash(token))
                .query((rs, n) -> new Row(
                        rs.getLong("ticket_id"),
                        rs.getString("ticket_reference"),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
        Instant now = clock.instant();
        if (row.isEmpty() || !now.isBefore(row.get().expiresAt())) {
            return Optional.empty();
        }
        TicketView ticket = tickets.get(row.get().reference(), ACTOR);
        List<Answer> answers = new ArrayList<>();
        ticket.entries().stream()
                .filter(entry -> entry.kind() == EntryKind.ANSWER && entry.body() != null)
                .forEach(entry -> answers.add(new Answer(entry.body(), entry.createdAt())));
        QuestionMail port = mail.getIfAvailable();
        return Optional.of(new QuestionStatus(
                ticket.reference(),
                Stage.of(ticket.status()),
                ticket.receivedAt(),
                port == null ? null : port.answerDue(ticket.receivedAt()),
                row.get().expiresAt(),
                answers,
                ticket.type() == TicketType.COMPLAINT));
    }

    /** The address of whoever asked this ticket's question on the portal; empty for any other ticket. */
    @Transactional(readOnly = true)
    public Optional<String> askerAddress(long ticketId) {
        return jdbc.sql("select asker_email from portal_question where ticket_id = :ticket")
                .param("ticket", ticketId)
                .query(String.class)
                .optional();
    }

    /** The status page's address in a language, with the token. */
    public String statusUrl(ContentLanguage language, String token) {
        return portalUrl + "/" + language.code() + "/status/" + token;
    }

    /** Header lines for the agent, in the way mail intake notes an unknown sender ("From: …"). */
    private static String note(Question question) {
        StringBuilder note = new StringBuilder("From: ")
                .append(question.name())
                .append(" <")
                .append(question.email())
                .append(">\nChannel: portal question form");
        if (question.organisationName() != null) {
            note.append("\nOrganisation (not in the list): ")
                    .append(question.organisationName())
                    .append(", ")
                    .append(question.organisationPostcode());
        }
        if (question.articleId() != null) {
            note.append("\nAsked after reading FAQ article ").append(question.articleId());
            if (question.articleTitle() != null) {
                note.append(": ").append(question.articleTitle());
            }
        }
        return note.toString();
    }

    /**
     * A question as the form checked it: an organisation from the list, or the name and postcode of one that is not
     * in it; the article the visitor came from (a public one) with its title for the agent.
     */
    public record Question(
            @Nullable Long organisationId,
            @Nullable String organisationName,
            @Nullable String organisationPostcode,
            String name,
            String email,
            String domainCode,
            ContentLanguage language,
            TicketType type,
            String text,
            @Nullable Long articleId,
            @Nullable String articleTitle,
            QuestionMail.@Nullable Upload attachment) {}

    /** A question accepted: its reference, the status link's token and the promised date (null without calendar). */
    public record Asked(
            String reference, String token, @Nullable Instant due) {}

    /** What the status page shows. */
    public record QuestionStatus(
            String reference,
            Stage stage,
            Instant receivedAt,
            @Nullable Instant due,
            Instant linkExpiresAt,
            List<Answer> answers,
            boolean complaint) {

        public QuestionStatus {
            answers = List.copyOf(answers);
        }
    }

    /** An answer as the asker reads it: its text and when it was given, not who gave it. */
    public record Answer(String text, Instant givenAt) {}

    /** Where a question stands, in the asker's words. */
    public enum Stage {
        RECEIVED,
        IN_HAND,
        ANSWERED,
        CLOSED;

        static Stage of(TicketStatus status) {
            return switch (status) {
                case NEW -> RECEIVED;
                case ESCALATED, IN_PROGRESS, WAITING_FOR_CUSTOMER -> IN_HAND;
                case ANSWERED -> ANSWERED;
                case CLOSED -> CLOSED;
            };
        }
    }
}
