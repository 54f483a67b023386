package io.tandem.membership.jgroups;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgreedViewsTest {
    @Test
    void aViewWaitsForItsMarkerAndANewerViewSupersedesAnOlderOne() {
        AgreedViews<String> a = new AgreedViews<>();
        assertEquals(Optional.of("v1"), a.onView("v1", "n1|1", true), "alone: nothing to agree on");
        assertEquals(Optional.empty(), a.onView("v2", "n1|2", false));
        assertEquals(Optional.empty(), a.onMarker("n1|1"), "a stale marker releases nothing");
        assertEquals(Optional.empty(), a.onView("v3", "n1|3", false));
        assertEquals(Optional.empty(), a.onMarker("n1|2"), "v2 was superseded by v3");
        assertEquals(Optional.of("v3"), a.onMarker("n1|3"));
        assertEquals(Optional.empty(), a.onMarker("n1|3"), "released once");
    }

    @Test
    void aMarkerThatOvertookItsViewAndATimeoutBothRelease() {
        AgreedViews<String> a = new AgreedViews<>();
        assertEquals(Optional.empty(), a.onMarker("n2|5"));
        assertEquals(Optional.of("v5"), a.onView("v5", "n2|5", false));
        assertEquals(Optional.empty(), a.onView("v6", "n2|6", false));
        assertEquals(Optional.empty(), a.onTimeout("n2|5"));
        assertEquals(Optional.of("v6"), a.onTimeout("n2|6"));
        assertEquals(Optional.empty(), a.onMarker("n2|6"), "a late marker after the timeout does nothing");
    }
}
