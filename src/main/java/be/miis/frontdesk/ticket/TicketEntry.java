package be.miis.frontdesk.ticket;

import be.miis.frontdesk.knowledge.ArticleCitation;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.ContentLanguageConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a ticket's timeline; written once, never changed. */
@Entity
@Table(name = "ticket_entry")
class TicketEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private @Nullable Ticket ticket;

    @Enumerated(EnumType.STRING)
    private EntryKind kind = EntryKind.NOTE;

    @Enumerated(EnumType.STRING)
    private @Nullable Channel channel;

    private @Nullable String body;
    private @Nullable String field;
    private @Nullable String oldValue;
    private @Nullable String newValue;
    private @Nullable Long faqArticleId;
    private @Nullable Long faqVersionId;
    private @Nullable Integer faqVersionNumber;

    @Convert(converter = ContentLanguageConverter.class)
    private @Nullable ContentLanguage faqLanguage;

    /** Assigned when the entry is written, so events can name it before the insert (V37). */
    private @Nullable UUID uid;

    private String author = "";
    private Instant createdAt = Instant.EPOCH;

    protected TicketEntry() {}

    private TicketEntry(Ticket ticket, EntryKind kind, String author, Instant at) {
        this.ticket = ticket;
        this.kind = kind;
        this.author = author;
        this.createdAt = at;
        this.uid = UUID.randomUUID();
    }

    static TicketEntry message(
            Ticket ticket, EntryKind kind, @Nullable Channel channel, String body, String author, Instant at) {
        TicketEntry entry = new TicketEntry(ticket, kind, author, at);
        entry.channel = channel;
        entry.body = body;
        return entry;
    }

    static TicketEntry answer(
            Ticket ticket,
            Channel channel,
            String body,
            @Nullable ArticleCitation citation,
            String author,
            Instant at) {
        TicketEntry entry = message(ticket, EntryKind.ANSWER, channel, body, author, at);
        if (citation != null) {
            entry.faqArticleId = citation.articleId();
            entry.faqVersionId = citation.versionId();
            entry.faqVersionNumber = citation.versionNumber();
            entry.faqLanguage = citation.language();
        }
        return entry;
    }

    static TicketEntry change(
            Ticket ticket,
            String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            String author,
            Instant at) {
        TicketEntry entry = new TicketEntry(ticket, EntryKind.CHANGE, author, at);
        entry.field = field;
        entry.oldValue = oldValue;
        entry.newValue = newValue;
        return entry;
    }

    @Nullable
    Long id() {
        return id;
    }

    /** The entry's own id, or null for an entry written before V37 (no event names those). */
    @Nullable
    UUID uidIfAny() {
        return uid;
    }

    /** The entry's own id; entries written before V37 have none, and no event names them. */
    UUID uid() {
        return Objects.requireNonNull(uid, "an entry written before entries had ids of their own");
    }

    EntryKind kind() {
        return kind;
    }

    @Nullable
    Channel channel() {
        return channel;
    }

    @Nullable
    String body() {
        return body;
    }

    @Nullable
    String field() {
        return field;
    }

    @Nullable
    String oldValue() {
        return oldValue;
    }

    @Nullable
    String newValue() {
        return newValue;
    }

    @Nullable
    ArticleCitation citation() {
        if (faqArticleId == null || faqVersionId == null || faqVersionNumber == null || faqLanguage == null) {
            return null;
        }
        return new ArticleCitation(faqArticleId, faqVersionId, faqVersionNumber, faqLanguage);
    }

    String author() {
        return author;
    }

    Instant createdAt() {
        return createdAt;
    }
}
