package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ImportProblem;
import java.util.List;

/** A file that cannot be read as CSV at all (not UTF-8, no header, missing required columns). */
class ImportFileException extends RuntimeException {

    private final List<ImportProblem> problems;

    ImportFileException(String messageKey, String detail) {
        this(List.of(new ImportProblem(1, "file", messageKey, detail)));
    }

    /** A file refused for several reasons at once (every missing and unknown column of a header). */
    ImportFileException(List<ImportProblem> problems) {
        super(problems.stream()
                .map(p -> p.messageKey() + ": " + p.value())
                .toList()
                .toString());
        this.problems = List.copyOf(problems);
    }

    List<ImportProblem> problems() {
        return problems;
    }
}
