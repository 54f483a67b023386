package io.tandem.membership;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewTest {
    private static final Member N1 = new Member(1, "node1");
    private static final Member N2 = new Member(2, "node2");
    private static final Member N3 = new Member(3, "node3");

    @Test
    void coordinatorIsTheFirstMember() {
        View v = new View(7, List.of(N2, N1));
        assertEquals(N2, v.coordinator());
        assertEquals(List.of("node2", "node1"), v.names());
        assertEquals("view=7 members=node2,node1", v.toString());
    }

    @Test
    void isImmutableAcrossTheBoundary() {
        List<Member> members = new ArrayList<>(List.of(N1, N2));
        View v = new View(1, members);
        members.add(N3);
        assertEquals(2, v.size());
        assertThrows(UnsupportedOperationException.class, () -> v.members().add(N3));
    }

    @Test
    void rejectsEmptyAndDuplicateMembers() {
        assertThrows(IllegalArgumentException.class, () -> new View(1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new View(1, List.of(N1, new Member(9, "node1"))));
    }

    @Test
    void joinedAndLeftBetweenViews() {
        View before = new View(1, List.of(N1, N2));
        View after = new View(2, List.of(N1, N3));
        assertEquals(List.of(N3), after.joinedSince(before));
        assertEquals(List.of(N2), after.leftSince(before));
        assertTrue(after.contains("node3"));
        assertFalse(after.contains("node2"));
        assertEquals(N3, after.member("node3").orElseThrow());
    }
}
