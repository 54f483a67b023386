package io.tandem.controller;

import io.tandem.cib.Cib;
import io.tandem.membership.Member;
import io.tandem.membership.View;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several controller cores wired by hand: effects become deliveries in one global queue, which gives
 * agreed order. No threads, no network; views are installed by the test.
 */
final class CoreCluster {

    final Map<String, ControllerCore> cores = new LinkedHashMap<>();
    final Map<String, List<ControllerEffect>> seen = new LinkedHashMap<>();
    final Map<String, Cib> persisted = new LinkedHashMap<>();
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private List<String> members = List.of();
    private long viewId;

    ControllerCore add(String name, Cib initial) {
        ControllerCore c = new ControllerCore(name, initial, List::of);
        cores.put(name, c);
        seen.put(name, new ArrayList<>());
        return c;
    }

    void view(String... names) {
        members = List.of(names);
        viewId++;
        List<Member> ms = new ArrayList<>();
        for (String n : names) {
            ms.add(new Member(Integer.parseInt(n.replaceAll("\\D", "")), n));
        }
        View v = new View(viewId, ms);
        for (String n : names) {
            queue.add(() -> run(n, cores.get(n).onView(v)));
        }
        drain();
    }

    void run(String node, List<ControllerEffect> effects) {
        seen.get(node).addAll(effects);
        for (ControllerEffect e : effects) {
            switch (e) {
                case ControllerEffect.Broadcast b -> {
                    byte[] wire = ControllerCodec.encode(b.message());
                    for (String m : members) {
                        queue.add(() -> run(m, cores.get(m).onMessage(node, ControllerCodec.decode(wire))));
                    }
                }
                case ControllerEffect.Send s -> {
                    byte[] wire = ControllerCodec.encode(s.message());
                    if (members.contains(s.node())) {
                        queue.add(() -> run(s.node(), cores.get(s.node()).onMessage(node, ControllerCodec.decode(wire))));
                    }
                }
                case ControllerEffect.Persist p -> persisted.put(node, p.cib());
                default -> {
                }
            }
        }
    }

    void drain() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    <T extends ControllerEffect> List<T> effects(String node, Class<T> type) {
        return seen.get(node).stream().filter(type::isInstance).map(type::cast).toList();
    }
}
