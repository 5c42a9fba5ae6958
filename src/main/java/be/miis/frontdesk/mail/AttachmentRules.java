package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.PlainText;
import be.miis.frontdesk.shared.TextCut;
import be.miis.frontdesk.ticket.EntryAttachments.NotKept;
import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which attachment is kept (docs/mail.md, "Attachments"): its file name's last extension and its declared content
 * type must be on the allow-lists (a type that says nothing, {@code application/octet-stream}, leaves it to the
 * name), its first bytes must not be a program's, and it must fit the size caps. An executable or a script is never
 * kept, whatever it is called.
 */
final class AttachmentRules {

    static final String GENERIC = "application/octet-stream";

    /** File names are cut to what the column holds, keeping their extension. */
    private static final int NAME_MAX = 255;

    /** Types that tell nothing about the content: the extension decides. */
    private static final Set<String> UNTOLD = Set.of(GENERIC, "application/x-download", "application/download", "");

    /**
     * The types of the default extensions, for parts that declared none (a winmail.dat's contents, octet-stream);
     * other extensions are looked up in Java's own table.
     */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("bmp", "image/bmp"),
            Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"),
            Map.entry("heic", "image/heic"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("rtf", "application/rtf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("eml", "message/rfc822"),
            Map.entry("msg", "application/vnd.ms-outlook"),
            Map.entry("xml", "application/xml"),
            Map.entry("html", "text/html"),
            Map.entry("htm", "text/html"));

    private final AttachmentProperties properties;

    AttachmentRules(AttachmentProperties properties) {
        this.properties = properties;
    }

    long maxSize() {
        return properties.maxSize().toBytes();
    }

    long maxTotalSize() {
        return properties.maxTotalSize().toBytes();
    }

    /**
     * Why an attachment of that name, type and first bytes is not kept, or empty when it may be. Sizes are judged by
     * the reader, which sees them while reading.
     */
    Optional<NotKept> refusal(String name, String declaredType, byte[] content) {
        if (!properties.allowedExtensions().contains(extension(name))) {
            return Optional.of(NotKept.TYPE);
        }
        String type = normalised(declaredType);
        if (!UNTOLD.contains(type) && !properties.allowedTypes().contains(type)) {
            return Optional.of(NotKept.TYPE);
        }
        return isProgram(content) ? Optional.of(NotKept.TYPE) : Optional.empty();
    }

    /** The type a download is sent as: the stored one when it is allowed, else octet-stream (never text/html). */
    String downloadType(String storedType) {
        String type = normalised(storedType);
        return properties.allowedTypes().contains(type) ? type : GENERIC;
    }

    /**
     * The type to keep: the declared one (lower case, without parameters), or for a part that declared nothing
     * useful, the type of its extension.
     */
    static String typeOf(@Nullable String declared, String name) {
        String type = declared == null ? "" : normalised(declared);
        if (!UNTOLD.contains(type)) {
            return TextCut.atMost(type, 255);
        }
        String extension = extension(name);
        String known = TYPES.get(extension);
        if (known == null) {
            known = URLConnection.getFileNameMap().getContentTypeFor("file." + extension);
        }
        return known == null ? GENERIC : normalised(known);
    }

    /**
     * A file name safe to store and to offer in a download: without any folder part (a name may come as {@code
     * ..\\..\\x}), without control characters, at most 255 characters with its extension kept; {@code fallback} when
     * nothing is left.
     */
    static String safeName(@Nullable String name, String fallback) {
        String base = name == null ? "" : name;
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        base = PlainText.printable(base.replaceAll("[\\p{Cntrl}\\p{Cf}]", "")).strip();
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        if (base.isBlank()) {
            return fallback;
        }
        if (base.length() <= NAME_MAX) {
            return base;
        }
        String extension = extension(base);
        int keep = NAME_MAX - extension.length() - 1;
        return extension.isEmpty() || keep < 1
                ? TextCut.atMost(base, NAME_MAX)
                : TextCut.atMost(base, keep) + "." + extension;
    }

    /** The last extension, lower case, without the dot; empty when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1
                ? ""
                : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    static String normalised(String value) {
        int parameters = value.indexOf(';');
        return (parameters < 0 ? value : value.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the content starts as a program does: a Windows executable ({@code MZ}), ELF, Mach-O, or a script with
     * its interpreter line ({@code #!}). A renamed {@code virus.exe} called {@code scan.pdf} is caught so.
     */
    static boolean isProgram(byte[] content) {
        return startsWith(content, 'M', 'Z')
                || startsWith(content, 0x7F, 'E', 'L', 'F')
                || startsWith(content, 0xCF, 0xFA, 0xED, 0xFE)
                || startsWith(content, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(content, 0xCA, 0xFE, 0xBA, 0xBE)
                || startsWith(content, '#', '!');
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
