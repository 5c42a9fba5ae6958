package be.miis.frontdesk.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a received mail may get an automatic answer at all: never to a machine (an out-of-office, a bounce, a
 * mailing list) and never to ourselves, or two auto-responders answer each other forever (docs/mail.md, "Intake";
 * the rules of Zammad, osTicket and FreeScout). The rate limits of {@link MailIntake} come on top.
 */
final class LoopRules {

    private static final Pattern PRECEDENCE = Pattern.compile("(?i)\\s*(bulk|list|junk|auto_reply)\\s*");
    private static final Pattern SUPPRESS = Pattern.compile("(?i).*\\b(all|autoreply|oof)\\b.*");
    private static final Pattern MACHINE_SENDER =
            Pattern.compile("(?i)(mailer-daemon|postmaster|abuse|noreply|no-reply|do-not-reply|donotreply)");

    private LoopRules() {}

    /**
     * Why the mail must get no automatic answer, or empty when it may get one.
     *
     * @param sender the address the answer would go to
     * @param ownAddress the centre's address
     * @param ownMessageIdDomain the domain of the Message-IDs we generate
     */
    static Optional<String> whyNoAutomaticAnswer(
            MimeMessage message, String sender, String ownAddress, String ownMessageIdDomain)
            throws MessagingException {
        String autoSubmitted = header(message, "Auto-Submitted");
        if (autoSubmitted != null
                && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return Optional.of("Auto-Submitted: " + autoSubmitted.strip());
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && PRECEDENCE.matcher(precedence).matches()) {
            return Optional.of("Precedence: " + precedence.strip());
        }
        for (String name : new String[] {"X-Autoreply", "X-Autorespond", "List-Id", "List-Unsubscribe", "X-Loop"}) {
            if (header(message, name) != null) {
                return Optional.of(name);
            }
        }
        String suppress = header(message, "X-Auto-Response-Suppress");
        if (suppress != null && SUPPRESS.matcher(suppress).matches()) {
            return Optional.of("X-Auto-Response-Suppress: " + suppress.strip());
        }
        String returnPath = header(message, "Return-Path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return Optional.of("Return-Path: <>");
        }
        if (message.isMimeType("multipart/report")) {
            return Optional.of("multipart/report");
        }
        String lower = sender.toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        if (at > 0 && MACHINE_SENDER.matcher(lower.substring(0, at)).matches()) {
            return Optional.of("sender " + sender);
        }
        if (lower.equals(ownAddress.toLowerCase(Locale.ROOT))) {
            return Optional.of("our own address");
        }
        String messageId = message.getMessageID();
        if (messageId != null
                && messageId.toLowerCase(Locale.ROOT).replaceAll("[<>\\s]", "").endsWith("@" + ownMessageIdDomain)) {
            return Optional.of("our own Message-ID");
        }
        return Optional.empty();
    }

    private static @Nullable String header(MimeMessage message, String name) throws MessagingException {
        return message.getHeader(name, ",");
    }
}
