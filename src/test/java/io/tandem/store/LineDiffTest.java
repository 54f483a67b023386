package io.tandem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void showsRemovedAndAddedLinesWithNumbers() {
        assertEquals("-2: b\n+2: B\n+4: d\n", LineDiff.diff("a\nb\nc", "a\nB\nc\nd"));
    }

    @Test
    void equalTextsGiveAnEmptyDiff() {
        assertEquals("", LineDiff.diff("a\nb", "a\nb"));
    }

    @Test
    void fromNothingEverythingIsAdded() {
        assertEquals("+1: a\n+2: b\n", LineDiff.diff("", "a\nb"));
    }
}
