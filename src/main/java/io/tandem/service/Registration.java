package io.tandem.service;

/** Handle of a change subscription; the service stays free of Vaadin, so it has its own. */
@FunctionalInterface
public interface Registration extends AutoCloseable {
    void remove();

    @Override
    default void close() {
        remove();
    }
}
