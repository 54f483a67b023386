package io.tandem.membership;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An immutable membership view. The first member is the coordinator (the oldest member), as in JGroups;
 * every member of one view sees the same list in the same order.
 */
public record View(long id, List<Member> members) {
    public View {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a view has at least its own member");
        }
        if (members.stream().map(Member::name).distinct().count() != members.size()) {
            throw new IllegalArgumentException("duplicate member names in " + members);
        }
    }

    public Member coordinator() {
        return members.getFirst();
    }

    public int size() {
        return members.size();
    }

    public boolean contains(String name) {
        return member(name).isPresent();
    }

    public Optional<Member> member(String name) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return members.stream().map(Member::name).toList();
    }

    /** Members of this view that are not in {@code previous}. */
    public List<Member> joinedSince(View previous) {
        return members.stream().filter(m -> !previous.contains(m.name())).toList();
    }

    /** Members of {@code previous} that are not in this view. */
    public List<Member> leftSince(View previous) {
        return previous.members.stream().filter(m -> !contains(m.name())).toList();
    }

    @Override
    public String toString() {
        return "view=" + id + " members=" + members.stream().map(Member::name).collect(Collectors.joining(","));
    }
}
