package be.miis.frontdesk.mail;

import be.miis.frontdesk.ticket.EntryAttachments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.PathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps what a received mail carries beside its text, by the timeline entry the mail made (docs/mail.md,
 * "Attachments"), and serves it to the ticket page through the ticket module's port.
 *
 * <p>Kept attachments go to the database ({@code mail_attachment.content}) or, with {@code
 * frontdesk.mail.attachments.folder}, to a file each under a generated name ({@code ab/abcd…}, never the sender's
 * name). A file is written and forced to disk inside intake's transaction, before the row that names it is
 * committed; when the transaction rolls back, the files it wrote are deleted. A process that dies between the write
 * and the commit can leave a file no row names: harmless (no one can reach it), and found by comparing the folder
 * with {@code mail_attachment.path}.
 */
@Component
class AttachmentStore implements EntryAttachments {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);

    private final JdbcClient jdbc;
    private final AttachmentProperties properties;
    private final AttachmentRules rules;

    AttachmentStore(JdbcClient jdbc, AttachmentProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.rules = new AttachmentRules(properties);
    }

    /** The mail's attachments and HTML, judged by the allow-list and the caps. */
    MailParts read(InboundMail mail) {
        return MailParts.read(mail.message(), rules);
    }

    /**
     * Why a file given on the portal's question form would not be kept, by the same rules as a mail's attachment
     * (type, program, size); empty when it would.
     */
    Optional<NotKept> refusal(String name, @Nullable String type, byte[] content) {
        String safe = AttachmentRules.safeName(name, "attachment");
        Optional<NotKept> refused = rules.refusal(safe, type == null ? "" : type, content);
        if (refused.isEmpty() && content.length > rules.maxSize()) {
            return Optional.of(NotKept.SIZE);
        }
        return refused;
    }

    /**
     * Keeps a file given with a question on the portal beside the ticket's question, as a mail's attachment is, so
     * that the ticket page lists it and agents download it the same way; {@code key} names its origin where a
     * mail's Message-ID would be.
     */
    void keepFile(
            long ticketId, UUID entry, String key, String name, @Nullable String type, byte[] content, Instant now) {
        String safe = AttachmentRules.safeName(name, "attachment");
        keep(
                ticketId,
                entry,
                key,
                MailParts.of(new MailParts.Found(
                        safe, AttachmentRules.typeOf(type, safe), null, content.length, content, null)),
                now);
    }

    /**
     * Keeps the parts of a mail beside the entry it made, in the caller's transaction. Nothing is written for a mail
     * without attachments or HTML.
     */
    void keep(long ticketId, UUID entry, String messageKey, MailParts parts, Instant now) {
        if (parts.isEmpty()) {
            return;
        }
        long mailId = jdbc.sql("""
                        insert into mail_entry (entry_uid, ticket_id, message_key, html, created_at)
                        values (:entry, :ticket, :key, :html, :at) returning id
                        """)
                .param("entry", entry)
                .param("ticket", ticketId)
                .param("key", messageKey)
                .param("html", parts.html())
                .param("at", now.atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .single();
        int position = 0;
        for (MailParts.Found found : parts.attachments()) {
            String path = null;
            byte[] content = found.content();
            if (content != null && properties.folder() != null) {
                path = write(properties.folder(), content);
                content = null;
            }
            jdbc.sql("""
                            insert into mail_attachment (mail_entry_id, ticket_id, position, file_name, content_type,
                                                         content_id, size, content, path, not_kept)
                            values (:mail, :ticket, :position, :name, :type, :cid, :size, :content, :path, :notKept)
                            """)
                    .param("mail", mailId)
                    .param("ticket", ticketId)
                    .param("position", position++)
                    .param("name", found.name())
                    .param("type", found.type())
                    .param(
                            "cid",
                            found.contentId() == null || found.contentId().length() > 998 ? null : found.contentId())
                    .param("size", found.size())
                    .param("content", content)
                    .param("path", path)
                    .param(
                            "notKept",
                            found.notKept() == null ? null : found.notKept().name())
                    .update();
        }
    }

    /**
     * Writes one attachment under a new name and forces it to disk; the file is deleted again if the transaction
     * does not commit. Returns its path relative to the folder.
     */
    private static String write(Path folder, byte[] content) {
        String name = UUID.randomUUID().toString();
        String relative = name.substring(0, 2) + "/" + name;
        Path file = folder.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel =
                    FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        } catch (IOException failed) {
            deleteQuietly(file);
            throw new UncheckedIOException("attachment not written to " + folder, failed);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(file);
                    }
                }
            });
        }
        return relative;
    }

    /**
     * Removes the attachments of those tickets (retention, erasure: docs/privacy.md); their files go once the
     * transaction has committed, so a rollback leaves every row still naming a file. Returns how many were removed.
     */
    int forgetOfTickets(Long[] ticketIds) {
        List<String> paths = jdbc.sql("delete from mail_attachment where ticket_id = any(:ids) returning path")
                .param("ids", ticketIds)
                .query((rs, n) -> rs.getString("path"))
                .list();
        Path folder = properties.folder();
        List<Path> files = folder == null
                ? List.of()
                : paths.stream()
                        .filter(java.util.Objects::nonNull)
                        .map(path -> folder.resolve(path).normalize())
                        .toList();
        if (!files.isEmpty() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        files.forEach(AttachmentStore::deleteQuietly);
                    }
                }
            });
        }
        return paths.size();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException failed) {
            log.warn("Attachment file {} could not be deleted", file, failed);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, EntryMail> of(long ticketId, Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        record Mail(long id, boolean formatted, List<Attachment> attachments) {}
        Map<UUID, Mail> mails = new LinkedHashMap<>();
        jdbc.sql("""
                        select e.entry_uid, e.id as mail_id, e.html is not null as formatted,
                               a.id, a.file_name, a.size, a.content_type, a.not_kept
                        from mail_entry e left join mail_attachment a on a.mail_entry_id = e.id
                        where e.ticket_id = :ticket and e.entry_uid in (:entries)
                        order by e.id, a.position
                        """)
                .param("ticket", ticketId)
                .param("entries", entryIds)
                .query((rs, n) -> {
                    UUID uid = rs.getObject("entry_uid", UUID.class);
                    Mail mail = mails.get(uid);
                    if (mail == null) {
                        mail = new Mail(rs.getLong("mail_id"), rs.getBoolean("formatted"), new ArrayList<>());
                        mails.put(uid, mail);
                    }
                    long id = rs.getLong("id");
                    if (!rs.wasNull()) {
                        String notKept = rs.getString("not_kept");
                        mail.attachments()
                                .add(new Attachment(
                                        id,
                                        rs.getString("file_name"),
                                        rs.getLong("size"),
                                        rs.getString("content_type"),
                                        notKept == null ? null : NotKept.valueOf(notKept)));
                    }
                    return uid;
                })
                .list();
        Map<UUID, EntryMail> result = new HashMap<>();
        mails.forEach((uid, mail) -> result.put(uid, new EntryMail(mail.id(), mail.formatted(), mail.attachments())));
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Download> download(long ticketId, long attachmentId) {
        record Stored(
                String name,
                String type,
                long size,
                byte @Nullable [] content,
                @Nullable String path) {}
        return jdbc.sql("""
                        select file_name, content_type, size, content, path from mail_attachment
                        where id = :id and ticket_id = :ticket and not_kept is null
                        """)
                .param("id", attachmentId)
                .param("ticket", ticketId)
                .query((rs, n) -> new Stored(
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getLong("size"),
                        rs.getBytes("content"),
                        rs.getString("path")))
                .optional()
                .flatMap(stored -> content(stored.content(), stored.path())
                        .map(content -> new Download(
                                stored.name(), rules.downloadType(stored.type()), stored.size(), content)));
    }

    private Optional<Resource> content(byte @Nullable [] bytes, @Nullable String path) {
        if (bytes != null) {
            return Optional.of(new ByteArrayResource(bytes));
        }
        Path folder = properties.folder();
        if (path == null || folder == null) {
            log.error("Attachment file {} kept in a folder, but no folder is configured", path);
            return Optional.empty();
        }
        Path file = folder.resolve(path).normalize();
        if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file)) {
            log.error("Attachment file {} is missing from {}", path, folder);
            return Optional.empty();
        }
        return Optional.of(new PathResource(file));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> formatted(long ticketId, long mailId, LongFunction<String> attachmentHref) {
        Optional<String> html = jdbc.sql(
                        "select html from mail_entry where id = :id and ticket_id = :ticket and html is not null")
                .param("id", mailId)
                .param("ticket", ticketId)
                .query((rs, n) -> rs.getString("html"))
                .optional();
        if (html.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> images = new HashMap<>();
        jdbc.sql("""
                        select id, content_id, content_type from mail_attachment
                        where mail_entry_id = :mail and not_kept is null and content_id is not null
                        """)
                .param("mail", mailId)
                .query((rs, n) -> {
                    if (rules.downloadType(rs.getString("content_type")).startsWith("image/")) {
                        images.putIfAbsent(rs.getString("content_id"), rs.getLong("id"));
                    }
                    return rs.getLong("id");
                })
                .list();
        return Optional.of(MailHtml.shown(html.get(), images, attachmentHref));
    }
}
