package be.miis.frontdesk.mail;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Which attachments of received mail are kept, and where (docs/mail.md, "Attachments").
 *
 * @param folder where kept attachments are written, one file each under a generated name; without it (the default)
 *     they are kept in the database
 * @param maxSize the largest attachment kept; a larger one is listed on the ticket as not kept
 * @param maxTotalSize the most a mail's kept attachments may weigh together; the attachments after that are listed
 *     as not kept
 * @param allowedTypes the content types kept (lower case, without parameters); a mail declaring {@code
 *     application/octet-stream} or nothing is judged by the file name alone. A download is sent with its declared
 *     type only when it is on this list.
 * @param allowedExtensions the file name endings kept (without the dot, lower case): the last one counts, so {@code
 *     report.pdf.exe} is an {@code exe}
 */
@ConfigurationProperties("frontdesk.mail.attachments")
record AttachmentProperties(
        @Nullable Path folder,
        @DefaultValue("25MB") DataSize maxSize,
        @DefaultValue("25MB") DataSize maxTotalSize,

        @DefaultValue({
            "application/pdf",
            "image/png",
            "image/jpeg",
            "image/gif",
            "image/webp",
            "image/bmp",
            "image/tiff",
            "image/heic",
            "text/plain",
            "text/csv",
            "application/rtf",
            "text/rtf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "message/rfc822",
            "application/vnd.ms-outlook",
            "application/xml",
            "text/xml"
        })
        List<String> allowedTypes,

        @DefaultValue({
            "pdf", "png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff", "heic", "txt", "csv", "rtf", "doc",
            "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "eml", "msg", "xml"
        })
        List<String> allowedExtensions) {

    AttachmentProperties {
        allowedTypes = allowedTypes.stream().map(AttachmentRules::normalised).toList();
        allowedExtensions = allowedExtensions.stream()
                .map(extension ->
                        AttachmentRules.normalised(extension.startsWith(".") ? extension.substring(1) : extension))
                .toList();
    }
}
