package io.tandem.attrd;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pacemaker's attribute manager as a single-threaded state machine. Every node holds every attribute;
 * updates travel as agreed-order broadcasts so all copies change in the same order; one node, the
 * writer (the view's coordinator), records values in the CIB. A value that changes is written once its
 * dampening delay has passed since the first change: a burst inside the window costs one write, with the
 * latest value.
 *
 * <p>A node that joins (or finds a new writer after a partition heals) is out of sync until the writer's
 * table arrives; updates delivered before that are held back and replayed on top of it, because in agreed
 * order they come after the snapshot. Each node then re-announces the values of its own node that the
 * snapshot lacks, since a node is the authority on itself.
 */
final class AttrdCore {

    private final String localNode;
    private final Map<String, Attribute> table = new TreeMap<>();
    private final List<AttributeUpdate> heldBack = new ArrayList<>();
    private boolean writer;
    private boolean synced;
    private String writerName;
    private Set<String> members = Set.of();

    AttrdCore(String localNode) {
        this.localNode = localNode;
    }

    /** A local client's request: it takes effect when its broadcast comes back in agreed order. */
    List<AttrdEffect> request(AttributeUpdate update) {
        return List.of(new AttrdEffect.Broadcast(new AttrdMessage.Update(update)));
    }

    List<AttrdEffect> deliver(AttrdMessage message, Instant now) {
        return switch (message) {
            case AttrdMessage.Update u -> {
                if (!synced) {
                    heldBack.add(u.update());
                    yield List.of();
                }
                yield apply(u.update(), now);
            }
            case AttrdMessage.Sync s -> sync(s, now);
            case AttrdMessage.SyncRequest r -> writer
                    ? List.of(new AttrdEffect.Broadcast(new AttrdMessage.Sync(snapshot()))) : List.of();
        };
    }

    private List<AttrdEffect> apply(AttributeUpdate u, Instant now) {
        Attribute before = table.get(u.name());
        Attribute a = before != null ? before
                : Attribute.empty(u.name(), u.dampenMs().orElse(0), u.lifetime());
        if (u.dampenMs().isPresent()) {
            a = a.withDampen(u.dampenMs().getAsLong());
        }
        a = a.withLifetime(u.lifetime());
        boolean changed = false;
        if (u.updateValue()) {
            String value = Increment.expand(u.value(), a.values().get(u.node()));
            changed = !Objects.equals(a.values().get(u.node()), value);
            a = a.withValue(u.node(), value);
        }
        if (before == null && !u.updateValue()) {
            changed = false;
        }
        List<AttrdEffect> out = new ArrayList<>();
        if (changed && writer) {
            if (a.dampenMs() == 0) {
                out.add(new AttrdEffect.Write(writeOf(a)));
                a = a.withWriteDue(Optional.empty());
            } else if (a.writeDue().isEmpty()) {
                Instant due = now.plusMillis(a.dampenMs());
                a = a.withWriteDue(Optional.of(due));
                out.add(new AttrdEffect.WakeAt(due));
            }
        }
        if (a.values().isEmpty() && a.writeDue().isEmpty() && !changed) {
            table.remove(u.name());
        } else {
            table.put(u.name(), a);
        }
        return out;
    }

    /** The writer's table replaces ours: it is how a joining node catches up. */
    private List<AttrdEffect> sync(AttrdMessage.Sync s, Instant now) {
        if (writer || synced) {
            return List.of();
        }
        Map<String, Attribute> mine = new TreeMap<>(table);
        table.clear();
        for (AttributeSnapshot snap : s.attributes()) {
            table.put(snap.name(), new Attribute(snap.name(), snap.dampenMs(), snap.lifetime(), snap.values(),
                    Optional.empty()));
        }
        synced = true;
        for (AttributeUpdate u : heldBack) {
            apply(u, now);
        }
        heldBack.clear();
        List<AttrdEffect> out = new ArrayList<>();
        for (Attribute a : mine.values()) {
            String own = a.values().get(localNode);
            if (own != null && !own.equals(value(a.name(), localNode).orElse(null))) {
                out.add(new AttrdEffect.Broadcast(new AttrdMessage.Update(new AttributeUpdate(a.name(), localNode,
                        own, true, java.util.OptionalLong.of(a.dampenMs()), a.lifetime()))));
            }
        }
        return out;
    }

    /** Writes every attribute whose dampening window has closed, and asks to be woken for the next one. */
    List<AttrdEffect> tick(Instant now) {
        List<AttrdEffect> out = new ArrayList<>();
        Instant next = null;
        for (Attribute a : List.copyOf(table.values())) {
            if (a.writeDue().isPresent() && !a.writeDue().get().isAfter(now)) {
                out.add(new AttrdEffect.Write(writeOf(a)));
                Attribute done = a.withWriteDue(Optional.empty());
                if (done.values().isEmpty()) {
                    table.remove(a.name());
                } else {
                    table.put(a.name(), done);
                }
            } else if (a.writeDue().isPresent() && (next == null || a.writeDue().get().isBefore(next))) {
                next = a.writeDue().get();
            }
        }
        if (next != null) {
            out.add(new AttrdEffect.WakeAt(next));
        }
        return out;
    }

    /**
     * A new view: transient values of nodes that left are forgotten (Pacemaker erases them too); the
     * writer brings joiners up to date, and a node that has just become the writer records everything,
     * since the old writer may have died with writes pending.
     */
    List<AttrdEffect> view(List<String> newMembers, boolean isWriter) {
        String coordinator = newMembers.isEmpty() ? null : newMembers.get(0);
        if (isWriter) {
            synced = true;
            heldBack.clear();
        } else if (!Objects.equals(coordinator, writerName) || !synced) {
            synced = false;
        }
        boolean askForTable = !isWriter && (!Objects.equals(coordinator, writerName) || !synced);
        writerName = coordinator;
        Set<String> now = new HashSet<>(newMembers);
        Set<String> joined = new HashSet<>(now);
        joined.removeAll(members);
        Set<String> left = new HashSet<>(members);
        left.removeAll(now);
        boolean becameWriter = isWriter && !writer;
        members = Set.copyOf(now);
        writer = isWriter;
        List<AttrdEffect> out = new ArrayList<>();
        for (Attribute a : List.copyOf(table.values())) {
            Attribute b = a;
            if (a.lifetime() == Lifetime.REBOOT) {
                for (String gone : left) {
                    b = b.withValue(gone, null);
                }
            }
            if (b.values().isEmpty() && b.writeDue().isEmpty()) {
                table.remove(a.name());
            } else {
                table.put(a.name(), b);
            }
        }
        if (becameWriter) {
            for (Attribute a : List.copyOf(table.values())) {
                out.add(new AttrdEffect.Write(writeOf(a)));
                table.put(a.name(), a.withWriteDue(Optional.empty()));
            }
        }
        if (isWriter && (becameWriter || !joined.isEmpty())) {
            out.add(new AttrdEffect.Broadcast(new AttrdMessage.Sync(snapshot())));
        }
        if (askForTable) {
            // Replayed updates are absolute values, so those the table already holds apply twice harmlessly.
            out.add(new AttrdEffect.Broadcast(new AttrdMessage.SyncRequest(localNode)));
        }
        return out;
    }

    Optional<String> value(String name, String node) {
        Attribute a = table.get(name);
        return a == null ? Optional.empty() : Optional.ofNullable(a.values().get(node));
    }

    List<AttributeSnapshot> snapshot() {
        List<AttributeSnapshot> out = new ArrayList<>();
        for (Attribute a : table.values()) {
            out.add(new AttributeSnapshot(a.name(), a.dampenMs(), a.lifetime(), a.values()));
        }
        return out;
    }

    boolean isWriter() {
        return writer;
    }

    /** Every node the writer knows gets a value; members without one get a deletion. */
    private AttributeWrite writeOf(Attribute a) {
        Map<String, Optional<String>> values = new TreeMap<>();
        for (String m : members) {
            values.put(m, Optional.empty());
        }
        a.values().forEach((node, v) -> values.put(node, Optional.of(v)));
        return new AttributeWrite(a.name(), a.lifetime(), values);
    }
}
