package io.tandem.boot;

/**
 * Something with a lifecycle that the node's container starts and stops. {@code stop} is only called
 * after a successful {@code start}, and must not throw for a component that is already stopped.
 */
public interface Component {

    void start() throws Exception;

    void stop() throws Exception;

    /** One line describing the component's state for the dump; override to add detail. */
    default String describe() {
        return getClass().getSimpleName();
    }

    /** Adapts a pair of actions (e.g. open and close of a store) to a component. */
    static Component of(String description, Action start, Action stop) {
        return new Component() {
            @Override
            public void start() throws Exception {
                start.run();
            }

            @Override
            public void stop() throws Exception {
                stop.run();
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }

    /** A start or stop step that may fail. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }
}
