package be.miis.frontdesk.ticket.web;

import be.miis.frontdesk.ticket.EntryAttachments;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A customer's attachment as a download, the same from the page and the API: always as a file to save ({@code
 * Content-Disposition: attachment}, never shown in the application's origin), under its own name in both forms of
 * RFC 6266 (an ASCII {@code filename} and the exact {@code filename*}), with the type the mail module allows (else
 * {@code application/octet-stream}), {@code X-Content-Type-Options: nosniff} so the browser does not guess another,
 * and not stored in caches (it is personal data).
 */
final class AttachmentResponses {

    private AttachmentResponses() {}

    static ResponseEntity<Resource> of(EntryAttachments.Download download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.type()))
                .contentLength(download.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(download.name()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(download.content());
    }

    /** {@code attachment; filename="…"; filename*=UTF-8''…} (RFC 6266, RFC 8187). */
    static String disposition(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
