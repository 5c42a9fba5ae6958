package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.PlainText;
import be.miis.frontdesk.shared.TextCut;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.jspecify.annotations.Nullable;

/**
 * A delivery status notification (RFC 3464: {@code multipart/report; report-type=delivery-status}) as bounce handling
 * needs it: for each recipient the receiving side's verdict, and the Message-IDs of the mail it reports on (docs/mail.md,
 * "Bounces"). The {@code message/delivery-status} part is read by Angus Mail's {@code dsn} module; the rest is read
 * leniently, because mail servers differ in what they return of the original (the whole mail, its headers only, or
 * nothing).
 *
 * @param reportedMessageIds the Message-IDs (without {@code <>}) of the mail reported on, most certain first: the
 *     returned mail's own Message-ID, the report's {@code X-Original-Message-ID} field (Gmail), then the report's
 *     In-Reply-To and References (right-most first)
 * @param recipients one verdict per recipient the report names
 */
record DeliveryReport(List<String> reportedMessageIds, List<Recipient> recipients) {

    private static final Pattern STATUS = Pattern.compile("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");
    private static final int REASON_MAX = 1000;

    /**
     * The delivery report this mail is; empty when it is no report of delivery (a read receipt, an ordinary mail, or
     * a bounce written as plain text without the machine-readable part).
     *
     * @throws InboundMail.UnreadableMailException when it says it is a delivery report but its parts cannot be read
     */
    static Optional<DeliveryReport> of(MimeMessage message) {
        try {
            Part status = deliveryStatusPart(message);
            if (status == null) {
                return Optional.empty();
            }
            DeliveryStatus dsn;
            try (InputStream in = status.getInputStream()) {
                dsn = new DeliveryStatus(in);
            }
            List<Recipient> recipients = new ArrayList<>();
            for (int i = 0; i < dsn.getRecipientDSNCount(); i++) {
                Recipient recipient = Recipient.of(dsn.getRecipientDSN(i));
                if (recipient != null) {
                    recipients.add(recipient);
                }
            }
            List<String> ids = new ArrayList<>();
            InternetHeaders returned = returnedHeaders(message);
            if (returned != null) {
                InboundMail.addIds(returned.getHeader("Message-ID", ","), ids, false);
            }
            // Gmail names the original in the report's own fields too.
            if (dsn.getMessageDSN() != null) {
                InboundMail.addIds(dsn.getMessageDSN().getHeader("X-Original-Message-ID", ","), ids, false);
            }
            InboundMail.addIds(message.getHeader("In-Reply-To", ","), ids, false);
            InboundMail.addIds(message.getHeader("References", ","), ids, true);
            return Optional.of(new DeliveryReport(List.copyOf(ids), List.copyOf(recipients)));
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            throw new InboundMail.UnreadableMailException(
                    "an unreadable delivery report (multipart/report): " + unreadable.getMessage(), unreadable);
        }
    }

    /**
     * The {@code message/delivery-status} part of a {@code multipart/report}, at the top or one level down (some
     * gateways wrap the report in a {@code multipart/mixed}); null when there is none.
     */
    private static @Nullable Part deliveryStatusPart(MimeMessage message) throws MessagingException {
        if (!message.isMimeType("multipart/*")) {
            return null;
        }
        // Parsed as a plain multipart, not through the dsn module's handler for multipart/report, which refuses a
        // report whose parts are not in the order RFC 6522 gives; the status part alone is what matters here.
        return find(new MimeMultipart(new MimePartDataSource(message)), "message/delivery-status", 2);
    }

    private static @Nullable Part find(MimeMultipart multipart, String type, int depth) throws MessagingException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part;
            }
            if (depth > 1 && part.isMimeType("multipart/*") && part instanceof jakarta.mail.internet.MimePart mime) {
                Part inner = find(new MimeMultipart(new MimePartDataSource(mime)), type, depth - 1);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** The headers of the returned mail ({@code message/rfc822} or {@code text/rfc822-headers}), when returned. */
    private static @Nullable InternetHeaders returnedHeaders(MimeMessage message)
            throws MessagingException, IOException {
        MimeMultipart parts = new MimeMultipart(new MimePartDataSource(message));
        for (String type : List.of("message/rfc822", "text/rfc822-headers", "message/rfc822-headers")) {
            Part part = find(parts, type, 2);
            if (part != null) {
                try (InputStream in = part.getInputStream()) {
                    return new InternetHeaders(in);
                }
            }
        }
        return null;
    }

    /**
     * The verdict on one recipient.
     *
     * @param finalRecipient the address the receiving server tried, in lower case
     * @param originalRecipient the address the mail was sent to, when the report gives it (a forwarded address)
     * @param action {@code failed}, {@code delayed}, {@code delivered}, {@code relayed} or {@code expanded}
     * @param status the enhanced status code (RFC 3463), e.g. {@code 5.1.1}
     * @param diagnostic what the receiving server said, unfolded, when it said anything
     */
    record Recipient(
            String finalRecipient,
            @Nullable String originalRecipient,
            String action,
            String status,
            @Nullable String diagnostic) {

        /** The mail was not delivered to this recipient: the server gave up (RFC 3464 {@code Action: failed}). */
        boolean failed() {
            return action.equals("failed");
        }

        /**
         * A permanent failure of the address: given up with a status of class 5. A 4.x.x status, even with {@code
         * failed} (a server that gave up after days of time-outs), is a temporary condition that says nothing against
         * the address: another mail may get through.
         */
        boolean permanentFailure() {
            return failed() && status.startsWith("5.");
        }

        /** Whether this verdict is about that address, as we sent to it or as the server finally tried it. */
        boolean concerns(String address) {
            String wanted = address.strip().toLowerCase(Locale.ROOT);
            return finalRecipient.equals(wanted) || wanted.equals(originalRecipient);
        }

        private static @Nullable Recipient of(InternetHeaders fields) {
            String finalRecipient = address(fields.getHeader("Final-Recipient", null));
            if (finalRecipient == null) {
                return null;
            }
            String status = status(fields.getHeader("Status", null));
            String action = value(fields.getHeader("Action", null));
            if (action == null || action.isBlank()) {
                // Action is required; a report without it that gives a status is read by the status alone.
                action = status.startsWith("5.") ? "failed" : status.startsWith("4.") ? "delayed" : "";
            }
            return new Recipient(
                    finalRecipient,
                    address(fields.getHeader("Original-Recipient", null)),
                    action.strip().toLowerCase(Locale.ROOT),
                    status,
                    diagnostic(fields.getHeader("Diagnostic-Code", null)));
        }

        /** {@code rfc822; someone@example.be} → {@code someone@example.be}. */
        private static @Nullable String address(@Nullable String field) {
            String value = value(field);
            if (value == null) {
                return null;
            }
            int semicolon = value.indexOf(';');
            String address = (semicolon < 0 ? value : value.substring(semicolon + 1)).strip();
            if (address.startsWith("<") && address.endsWith(">")) {
                address = address.substring(1, address.length() - 1).strip();
            }
            return address.contains("@") ? address.toLowerCase(Locale.ROOT) : null;
        }

        private static String status(@Nullable String field) {
            String value = value(field);
            if (value == null) {
                return "";
            }
            Matcher matcher = STATUS.matcher(value);
            return matcher.find() ? matcher.group() : "";
        }

        /** {@code smtp; 550 5.1.1 <x@y>: Recipient address rejected} → the server's words, on one line. */
        private static @Nullable String diagnostic(@Nullable String field) {
            String value = value(field);
            if (value == null) {
                return null;
            }
            int semicolon = value.indexOf(';');
            String text = (semicolon < 0 ? value : value.substring(semicolon + 1))
                    .replaceAll("\\s+", " ")
                    .strip();
            return text.isEmpty() ? null : TextCut.shortened(PlainText.printable(text), REASON_MAX);
        }

        private static @Nullable String value(@Nullable String field) {
            return field == null ? null : MimeUtility.unfold(field).strip();
        }
    }
}
