package io.tandem.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A node of the resource tree: a group lists its members in order, a clone its instances per node.
 * {@code node} is where it runs (empty when stopped); for a group or clone it is empty.
 */
public record ResourceView(
        String id,
        ResourceKind kind,
        Optional<String> agent,
        ResourceRole role,
        Optional<String> node,
        Set<ResourceFlag> flags,
        List<ResourceView> children) {
    public ResourceView {
        flags = flags.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(flags));
        children = List.copyOf(children);
    }

    public boolean has(ResourceFlag flag) {
        return flags.contains(flag);
    }
}
