package io.tandem.crm.mon;

import java.util.List;

/** A group (or one clone instance of a group) and its members in order. */
public record GroupView(String id, List<PrimitiveView> members, boolean managed, boolean disabled)
        implements ResourceView {

    public GroupView {
        members = List.copyOf(members);
    }

    @Override
    public boolean partiallyActive() {
        return members.stream().anyMatch(PrimitiveView::active);
    }

    /** Every member active. */
    public boolean active() {
        return !members.isEmpty() && members.stream().allMatch(PrimitiveView::active);
    }

    public boolean anyFailed() {
        return members.stream().anyMatch(PrimitiveView::failed);
    }
}
