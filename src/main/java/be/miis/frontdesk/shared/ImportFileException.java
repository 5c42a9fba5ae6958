package be.miis.frontdesk.shared;

import java.util.List;

/**
 * A CSV file that cannot be imported at all: empty, not UTF-8, not CSV, or a required column missing (then with
 * every missing and unknown column at once). Its problems are reported on line 1 or as "file".
 */
public class ImportFileException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportFileException(String messageKey, String detail) {
        this(List.of(new ImportProblem(1, "file", messageKey, detail)));
    }

    /** A file refused for several reasons at once (every missing and unknown column of a header). */
    public ImportFileException(List<ImportProblem> problems) {
        super(problems.stream()
                .map(p -> p.messageKey() + ": " + p.value())
                .toList()
                .toString());
        this.problems = List.copyOf(problems);
    }

    /** The first reason. */
    public String messageKey() {
        return problems.get(0).messageKey();
    }

    public String detail() {
        return String.valueOf(problems.get(0).value());
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
