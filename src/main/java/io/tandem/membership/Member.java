package io.tandem.membership;

import java.util.Objects;

/** A cluster node as membership knows it: corosync's nodeid and the node name Pacemaker uses. */
public record Member(int id, String name) {
    public Member {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return name + "(" + id + ")";
    }
}
