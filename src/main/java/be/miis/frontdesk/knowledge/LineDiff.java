package be.miis.frontdesk.knowledge;

import java.util.ArrayList;
import java.util.List;

/** A line diff by longest common subsequence: answers are a few dozen lines, so the quadratic table is cheap. */
final class LineDiff {

    private LineDiff() {}

    static List<DiffLine> between(List<String> before, List<String> after) {
        int[][] common = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<DiffLine> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() && j < after.size()) {
            if (before.get(i).equals(after.get(j))) {
                lines.add(new DiffLine(DiffLine.Kind.SAME, before.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new DiffLine(DiffLine.Kind.REMOVED, before.get(i++)));
            } else {
                lines.add(new DiffLine(DiffLine.Kind.ADDED, after.get(j++)));
            }
        }
        while (i < before.size()) {
            lines.add(new DiffLine(DiffLine.Kind.REMOVED, before.get(i++)));
        }
        while (j < after.size()) {
            lines.add(new DiffLine(DiffLine.Kind.ADDED, after.get(j++)));
        }
        return lines;
    }
}
