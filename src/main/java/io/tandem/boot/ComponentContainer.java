package io.tandem.boot;

import java.util.ArrayList;
import java.util.List;

/**
 * Starts its components in the order they were added and stops them in reverse, like Jetty's
 * ContainerLifeCycle. A failed start rolls back: the components already started are stopped in reverse
 * and the container ends up STOPPED, so a retry starts from scratch. Stop keeps going past failures so
 * that one stuck component cannot keep the others (a database, a port) open. Containers nest.
 * Not thread-safe: the boot thread drives it.
 */
public final class ComponentContainer implements Component {

    private final String name;
    private final List<Entry> entries = new ArrayList<>();
    private ComponentState state = ComponentState.STOPPED;

    public ComponentContainer(String name) {
        this.name = name;
    }

    private static final class Entry {
        final String name;
        final Component component;
        ComponentState state = ComponentState.STOPPED;

        Entry(String name, Component component) {
            this.name = name;
            this.component = component;
        }
    }

    /** Adds a component; only while the container is stopped, so the start order is fixed. */
    public ComponentContainer add(String componentName, Component component) {
        if (state != ComponentState.STOPPED) {
            throw new IllegalStateException("cannot add '" + componentName + "' to '" + name + "' while " + state);
        }
        if (entries.stream().anyMatch(e -> e.name.equals(componentName))) {
            throw new IllegalArgumentException("'" + name + "' already has a component named '" + componentName + "'");
        }
        entries.add(new Entry(componentName, component));
        return this;
    }

    public ComponentState state() {
        return state;
    }

    @Override
    public void start() throws LifecycleException {
        if (state == ComponentState.STARTED) {
            return;
        }
        state = ComponentState.STARTING;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            e.state = ComponentState.STARTING;
            try {
                e.component.start();
                e.state = ComponentState.STARTED;
            } catch (Exception failure) {
                e.state = ComponentState.FAILED;
                LifecycleException error = new LifecycleException(
                        name + ": cannot start '" + e.name + "': " + failure.getMessage(), failure);
                stopFrom(i - 1, error);
                state = ComponentState.STOPPED;
                throw error;
            }
        }
        state = ComponentState.STARTED;
    }

    @Override
    public void stop() throws LifecycleException {
        if (state == ComponentState.STOPPED) {
            return;
        }
        state = ComponentState.STOPPING;
        LifecycleException error = new LifecycleException(name + ": some components failed to stop", null);
        stopFrom(entries.size() - 1, error);
        state = ComponentState.STOPPED;
        if (error.getSuppressed().length > 0) {
            throw error;
        }
    }

    /** Stops the started entries from index {@code last} down to 0, adding failures to {@code error}. */
    private void stopFrom(int last, LifecycleException error) {
        for (int i = last; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.state != ComponentState.STARTED) {
                continue;
            }
            e.state = ComponentState.STOPPING;
            try {
                e.component.stop();
                e.state = ComponentState.STOPPED;
            } catch (Exception failure) {
                e.state = ComponentState.FAILED;
                error.addSuppressed(new LifecycleException(name + ": cannot stop '" + e.name + "': "
                        + failure.getMessage(), failure));
            }
        }
    }

    @Override
    public String describe() {
        return "container " + name;
    }

    /** The component tree with each component's state, one per line, children indented. */
    public String dump() {
        StringBuilder sb = new StringBuilder();
        dump(sb, "", name, this, state);
        return sb.toString();
    }

    private static void dump(StringBuilder sb, String indent, String entryName, Component c, ComponentState s) {
        sb.append(indent).append(entryName).append(" [").append(s).append("] ").append(c.describe()).append('\n');
        if (c instanceof ComponentContainer container) {
            for (Entry e : container.entries) {
                dump(sb, indent + "  ", e.name, e.component, e.state);
            }
        }
    }
}
