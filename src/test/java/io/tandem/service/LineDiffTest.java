package io.tandem.service;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void replacedLineShowsRemovalThenAddition() {
        List<String> lines = LineDiff.diff("a\nb\nc", "a\nB\nc").stream().map(DiffLine::toString).toList();
        assertEquals(List.of("  a", "- b", "+ B", "  c"), lines);
    }

    @Test
    void changesOnlyListsChangedLines() {
        assertEquals("+ d\n", LineDiff.changes("a\nb", "a\nb\nd"));
        assertEquals("", LineDiff.changes("same", "same"));
    }
}
