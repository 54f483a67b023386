package io.tandem.boot;

/** Where a component is in its lifecycle, as the container tracks it. */
public enum ComponentState {
    STOPPED, STARTING, STARTED, STOPPING, FAILED
}
