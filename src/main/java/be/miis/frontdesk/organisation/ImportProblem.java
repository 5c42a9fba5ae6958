package be.miis.frontdesk.organisation;

import org.jspecify.annotations.Nullable;

/**
 * One refused line of an import: the line number in the file (the header is line 1), the column, a message key
 * that explains it in the reader's language, and the value found.
 */
public record ImportProblem(
        int line, String field, String messageKey, @Nullable String value) {}
