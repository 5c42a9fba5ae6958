package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.ImportProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one run: every one counted, the first {@link ImportReport#MAX_PROBLEMS} kept for the report. A
 * file of junk must not become a report larger than itself (a 50 MB file once answered with 110 MB of problems).
 */
final class ImportProblemLog {

    private final List<ImportProblem> listed = new ArrayList<>();
    private int count;
    private int refusedLines;

    /** The problems of one line; an empty list is a line that passed. */
    void line(List<ImportProblem> found) {
        if (found.isEmpty()) {
            return;
        }
        refusedLines++;
        count += found.size();
        for (ImportProblem problem : found) {
            if (listed.size() < ImportReport.MAX_PROBLEMS) {
                listed.add(problem);
            }
        }
    }

    static ImportProblemLog of(ImportProblem fileProblem) {
        return of(List.of(fileProblem));
    }

    /** The problems of a file that could not be read as a whole (a wrong header names every wrong column). */
    static ImportProblemLog of(List<ImportProblem> fileProblems) {
        ImportProblemLog log = new ImportProblemLog();
        log.line(fileProblems);
        return log;
    }

    List<ImportProblem> listed() {
        return listed;
    }

    int count() {
        return count;
    }

    int refusedLines() {
        return refusedLines;
    }
}
