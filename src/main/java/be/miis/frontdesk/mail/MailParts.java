package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.PlainText;
import be.miis.frontdesk.ticket.EntryAttachments.NotKept;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.rtf.RTFEditorKit;
import org.apache.poi.hmef.Attachment;
import org.apache.poi.hmef.HMEFMessage;
import org.apache.poi.hmef.attribute.MAPIAttribute;
import org.apache.poi.hmef.attribute.MAPIStringAttribute;
import org.apache.poi.hsmf.datatypes.MAPIProperty;
import org.jspecify.annotations.Nullable;

/**
 * What a received mail carries beside its text (docs/mail.md, "Attachments"): its attachments, inline images and
 * forwarded mails included, each kept or refused by the {@link AttachmentRules}; the contents of a winmail.dat
 * (TNEF, Outlook's own packaging) unpacked with Apache POI's HMEF into ordinary attachments and a text; and the HTML
 * part, sanitised ({@link MailHtml}).
 */
final class MailParts {

    private static final String WINMAIL = "winmail.dat";

    private final List<Found> attachments;
    private final @Nullable String html;
    private final String text;

    private MailParts(List<Found> attachments, @Nullable String html, String text) {
        this.attachments = List.copyOf(attachments);
        this.html = html;
        this.text = text;
    }

    /** A single file given outside a mail (the portal's question form), already judged. */
    static MailParts of(Found attachment) {
        return new MailParts(List.of(attachment), null, "");
    }

    /** One attachment: its content when kept, else why not. */
    record Found(
            String name,
            String type,
            @Nullable String contentId,
            long size,
            byte @Nullable [] content,
            @Nullable NotKept notKept) {}

    List<Found> attachments() {
        return attachments;
    }

    /** The sanitised HTML of the mail's first HTML part that is not an attachment, or null. */
    @Nullable
    String html() {
        return html;
    }

    /** The text a winmail.dat held (its plain body, else its RTF body as text); empty without one. */
    String text() {
        return text;
    }

    boolean isEmpty() {
        return attachments.isEmpty() && html == null;
    }

    /**
     * Reads the parts of a mail.
     *
     * @throws InboundMail.UnreadableMailException when the MIME structure is broken (as reading its text would)
     */
    static MailParts read(Part message, AttachmentRules rules) {
        Reader reader = new Reader(rules);
        try {
            reader.walk(message);
        } catch (MessagingException | IOException broken) {
            throw new InboundMail.UnreadableMailException("unreadable MIME structure: " + broken.getMessage(), broken);
        }
        return new MailParts(reader.found, reader.html, reader.text);
    }

    private static final class Reader {

        private final AttachmentRules rules;
        private final List<Found> found = new ArrayList<>();
        private @Nullable String html;
        private String text = "";
        private long kept;

        Reader(AttachmentRules rules) {
            this.rules = rules;
        }

        void walk(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Object content = part.getContent();
                if (!(content instanceof Multipart multipart)) {
                    throw new MessagingException("a multipart without parts");
                }
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child);
                }
                return;
            }
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition(part));
            if (part.isMimeType("text/plain") && !attached) {
                // The mail's text (InboundMail.text), or a piece of it between inline images.
                return;
            }
            if (part.isMimeType("text/html") && !attached) {
                if (html == null) {
                    html = MailHtml.sanitised(InboundMail.decode(part));
                }
                return;
            }
            String name = fileName(part);
            if (isTnef(part, name)) {
                unpack(part, name);
                return;
            }
            String type = AttachmentRules.typeOf(contentType(part), name);
            byte[] content;
            long size;
            try (InputStream in = part.getInputStream()) {
                content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, rules.maxSize() + 1));
                size = content.length + in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException | MessagingException unreadable) {
                found.add(new Found(name, type, contentId(part), 0, null, NotKept.UNREADABLE));
                return;
            }
            add(name, type, contentId(part), content, size);
        }

        /** Judges one attachment by the rules, the per-attachment cap, then what the mail's kept ones weigh. */
        private void add(String name, String type, @Nullable String contentId, byte[] content, long size) {
            Optional<NotKept> refused = rules.refusal(name, type, content);
            if (refused.isEmpty() && size > rules.maxSize()) {
                refused = Optional.of(NotKept.SIZE);
            }
            if (refused.isEmpty() && kept + size > rules.maxTotalSize()) {
                refused = Optional.of(NotKept.TOTAL_SIZE);
            }
            if (refused.isPresent()) {
                found.add(new Found(name, type, contentId, size, null, refused.get()));
                return;
            }
            kept += size;
            found.add(new Found(name, type, contentId, size, content, null));
        }

        /**
         * A winmail.dat: its attachments become the mail's, and its body the mail's text when the mail has none of
         * its own. One that cannot be read is listed as not kept.
         */
        private void unpack(Part part, String name) throws MessagingException {
            HMEFMessage tnef;
            try (InputStream in = part.getInputStream()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, rules.maxTotalSize() + 1));
                if (bytes.length > rules.maxTotalSize()) {
                    found.add(new Found(name, "application/ms-tnef", null, bytes.length, null, NotKept.TOTAL_SIZE));
                    return;
                }
                tnef = new HMEFMessage(new ByteArrayInputStream(bytes));
            } catch (IOException | RuntimeException unreadable) {
                found.add(new Found(name, "application/ms-tnef", null, 0, null, NotKept.UNREADABLE));
                return;
            }
            int n = 0;
            for (Attachment attachment : tnef.getAttachments()) {
                n++;
                String inner;
                byte[] content;
                try {
                    inner = AttachmentRules.safeName(
                            attachment.getLongFilename() != null
                                    ? attachment.getLongFilename()
                                    : attachment.getFilename(),
                            "winmail-" + n);
                    content = attachment.getContents();
                } catch (RuntimeException unreadable) {
                    found.add(new Found("winmail-" + n, AttachmentRules.GENERIC, null, 0, null, NotKept.UNREADABLE));
                    continue;
                }
                if (content == null) {
                    continue;
                }
                add(inner, AttachmentRules.typeOf(null, inner), null, content, content.length);
            }
            if (text.isEmpty()) {
                text = bodyOf(tnef);
            }
        }
    }

    /** A winmail.dat's plain body when it has one, else its RTF body reduced to text (Swing's RTF reader). */
    static String bodyOf(HMEFMessage tnef) {
        try {
            MAPIAttribute plain = tnef.getMessageMAPIAttribute(MAPIProperty.BODY);
            String body = plain == null ? null : MAPIStringAttribute.getAsString(plain);
            if (body != null && !body.isBlank()) {
                return PlainText.printable(body.strip());
            }
            String rtf = tnef.getBody();
            if (rtf == null || rtf.isBlank()) {
                return "";
            }
            RTFEditorKit kit = new RTFEditorKit();
            Document document = kit.createDefaultDocument();
            kit.read(new StringReader(rtf), document, 0);
            String text = document.getText(0, document.getLength());
            return PlainText.printable(text.replaceAll("[ \\t\\u00a0]+\\n", "\n")
                    .replaceAll("\\n{3,}", "\n\n")
                    .strip());
        } catch (IOException | BadLocationException | RuntimeException unreadable) {
            return "";
        }
    }

    private static boolean isTnef(Part part, String name) throws MessagingException {
        return part.isMimeType("application/ms-tnef")
                || part.isMimeType("application/vnd.ms-tnef")
                || name.equalsIgnoreCase(WINMAIL);
    }

    private static @Nullable String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException unreadable) {
            return null;
        }
    }

    private static @Nullable String contentType(Part part) {
        try {
            return part.getContentType();
        } catch (MessagingException unreadable) {
            return null;
        }
    }

    /** The part's Content-ID without {@code <>}, for the {@code cid:} images of the HTML. */
    private static @Nullable String contentId(Part part) {
        try {
            String id = part instanceof MimePart mime ? mime.getContentID() : null;
            return id == null || id.isBlank() ? null : MailHtml.key(id);
        } catch (MessagingException unreadable) {
            return null;
        }
    }

    /**
     * The part's file name, its encoded words decoded; a forwarded mail without one is named after its type, any
     * other part gets {@code attachment} and the extension of its type.
     */
    private static String fileName(Part part) throws MessagingException {
        String name = null;
        try {
            name = part.getFileName();
            if (name != null) {
                // Unencoded UTF-8 in a header is read byte for byte, as in the subject (InboundMail.header).
                name = MimeUtility.decodeText(InboundMail.utf8IfValid(name));
            }
        } catch (MessagingException | IOException | RuntimeException undecodable) {
            // A name that cannot be decoded is shown as written, or replaced below.
        }
        String fallback = part.isMimeType("message/rfc822") ? "message.eml" : "attachment" + extensionOf(part);
        return AttachmentRules.safeName(name, fallback);
    }

    private static String extensionOf(Part part) {
        String type = contentType(part);
        if (type == null) {
            return "";
        }
        String subtype = AttachmentRules.normalised(type);
        subtype = subtype.substring(subtype.indexOf('/') + 1).toLowerCase(Locale.ROOT);
        return switch (subtype) {
            case "jpeg" -> ".jpg";
            case "png", "gif", "pdf", "webp", "bmp", "tiff" -> "." + subtype;
            case "plain" -> ".txt";
            default -> "";
        };
    }
}
