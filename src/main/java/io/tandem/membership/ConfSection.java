package io.tandem.membership;

import java.util.List;

/** One {@code name { … }} block of corosync.conf syntax, before any meaning is given to it. */
record ConfSection(String name, int line, List<ConfEntry> entries, List<ConfSection> children) {
    ConfSection {
        entries = List.copyOf(entries);
        children = List.copyOf(children);
    }
}
