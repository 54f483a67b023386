package io.tandem.store;

import java.util.List;

/**
 * A line diff of two texts (longest common subsequence), printed as {@code -N: line} for removed and
 * {@code +N: line} for added lines, N being the line number in the old or new text. Pacemaker's CIB
 * diffs are XML patches; the pretty-printed CIB is line oriented enough for a readable history.
 */
public final class LineDiff {

    /** Above this many cells the quadratic table would cost too much; the diff then replaces the middle wholesale. */
    private static final long MAX_CELLS = 16_000_000L;

    private LineDiff() {
    }

    public static String diff(String before, String after) {
        List<String> a = before.isEmpty() ? List.of() : List.of(before.split("\n", -1));
        List<String> b = after.isEmpty() ? List.of() : List.of(after.split("\n", -1));
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> x = a.subList(prefix, a.size() - suffix);
        List<String> y = b.subList(prefix, b.size() - suffix);
        StringBuilder out = new StringBuilder();
        if ((long) x.size() * y.size() > MAX_CELLS) {
            for (int i = 0; i < x.size(); i++) {
                line(out, '-', prefix + i, x.get(i));
            }
            for (int j = 0; j < y.size(); j++) {
                line(out, '+', prefix + j, y.get(j));
            }
            return out.toString();
        }
        int[][] lcs = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
                i++;
                j++;
            } else if (i < x.size() && (j == y.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                line(out, '-', prefix + i, x.get(i));
                i++;
            } else {
                line(out, '+', prefix + j, y.get(j));
                j++;
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, char sign, int index, String text) {
        out.append(sign).append(index + 1).append(": ").append(text).append('\n');
    }
}
