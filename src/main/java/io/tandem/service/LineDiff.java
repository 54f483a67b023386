package io.tandem.service;

import java.util.ArrayList;
import java.util.List;

/** A plain LCS line diff: configuration texts are a few hundred lines, so quadratic is fine. */
public final class LineDiff {
    private LineDiff() {
    }

    public static List<DiffLine> diff(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<DiffLine> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add(new DiffLine(DiffLine.Change.SAME, a[i++]));
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new DiffLine(DiffLine.Change.REMOVED, a[i++])); // removals first, as diff -u prints them
            } else {
                out.add(new DiffLine(DiffLine.Change.ADDED, b[j++]));
            }
        }
        return out;
    }

    /** Only the changed lines, as text; what the audit log stores. */
    public static String changes(String before, String after) {
        StringBuilder sb = new StringBuilder();
        for (DiffLine l : diff(before, after)) {
            if (l.change() != DiffLine.Change.SAME) {
                sb.append(l).append('\n');
            }
        }
        return sb.toString();
    }
}
