package be.miis.frontdesk.ticket;

import be.miis.frontdesk.shared.ImportProblem;
import java.util.List;

/** A file that cannot be read as a ticket CSV at all (not UTF-8, empty, a required column missing). */
class TicketImportFileException extends RuntimeException {

    private final List<ImportProblem> problems;

    TicketImportFileException(String messageKey, String detail) {
        this(List.of(new ImportProblem(1, "file", messageKey, detail)));
    }

    /** A file refused for several reasons at once (every missing and unknown column of a header). */
    TicketImportFileException(List<ImportProblem> problems) {
        super(problems.stream()
                .map(p -> p.messageKey() + ": " + p.value())
                .toList()
                .toString());
        this.problems = List.copyOf(problems);
    }

    /** The first reason. */
    String messageKey() {
        return problems.get(0).messageKey();
    }

    String detail() {
        return String.valueOf(problems.get(0).value());
    }

    List<ImportProblem> problems() {
        return problems;
    }
}
