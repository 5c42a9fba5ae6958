package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.PlainText;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * A received mail as intake needs it, read from its raw bytes: the key that makes it idempotent, who wrote it, its
 * subject and text, and the Message-IDs it answers. Reading is lenient where a mail is only untidy (an unknown
 * charset, HTML only) and fails with {@link UnreadableMailException} where nothing sensible can be made of it; such
 * a mail goes to the quarantine with its raw bytes.
 */
final class InboundMail {

    /** RFC 5322 allows 998 characters in a line; the column holds that much. */
    private static final int KEY_MAX = 998;

    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");

    /** The key of a mail without a Message-ID starts so, followed by the hex SHA-256 of its raw bytes. */
    static final String HASH_PREFIX = "sha256:";

    private static final Session SESSION = session();

    private final byte[] raw;
    private final MimeMessage message;
    private final String key;

    private InboundMail(byte[] raw, MimeMessage message, String key) {
        this.raw = raw;
        this.message = message;
        this.key = key;
    }

    /**
     * Reads the headers; the body is read when asked for. A mail whose headers cannot even be read still gets a key
     * (the hash of its bytes), so that it is quarantined once.
     */
    static InboundMail of(byte[] raw) {
        MimeMessage message;
        try {
            message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (MessagingException unreadable) {
            return new InboundMail(raw, new MimeMessage(SESSION), hashKey(raw));
        }
        return new InboundMail(raw, message, keyOf(message, raw));
    }

    private static String keyOf(MimeMessage message, byte[] raw) {
        try {
            String id = messageId(message.getHeader("Message-ID", null));
            return id != null ? id : hashKey(raw);
        } catch (MessagingException unreadable) {
            return hashKey(raw);
        }
    }

    /** The Message-ID without its angle brackets, or null when the header holds none that fits the column. */
    static @Nullable String messageId(@Nullable String header) {
        if (header == null) {
            return null;
        }
        Matcher matcher = MESSAGE_ID.matcher(header);
        String id = matcher.find() ? matcher.group(1) : header.strip();
        return id.isEmpty() || id.length() > KEY_MAX || id.contains(" ") ? null : id;
    }

    static String hashKey(byte[] raw) {
        try {
            return HASH_PREFIX
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }

    /** The key in {@code mail_message}: the Message-ID without {@code <>}, or {@code sha256:} and the raw bytes' hash. */
    String key() {
        return key;
    }

    byte[] raw() {
        return raw;
    }

    MimeMessage message() {
        return message;
    }

    /** The From address (else Sender, else Return-Path), in lower case. */
    String sender() {
        for (String header : List.of("From", "Sender", "Return-Path")) {
            String value = header(header);
            if (value == null) {
                continue;
            }
            try {
                InternetAddress[] addresses = InternetAddress.parseHeader(value, false);
                for (InternetAddress address : addresses) {
                    String email = address.getAddress();
                    if (email != null && email.contains("@") && email.length() <= 254) {
                        return email.strip().toLowerCase(Locale.ROOT);
                    }
                }
            } catch (AddressException unreadable) {
                // The next header may do.
            }
        }
        throw new UnreadableMailException("no sender address");
    }

    /** The sender as the From header names them ("Jean Dupont <jean@…>"), for the agent. */
    String senderAsWritten() {
        String from = header("From");
        if (from != null) {
            try {
                InternetAddress[] addresses = InternetAddress.parseHeader(from, false);
                if (addresses.length > 0 && addresses[0].getAddress() != null) {
                    String personal = addresses[0].getPersonal();
                    String address = addresses[0].getAddress();
                    // Unquoted, as a person writes it: the note is read, not parsed.
                    return PlainText.printable(
                            personal == null || personal.isBlank() ? address : personal.strip() + " <" + address + ">");
                }
            } catch (AddressException unreadable) {
                // Fall back to the bare address.
            }
        }
        return sender();
    }

    /** The subject, its encoded words decoded; empty when it has none. */
    String subject() {
        String value = header("Subject");
        if (value == null) {
            return "";
        }
        try {
            value = MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (UnsupportedEncodingException unknownCharset) {
            // The encoded words stay as they are: readable enough for an agent.
        }
        return PlainText.printable(value.replaceAll("\\s+", " ").strip());
    }

    /** When the mail says it was written, if it says so readably. */
    @Nullable
    Instant sentAt() {
        try {
            return message.getSentDate() == null ? null : message.getSentDate().toInstant();
        } catch (MessagingException unreadable) {
            return null;
        }
    }

    /** The Message-IDs this mail answers: In-Reply-To first, then References right-most (the newest) first. */
    List<String> answers() {
        List<String> ids = new ArrayList<>();
        addIds(header("In-Reply-To"), ids, false);
        addIds(header("References"), ids, true);
        return ids;
    }

    /** Adds the Message-IDs of a header not yet in {@code ids}, in their order or right-most first. */
    static void addIds(@Nullable String header, List<String> ids, boolean newestFirst) {
        if (header == null) {
            return;
        }
        List<String> found = new ArrayList<>();
        Matcher matcher = MESSAGE_ID.matcher(header);
        while (matcher.find()) {
            if (matcher.group(1).length() <= KEY_MAX) {
                found.add(matcher.group(1));
            }
        }
        if (newestFirst) {
            Collections.reverse(found);
        }
        found.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
    }

    /** A delivery or read report (RFC 6522): a machine's answer to a mail we sent, never a question. */
    boolean isReport() {
        try {
            return message.isMimeType("multipart/report");
        } catch (MessagingException unreadable) {
            return false;
        }
    }

    /**
     * The text of the mail: the plain-text part when there is one, else the HTML part reduced to its text. Control
     * characters the database cannot hold are replaced, never a reason to lose the mail.
     *
     * @throws UnreadableMailException when the MIME structure is broken
     */
    String text() {
        try {
            String plain = find(message, "text/plain");
            if (plain != null) {
                return PlainText.printable(plain.strip());
            }
            String html = find(message, "text/html");
            return html == null ? "" : PlainText.printable(htmlToText(html).strip());
        } catch (MessagingException | IOException broken) {
            throw new UnreadableMailException("unreadable MIME structure: " + broken.getMessage(), broken);
        }
    }

    /** The first part of that type that is not an attachment, depth first (the text of a multipart/alternative). */
    private static @Nullable String find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw new MessagingException("a multipart without parts");
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = find(child, type);
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        if (!part.isMimeType(type) || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        return decode(part);
    }

    /**
     * The text of a part in its charset; an unknown or missing charset (windows-1258, "x-unknown") is read as
     * UTF-8 when the bytes are valid UTF-8, else as windows-1252, which maps every byte to a character.
     */
    static String decode(Part part) throws MessagingException, IOException {
        String charset = charsetOf(part);
        if (charset != null) {
            try {
                if (Charset.isSupported(charset)) {
                    Object content = part.getContent();
                    if (content instanceof String text) {
                        return text;
                    }
                }
            } catch (UnsupportedEncodingException | IllegalArgumentException unknown) {
                // Read the bytes below.
            }
        }
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        try {
            return strictUtf8(bytes);
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static @Nullable String charsetOf(Part part) {
        try {
            String charset = new ContentType(part.getContentType()).getParameter("charset");
            return charset == null ? null : MimeUtility.javaCharset(charset.strip());
        } catch (MessagingException | RuntimeException unreadable) {
            return null;
        }
    }

    /** The text of an HTML mail with its paragraphs and line breaks; scripts, styles and markup are dropped. */
    static String htmlToText(String html) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode textNode) {
                            text.append(textNode.text());
                        } else if (node instanceof Element element
                                && (element.isBlock() || element.normalName().equals("br"))
                                && !text.isEmpty()
                                && text.charAt(text.length() - 1) != '\n') {
                            text.append('\n');
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element element
                                && element.isBlock()
                                && !text.isEmpty()
                                && text.charAt(text.length() - 1) != '\n') {
                            text.append('\n');
                        }
                    }
                },
                Jsoup.parse(html).body());
        return text.toString().replaceAll("[ \\t\\u00a0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
    }

    /**
     * A header's value. Headers are read byte for byte as ISO-8859-1; a value whose bytes are valid UTF-8 is read as
     * UTF-8 instead, because mail programs write unencoded UTF-8 subjects and names (RFC 6532) far more often than
     * Latin-1 ones, and a Latin-1 value with accents is almost never valid UTF-8.
     */
    private @Nullable String header(String name) {
        try {
            String value = message.getHeader(name, ",");
            return value == null ? null : utf8IfValid(value);
        } catch (MessagingException unreadable) {
            return null;
        }
    }

    static String utf8IfValid(String latin1) {
        if (latin1.chars().allMatch(c -> c < 0x80) || latin1.chars().anyMatch(c -> c > 0xFF)) {
            return latin1;
        }
        try {
            return strictUtf8(latin1.getBytes(StandardCharsets.ISO_8859_1));
        } catch (CharacterCodingException notUtf8) {
            return latin1;
        }
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static Session session() {
        Properties properties = new Properties();
        // Lenient where mail programs are sloppy, so that an untidy mail is still read (docs/mail.md, "Intake").
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.decodetext.strict", "false");
        properties.setProperty("mail.mime.parameters.strict", "false");
        return Session.getInstance(properties);
    }

    /** The mail cannot become a ticket as it is; it goes to the quarantine with this reason. */
    static final class UnreadableMailException extends RuntimeException {

        UnreadableMailException(String reason) {
            super(reason);
        }

        UnreadableMailException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
