package be.miis.frontdesk.shared;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * One problem of a refused line of a CSV import (organisations, tickets): the line number in the file (the header
 * is line 1), the column as named in the header, a message key that explains it in the reader's language, and the
 * value found.
 */
public record ImportProblem(
        int line, String field, String messageKey, @Nullable String value) {

    /** The value is kept printable: it is stored and shown, and PostgreSQL refuses a NUL in text. */
    public ImportProblem {
        value = value == null ? null : PlainText.printable(value);
    }

    /** The problem with its message in the reader's language, as the import APIs report it. */
    public Described describe(MessageSource messages, Locale locale) {
        return new Described(line, field, messages.getMessage(messageKey, new Object[] {value}, locale), value);
    }

    /** The problems with their messages in the reader's language, as the import APIs report them. */
    public static List<Described> describe(List<ImportProblem> problems, MessageSource messages, Locale locale) {
        return problems.stream().map(p -> p.describe(messages, locale)).toList();
    }

    /** A problem as an API reports it: the message itself instead of its key. */
    public record Described(
            int line,
            String field,
            String message,
            @Nullable String value) {}
}
