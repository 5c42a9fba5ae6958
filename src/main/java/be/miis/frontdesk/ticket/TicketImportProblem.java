package be.miis.frontdesk.ticket;

import org.jspecify.annotations.Nullable;

/**
 * One problem of a refused line of a ticket import: the line number in the file (the header is line 1), the column
 * as named in the header, a message key that explains it in the reader's language, and the value found.
 */
public record TicketImportProblem(
        int line, String field, String messageKey, @Nullable String value) {}
